import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/accounts';
import { route } from '../../lib/route';
import { completeOnboarding } from './accounts.service';
import { type IdentitiesDeps, listIdentities, unlinkIdentity } from './identities.service';
import { toMe } from './me';
import { requireUser } from './session';

/**
 * Registration through an identity provider is completed here, and the member's linked
 * identities are listed and unlinked here. Linking itself is better-auth's redirect flow:
 * `POST /api/auth/link-social` → the provider → `/api/auth/callback/<id>`.
 */
export const identityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app.deps;
  const deps: IdentitiesDeps = { db: database.db, config };

  route(app, endpoints.completeOnboarding, {
    config: { session: 'onboarding', limit: 'create' },
    handler: async (request) => {
      const actor = await requireUser(request);
      const user = await completeOnboarding({ db: database.db, defaultLanguage: config.defaultLanguage }, actor, request.body);
      return toMe(user);
    },
  });

  route(app, endpoints.listIdentities, {
    config: { session: 'member' },
    handler: async (request) => listIdentities(deps, await requireUser(request)),
  });

  route(app, endpoints.unlinkIdentity, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      await unlinkIdentity(deps, await requireUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
