import { z } from 'zod';

/**
 * Every kind of in-app notification (and of the email that goes with it). Adding one: add it
 * here and to NotificationDataByType, then give it an email in server/mail/templates/{en,nl}.ts
 * (the compiler points at both) and a text in the web app's translations.
 */
export const NOTIFICATION_TYPES = [
  'welcome',
  'password_changed',
  'email_changed',
] as const;
export const NotificationTypeSchema = z.enum(NOTIFICATION_TYPES);
export type NotificationType = z.infer<typeof NotificationTypeSchema>;

/** The data each type carries: what the in-app text and the email need besides the receiver. */
export interface NotificationDataByType {
  welcome: Record<string, never>;
  password_changed: Record<string, never>;
  email_changed: { newEmail: string };
}

// Fails to compile when a type is listed above without its data shape (or the other way round).
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const typesHaveData: Exactly<NotificationType, keyof NotificationDataByType> = true;
void typesHaveData;

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

/** `GET /api/notifications?cursor=&limit=`: cursor is the previous page's nextCursor. */
export const NotificationListQuerySchema = z.object({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const MarkReadSchema = z
  .object({ ids: z.array(z.uuid()).max(200).optional() })
  .meta({ id: 'MarkNotificationsRead', description: 'Mark these notifications read, or all of them when ids is left out.' });

export const MarkReadResultSchema = z
  .object({ unreadCount: z.number().int() })
  .meta({ id: 'MarkNotificationsReadResult' });

export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;
export type MarkRead = z.infer<typeof MarkReadSchema>;
