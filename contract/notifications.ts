import { z } from 'zod';

/** Every kind of in-app notification (and of the email that goes with it). */
export const NOTIFICATION_TYPES = [
  'welcome',
  'password_changed',
  'email_changed',
] as const;
export const NotificationTypeSchema = z.enum(NOTIFICATION_TYPES);
export type NotificationType = z.infer<typeof NotificationTypeSchema>;

export const NotificationSchema = z
  .object({
    id: z.string(),
    type: NotificationTypeSchema,
    /** Values the message needs (names, links); the client renders the text in its language. */
    data: z.record(z.string(), z.unknown()),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Notification' });

export const NotificationListSchema = z
  .object({ items: z.array(NotificationSchema), unreadCount: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'NotificationList' });

export const MarkReadSchema = z
  .object({ ids: z.array(z.uuid()).max(200).optional() })
  .meta({ id: 'MarkNotificationsRead', description: 'Mark these notifications read, or all of them when ids is left out.' });

export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;
