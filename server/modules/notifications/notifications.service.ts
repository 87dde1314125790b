import type {
  MarkRead,
  NotificationDataByType,
  NotificationList,
  NotificationListQuery,
  NotificationType,
} from '../../../contract/notifications';
import type { Db } from '../../db/client';
import { publishLiveEvent } from '../events/live-events.service';
import { enqueueNotificationEmail } from '../outbox/outbox.service';
import {
  countUnreadNotifications,
  existsUnreadNotificationAbout,
  insertNotification,
  listAllNotifications,
  listNotifications,
  type NotificationRow,
  updateNotificationsRead,
  updateNotificationsReadAbout,
  updateRequestNotificationsRead,
  updateRequestNotificationsWithoutTexts,
} from './notifications.repo';

export interface NotifyInput<T extends NotificationType> {
  userId: string;
  type: T;
  data: NotificationDataByType[T];
}

/**
 * Tells a member about an event: the in-app notification and its email, both written in the
 * caller's transaction so they exist exactly when the change does, and the live event that makes
 * their open pages show the bell's news at once (sent when the transaction commits). Call it with the `tx`.
 */
export async function notify<T extends NotificationType>(
  tx: Db,
  input: NotifyInput<T>,
  options: { email?: boolean } = {},
): Promise<{ notificationId: string }> {
  const data = input.data as Record<string, unknown>;
  const notification = await insertNotification(tx, { userId: input.userId, type: input.type, data });
  // `email: false`: the bell only (the inbox mails at most once per conversation and quiet period).
  if (options.email !== false) {
    await enqueueNotificationEmail(tx, { notificationId: notification.id, userId: input.userId, type: input.type, data });
  }
  await publishLiveEvent(tx, [input.userId], { type: 'notification' });
  return { notificationId: notification.id };
}

/** The mentor's notifications that ask them to answer a request. */
const ANSWER_PROMPTS = ['request_received', 'request_reminder'] as const satisfies readonly NotificationType[];

/**
 * A request stopped waiting (answered, retracted or expired): the mentor's notifications asking to
 * answer it are done, so they no longer count as unread. The news of how it ended — a new
 * notification — does. Call it with the `tx` that ends the request.
 */
export async function settleAnswerPrompts(tx: Db, input: { mentorId: string; requestId: string; now: Date }): Promise<void> {
  await updateRequestNotificationsRead(tx, input.mentorId, { requestId: input.requestId, types: ANSWER_PROMPTS, now: input.now });
}

/** Whether the member has an unread notification of `type` whose data has `key` = `value` (one conversation's, say). */
export function hasUnreadNotificationAbout(db: Db, userId: string, type: NotificationType, about: { key: string; value: string }): Promise<boolean> {
  return existsUnreadNotificationAbout(db, userId, type, about);
}

/** The member read the conversation: its "new messages" notifications are done. Call it with the `tx`. */
export async function settleConversationNotifications(tx: Db, input: { userId: string; conversationId: string; now: Date }): Promise<void> {
  await updateNotificationsReadAbout(tx, input.userId, { type: 'message_received', key: 'conversationId', value: input.conversationId, now: input.now });
}

/** The member's unread notifications (the dashboard's count). */
export function countUnread(db: Db, userId: string): Promise<number> {
  return countUnreadNotifications(db, userId);
}

export interface NotificationDeps {
  db: Db;
}

/** Who asks: notifications are only ever the caller's own. */
export interface Actor {
  id: string;
}

/** One page of the actor's notifications, newest first, with their unread count and the next page's cursor. */
export async function listMyNotifications(
  deps: NotificationDeps,
  actor: Actor,
  input: NotificationListQuery,
): Promise<NotificationList> {
  // One row more than asked tells whether another page exists without a second count.
  const rows = await listNotifications(deps.db, actor.id, { cursor: input.cursor, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit);
  const unreadCount = await countUnreadNotifications(deps.db, actor.id);
  return {
    items: page.map(toNotification),
    unreadCount,
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** Marks the given notifications (or all) of the actor read; ids of other members' notifications change nothing. */
export async function markNotificationsRead(
  deps: NotificationDeps,
  actor: Actor,
  input: MarkRead,
  now = new Date(),
): Promise<{ unreadCount: number }> {
  await updateNotificationsRead(deps.db, actor.id, { ids: input.ids, now });
  return { unreadCount: await countUnreadNotifications(deps.db, actor.id) };
}

/**
 * A member deleted their account: the texts of their requests (motivation, goals, response) are
 * taken out of the other side's notifications about them too (ADR 0025). Call it with the `tx`.
 */
export async function forgetRequestTexts(tx: Db, requestIds: string[]): Promise<void> {
  await updateRequestNotificationsWithoutTexts(tx, requestIds);
}

/** Every notification of the member, for their data export. */
export async function exportNotifications(db: Db, userId: string) {
  return (await listAllNotifications(db, userId)).map(toNotification);
}

function toNotification(row: NotificationRow): NotificationList['items'][number] {
  return {
    id: row.id,
    type: row.type as NotificationList['items'][number]['type'],
    data: row.data,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
