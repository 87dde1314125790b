import { endpoint } from '../endpoint';
import { MarkReadResultSchema, MarkReadSchema, NotificationListQuerySchema, NotificationListSchema } from '../notifications';

/** The bell: the signed-in member's own in-app notifications. */

export const listNotifications = endpoint({
  method: 'GET',
  path: '/api/notifications',
  tags: ['notifications'],
  summary: 'My notifications, newest first, with the unread count',
  description: 'Pass the previous page’s `nextCursor` as `cursor` for the next page; `nextCursor` is null on the last page.',
  query: NotificationListQuerySchema,
  responses: { 200: NotificationListSchema },
  errors: [],
});

export const markNotificationsRead = endpoint({
  method: 'POST',
  path: '/api/notifications/read',
  tags: ['notifications'],
  summary: 'Mark some or all of my notifications read',
  body: MarkReadSchema,
  responses: { 200: MarkReadResultSchema },
  errors: [],
});
