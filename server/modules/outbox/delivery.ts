import { isLanguage, type Language } from '../../../contract/i18n';
import { isSecurityNotification, NotificationTypeSchema } from '../../../contract/notifications';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { isMailTemplate, renderMail } from '../../mail/render';
import type { MailContext, MailDataByTemplate, MailTemplate } from '../../mail/templates/types';
import type { OutgoingMail } from '../../mail/transport';
import type { ClaimedOutboxRow } from './outbox.repo';
import type { DirectMailPayload, NotificationEmailPayload } from './payloads';

/** A row that can never be delivered (unknown kind, broken payload): retrying would not help. */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

/** What delivery needs to know about a receiver, read at delivery time (language and opt-out may have changed). */
export interface MailRecipient {
  email: string;
  language: string;
  emailNotifications: boolean;
  firstName: string | null;
  name: string;
}

/** Finds a receiver by user id: the accounts module's lookup, passed in by whoever runs the outbox. */
export type FindRecipient = (db: Db, userId: string) => Promise<MailRecipient | undefined>;

export type DeliveryPlan = { action: 'send'; mail: OutgoingMail } | { action: 'skip'; note: string };

/**
 * Decides what to do with a claimed row, reading the receiver as they are now: their current
 * language, address and email-notification setting, not those at the time of the event.
 */
export async function planDelivery(db: Db, config: Config, row: ClaimedOutboxRow, findRecipient: FindRecipient): Promise<DeliveryPlan> {
  const plan = await planByKind(db, config, row, findRecipient);
  if (plan.action === 'skip') return plan;
  return { action: 'send', mail: { ...plan.mail, messageId: messageIdOf(config, row) } };
}

/** The row's Message-ID: kept in the row from its first claim, so every attempt carries the same one. */
export function messageIdOf(config: Pick<Config, 'publicUrl'>, row: Pick<ClaimedOutboxRow, 'messageId'>): string {
  return `<${row.messageId}@${new URL(config.publicUrl).hostname}>`;
}

type UnaddressedPlan = { action: 'send'; mail: Omit<OutgoingMail, 'messageId'> } | { action: 'skip'; note: string };

async function planByKind(db: Db, config: Config, row: ClaimedOutboxRow, findRecipient: FindRecipient): Promise<UnaddressedPlan> {
  switch (row.kind) {
    case 'notification_email':
      return planNotificationEmail(db, config, row.payload as NotificationEmailPayload, findRecipient);
    case 'mail':
      return planDirectMail(config, row.payload as DirectMailPayload);
    default:
      throw new PermanentDeliveryError(`unknown outbox kind "${row.kind}"`);
  }
}

async function planNotificationEmail(
  db: Db,
  config: Config,
  payload: NotificationEmailPayload,
  findRecipient: FindRecipient,
): Promise<UnaddressedPlan> {
  const type = NotificationTypeSchema.safeParse(payload?.type);
  if (!type.success || typeof payload.userId !== 'string') {
    throw new PermanentDeliveryError('notification email payload without a known type and a user');
  }
  const recipient = await findRecipient(db, payload.userId);
  if (!recipient) return { action: 'skip', note: 'skipped: the receiver no longer exists' };
  // docs/product.md, rule 6: with notifications off, no email but security mail; the in-app notification stays.
  if (!recipient.emailNotifications && !isSecurityNotification(type.data)) {
    return { action: 'skip', note: 'skipped: email notifications are off' };
  }
  const language = isLanguage(recipient.language) ? recipient.language : config.defaultLanguage;
  const mail = render(config, type.data, payload.data ?? {}, language, recipient.firstName ?? recipient.name);
  return { action: 'send', mail: { ...mail, to: recipient.email, language } };
}

function planDirectMail(config: Config, payload: DirectMailPayload): UnaddressedPlan {
  if (!isMailTemplate(payload?.template) || typeof payload.to !== 'string' || !payload.to) {
    throw new PermanentDeliveryError('direct mail payload without a known template and an address');
  }
  const language = isLanguage(payload.language) ? payload.language : config.defaultLanguage;
  const mail = render(config, payload.template, payload.data ?? {}, language, payload.name);
  return { action: 'send', mail: { ...mail, to: payload.to, language } };
}

function render(config: Config, template: MailTemplate, data: unknown, language: Language, recipientName?: string | null) {
  const context: MailContext = {
    language,
    institutionName: config.institution.name,
    supportEmail: config.institution.supportEmail,
    accentColor: config.institution.accentColor,
    publicUrl: config.publicUrl,
    ...(recipientName ? { recipientName } : {}),
  };
  try {
    return renderMail(template, data as MailDataByTemplate[MailTemplate], context);
  } catch (error) {
    // A template that throws on this payload will throw on every retry too.
    throw new PermanentDeliveryError(`rendering ${template} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
