import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBodySchema } from '../../../contract/errors';
import { requireUser } from '../accounts/session';
import {
  MarkReadResultSchema,
  MarkReadSchema,
  NotificationListQuerySchema,
  NotificationListSchema,
} from './notifications.schemas';
import { listMyNotifications, markNotificationsRead } from './notifications.service';

/** The bell: the signed-in member's own in-app notifications. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.deps.database.db };

  app.get(
    '/api/notifications',
    {
      config: { session: 'member' },
      schema: {
        tags: ['notifications'],
        summary: 'My notifications, newest first, with the unread count',
        description: 'Pass the previous page’s `nextCursor` as `cursor` for the next page; `nextCursor` is null on the last page.',
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationListSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema },
      },
    },
    async (request) => {
      const user = await requireUser(request);
      return listMyNotifications(deps, user, request.query);
    },
  );

  app.post(
    '/api/notifications/read',
    {
      config: { session: 'member' },
      schema: {
        tags: ['notifications'],
        summary: 'Mark some or all of my notifications read',
        body: MarkReadSchema,
        response: { 200: MarkReadResultSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema },
      },
    },
    async (request) => {
      const user = await requireUser(request);
      return markNotificationsRead(deps, user, request.body);
    },
  );
};
