import type { Language } from '../../contract/i18n';
import type { NotificationDataByType, NotificationType } from '../../contract/notifications';
import type { Db } from '../db/client';
import type { DirectMailDataByTemplate, DirectMailTemplate } from '../mail/templates/types';
import { insertNotification } from '../modules/notifications/notifications.repo';
import { insertOutboxRow, signalOutbox } from './outbox.repo';

/** The kinds of outbox work the worker knows; a row of another kind fails without retries. */
export const OUTBOX_KINDS = ['notification_email', 'mail'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

/** An email that belongs to an in-app notification: rendered and checked against the opt-out at delivery. */
export interface NotificationEmailPayload {
  notificationId: string;
  userId: string;
  type: NotificationType;
  data: Record<string, unknown>;
}

/** A mail straight to an address (links the reader asked for). */
export interface DirectMailPayload {
  to: string;
  language: Language;
  template: DirectMailTemplate;
  data: Record<string, unknown>;
  name?: string;
}

export interface NotifyInput<T extends NotificationType> {
  userId: string;
  type: T;
  data: NotificationDataByType[T];
}

/**
 * Tells a member about an event: the in-app notification and its email, both written in the
 * caller's transaction so they exist exactly when the change does. Call it with the `tx`.
 */
export async function notify<T extends NotificationType>(tx: Db, input: NotifyInput<T>): Promise<{ notificationId: string }> {
  const data = input.data as Record<string, unknown>;
  const notification = await insertNotification(tx, { userId: input.userId, type: input.type, data });
  const payload: NotificationEmailPayload = { notificationId: notification.id, userId: input.userId, type: input.type, data };
  await insertOutboxRow(tx, { kind: 'notification_email' satisfies OutboxKind, payload });
  await signalOutbox(tx);
  return { notificationId: notification.id };
}

export interface EnqueueMailInput<T extends DirectMailTemplate> {
  to: string;
  language: Language;
  template: T;
  data: DirectMailDataByTemplate[T];
  /** The receiver's first name for the greeting, when known. */
  name?: string;
}

/**
 * Queues a mail to an address that does not go through the notification opt-out (password reset,
 * confirmation links: see docs/decisions/0002). Call it inside the transaction that made the link.
 */
export async function enqueueMail<T extends DirectMailTemplate>(tx: Db, input: EnqueueMailInput<T>): Promise<void> {
  const payload: DirectMailPayload = {
    to: input.to,
    language: input.language,
    template: input.template,
    data: input.data as Record<string, unknown>,
    ...(input.name ? { name: input.name } : {}),
  };
  await insertOutboxRow(tx, { kind: 'mail' satisfies OutboxKind, payload });
  await signalOutbox(tx);
}
