import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OnboardingSchema } from '../../../contract/accounts';
import { ErrorBodySchema } from '../../../contract/errors';
import { rawLineText } from '../../../contract/text';
import { IdentitiesSchema } from '../../../contract/identities';
import { MeSchema } from '../../../contract/me';
import { completeOnboarding } from './accounts.service';
import { type IdentitiesDeps, listIdentities, unlinkIdentity } from './identities.service';
import { toMe } from './me';
import { requireUser } from './session';

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

/**
 * Registration through an identity provider is completed here, and the member's linked
 * identities are listed and unlinked here. Linking itself is better-auth's redirect flow:
 * `POST /api/auth/link-social` → the provider → `/api/auth/callback/<id>`.
 */
export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app.deps;
  const deps: IdentitiesDeps = { db: database.db, config };

  app.post(
    '/api/me/onboarding',
    {
      config: { session: 'onboarding', limit: 'create' },
      schema: {
        tags: ['me'],
        summary: 'Complete a registration made through an identity provider: role, user name, date of birth, studies',
        body: OnboardingSchema,
        response: { 200: MeSchema, ...errors },
      },
    },
    async (request) => {
      const actor = await requireUser(request);
      const user = await completeOnboarding({ db: database.db, defaultLanguage: config.defaultLanguage }, actor, request.body);
      return toMe(user);
    },
  );

  app.get(
    '/api/me/identities',
    {
      config: { session: 'member' },
      schema: {
        tags: ['me'],
        summary: 'My linked sign-in identities (LinkedIn, institution SSO), and whether I can unlink them',
        response: { 200: IdentitiesSchema, ...errors },
      },
    },
    async (request) => listIdentities(deps, await requireUser(request)),
  );

  app.delete(
    '/api/me/identities/:id',
    {
      config: { session: 'member' },
      schema: {
        tags: ['me'],
        summary: 'Unlink an identity (only while the account has a password: 409 unlink_requires_password)',
        params: z.object({ id: rawLineText().max(64) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await unlinkIdentity(deps, await requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
