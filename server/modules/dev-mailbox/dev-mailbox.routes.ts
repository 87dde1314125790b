import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DevMailboxSchema } from '../../../contract/dev-mailbox';
import { readDevMailbox } from './dev-mailbox.service';

/**
 * Outside production, every mail the platform wrote can be read here — without signing in, so
 * a newcomer without SMTP can follow a reset or confirmation link before they have a session.
 * In production the route does not exist at all.
 */
export const devMailboxRoutes: FastifyPluginAsyncZod = async (app) => {
  if (app.deps.config.isProduction) return;
  app.get(
    '/api/dev/mailbox',
    {
      schema: {
        tags: ['development'],
        summary: 'Development only, no sign-in needed: the newest 100 mails (absent in production)',
        description:
          'Lists mails from mail_log, newest first, so links in them (password reset, email confirmation) can be followed ' +
          'before anyone can sign in. This route is registered only when NODE_ENV is not production.',
        response: { 200: DevMailboxSchema },
      },
    },
    async () => readDevMailbox({ db: app.deps.database.db }),
  );
};
