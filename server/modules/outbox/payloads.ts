import type { Language } from '../../../contract/i18n';
import type { NotificationType } from '../../../contract/notifications';
import type { DirectMailTemplate } from '../../mail/templates/types';

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
