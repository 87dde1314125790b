import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/invitations';
import { route } from '../../lib/route';
import { requireUser } from '../accounts/session';
import {
  type InvitationsDeps,
  listInvitationsFor,
  lookupInvitation,
  previewInvitations,
  resendInvitation,
  revokeInvitation,
  sendInvitations,
} from './invitations.service';

/** Inviting alumni in bulk (admins only, asked of invitations.policy.ts by every service) and the link's lookup. */
export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: InvitationsDeps = { db: app.deps.database.db, publicUrl: app.deps.config.publicUrl };

  route(app, endpoints.previewInvitations, {
    config: { session: 'member', limit: 'invite' },
    handler: async (request) => previewInvitations(deps, await requireUser(request), request.body),
  });

  route(app, endpoints.sendInvitations, {
    config: { session: 'member', limit: 'invite' },
    handler: async (request, reply) => reply.status(201).send(await sendInvitations(deps, await requireUser(request), request.body)),
  });

  route(app, endpoints.listInvitations, {
    config: { session: 'member' },
    handler: async (request) => listInvitationsFor(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.resendInvitation, {
    config: { session: 'member', limit: 'invite' },
    handler: async (request) => resendInvitation(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.revokeInvitation, {
    config: { session: 'member', limit: 'admin_change' },
    handler: async (request) => revokeInvitation(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.lookupInvitation, {
    config: { limit: 'invitation_lookup' },
    handler: async (request) => lookupInvitation(deps, request.query.token),
  });
};
