import type { Language } from '../../../contract/i18n';
import type { Db } from '../../db/client';
import { redactSecrets } from '../../lib/redact';
import type { DirectMailDataByTemplate, DirectMailTemplate } from '../../mail/templates/types';
import { deleteNotificationMailsOf, insertOutboxRow, insertOutboxRows, listMailWithSecretLinks, signalOutbox, updateKeptMailBody } from './outbox.repo';
import type { DirectMailPayload, NotificationEmailPayload, OutboxKind } from './payloads';

// The outbox module's public surface: queueing mail (in the caller's transaction), the batch the
// worker loop in jobs/ runs, and what retention, metrics and the dev mailbox read of its tables.
export { OUTBOX_CHANNEL } from './outbox.repo';
export { type BatchResult, type OutboxSender, createOutboxSender } from './outbox-sender';
export type { FindRecipient, MailRecipient } from './delivery';
export type { MailTransport } from '../../mail/transport';
export type { DirectMailPayload, NotificationEmailPayload } from './payloads';
export { type OutboxStats, deleteDeliveredOutboxRows, deleteMailLogRows, listRecentMails, readOutboxStats } from './outbox.repo';

/**
 * Queues the email of an in-app notification (notifications.service notify writes both): it is
 * rendered, and checked against the receiver's opt-out, when it goes out. Call it with the `tx`.
 */
export async function enqueueNotificationEmail(tx: Db, payload: NotificationEmailPayload): Promise<void> {
  await insertOutboxRow(tx, { kind: 'notification_email' satisfies OutboxKind, payload });
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
}

/** enqueueMail for many mails at once (one statement per 500, one wake-up of the workers). */
export async function enqueueMails<T extends DirectMailTemplate>(tx: Db, inputs: ReadonlyArray<EnqueueMailInput<T>>): Promise<void> {
  if (inputs.length === 0) return;
  await insertOutboxRows(
    tx,
    inputs.map((input) => ({
      kind: 'mail' satisfies OutboxKind,
      payload: {
        to: input.to,
        language: input.language,
        template: input.template,
        data: input.data as Record<string, unknown>,
        ...(input.name ? { name: input.name } : {}),
      } satisfies DirectMailPayload,
    })),
  );
  await signalOutbox(tx);
}

/**
 * A member deleted their account: the notification mails still queued for them go (they would
 * find no receiver), and so do the rows of those already sent (ADR 0025). Call it with the `tx`.
 */
export async function dropNotificationMailsOf(tx: Db, userId: string): Promise<void> {
  await deleteNotificationMailsOf(tx, userId);
}

const MAIL_BATCH = 100;

/** Kept mail written before `createdBefore`, with its secret links redacted (retention); returns the rows changed. */
export async function redactExpiredLinks(db: Db, createdBefore: Date): Promise<number> {
  let changed = 0;
  let afterId: string | null = null;
  for (;;) {
    const rows = await listMailWithSecretLinks(db, createdBefore, afterId, MAIL_BATCH);
    for (const row of rows) {
      const redacted = { id: row.id, text: redactSecrets(row.text), html: redactSecrets(row.html) };
      if (redacted.text === row.text && redacted.html === row.html) continue;
      await updateKeptMailBody(db, redacted);
      changed++;
    }
    if (rows.length < MAIL_BATCH) return changed;
    afterId = rows.at(-1)!.id;
  }
}

