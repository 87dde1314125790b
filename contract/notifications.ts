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
  'request_received',
  'request_withdrawn',
  'request_accepted',
  'request_declined',
  'request_reminder',
  'request_expired',
  'incoming_request_expired',
  'mentorship_ended',
  'message_received',
  'report_outcome',
  'username_changed',
  'role_changed',
  'admin_right_changed',
  'graduation_approved',
  'graduation_rejected',
  'request_closed_by_deletion',
  'mentorship_ended_by_deletion',
] as const;
export const NotificationTypeSchema = z.enum(NOTIFICATION_TYPES);

/**
 * Notifications about the account's security: their email goes out even when the member switched
 * email notifications off (docs/product.md, rule 6), so a change they did not make cannot pass unseen.
 */
export const SECURITY_NOTIFICATION_TYPES = ['password_changed', 'email_changed'] as const satisfies readonly (typeof NOTIFICATION_TYPES)[number][];
export const isSecurityNotification = (type: string): boolean => (SECURITY_NOTIFICATION_TYPES as readonly string[]).includes(type);
export type NotificationType = z.infer<typeof NotificationTypeSchema>;

/** The data each type carries: what the in-app text and the email need besides the receiver. */
export interface NotificationDataByType {
  welcome: Record<string, never>;
  password_changed: Record<string, never>;
  email_changed: { newEmail: string };
  /** To the mentor, with the mentee's motivation and goals as they wrote them (the mail quotes them whole). */
  request_received: { requestId: string; menteeName: string; menteeUsername: string; motivation: string; goals: string | null };
  /** To the mentor: the mentee retracted it. */
  request_withdrawn: { requestId: string; menteeName: string; menteeUsername: string };
  /** To the mentee, with the mentor's response text. */
  request_accepted: { requestId: string; mentorshipId: string; mentorName: string; mentorUsername: string; response: string | null };
  /** To the mentee, with the response text and the optional structured reason (a DECLINE_REASONS key). */
  request_declined: { requestId: string; mentorName: string; mentorUsername: string; response: string | null; reason: string | null };
  /** To the mentor: a request has waited long; it expires at `expiresAt`. */
  request_reminder: { requestId: string; menteeName: string; menteeUsername: string; expiresAt: string };
  /** To the mentee: their request expired unanswered. */
  request_expired: { requestId: string; mentorName: string; mentorUsername: string };
  /** To the mentor: a request to them expired unanswered. */
  incoming_request_expired: { requestId: string; menteeName: string; menteeUsername: string };
  /** To both sides; `endedByYou` tells the receiver whether they ended it. */
  mentorship_ended: { mentorshipId: string; otherName: string; otherUsername: string; endedByYou: boolean; reason: string | null };
  /**
   * New messages in a conversation (at most one unread per conversation, and one email per quiet
   * period). No message text: a message the alumni office removes later must not live on here.
   */
  message_received: { conversationId: string; senderName: string; senderUsername: string };
  /**
   * To the member who reported a message or request: what the alumni office decided (`removed`,
   * `suspended`: the writer's account, `dismissed`: no action). Never the reported text, nor the office's note.
   */
  report_outcome: { reportId: string; outcome: ReportOutcome; about: 'message' | 'request' };
  /** The alumni office changed the member's user name (rule 2): the old one no longer finds them. */
  username_changed: { oldUsername: string; newUsername: string };
  /** The alumni office changed the member's role, with its reason. */
  role_changed: { oldRole: string | null; newRole: string; reason: string };
  /** The member was given (or lost) the admin right. */
  admin_right_changed: { isAdmin: boolean };
  /** "I have graduated" was approved: the member is an alumnus now. */
  graduation_approved: { requestId: string; graduationYear: number };
  /** "I have graduated" was rejected, with the admin's reason. */
  graduation_rejected: { requestId: string; reason: string };
  /**
   * The other side of a pending request deleted their account, so it was withdrawn. `direction`
   * is the receiver's: `incoming` when they were asked to mentor. No request id: it is gone from their lists.
   */
  request_closed_by_deletion: { otherName: string; direction: 'incoming' | 'outgoing' };
  /** The other side of an active mentorship deleted their account, so it ended. `role` is the receiver's. */
  mentorship_ended_by_deletion: { otherName: string; role: 'mentor' | 'mentee' };
}

/** What a reporter is told (a report's status once resolved). */
export type ReportOutcome = 'removed' | 'suspended' | 'dismissed';

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
