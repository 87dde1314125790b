import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/notifications';
import { route } from '../../lib/route';
import { requireUser } from '../accounts/session';
import { listMyNotifications, markNotificationsRead } from './notifications.service';

/** The bell: the signed-in member's own in-app notifications. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.deps.database.db };

  route(app, endpoints.listNotifications, {
    config: { session: 'member' },
    handler: async (request) => {
      const user = await requireUser(request);
      return listMyNotifications(deps, user, request.query);
    },
  });

  route(app, endpoints.markNotificationsRead, {
    config: { session: 'member' },
    handler: async (request) => {
      const user = await requireUser(request);
      return markNotificationsRead(deps, user, request.body);
    },
  });
};
