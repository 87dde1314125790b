import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/lifecycle';
import { route } from '../../lib/route';
import { clearedSessionCookies, requireUser } from '../accounts/session';
import { type LifecycleDeps, deleteMemberAsAdmin, deleteOwnAccount, exportMyData } from './lifecycle.service';

/** A member's data export and account deletion, and the alumni office's deletion of an account. */
export const lifecycleRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: LifecycleDeps = { db: app.deps.database.db };

  route(app, endpoints.exportMyData, {
    config: { session: 'member', limit: 'export' },
    handler: async (request, reply) => {
      const data = await exportMyData(deps, await requireUser(request));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="mentor-network-data-${day}.json"`)
        .header('cache-control', 'no-store')
        .send(data);
    },
  });

  route(app, endpoints.deleteMyAccount, {
    // A wrong password counts as a current-password check does elsewhere (5 per 15 minutes).
    config: { session: 'member', limit: 'password_check' },
    handler: async (request, reply) => {
      await deleteOwnAccount(deps, await requireUser(request), request.body);
      return reply.header('set-cookie', clearedSessionCookies()).status(204).send(null);
    },
  });

  route(app, endpoints.adminDeleteMember, {
    config: { session: 'member', limit: 'delete_account' },
    handler: async (request, reply) => {
      await deleteMemberAsAdmin(deps, await requireUser(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  });
};
