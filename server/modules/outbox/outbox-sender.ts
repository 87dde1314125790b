import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { Log } from '../../lib/log';
import { redactSecrets } from '../../lib/redact';
import { mailToKeep } from '../../mail/kept-mail';
import { createMailTransport, type MailTransport } from '../../mail/transport';
import { isLastAttempt, retryDelayMs } from './backoff';
import { type FindRecipient, PermanentDeliveryError, planDelivery } from './delivery';
import {
  claimDueOutboxRows,
  insertMailLog,
  markOutboxDone,
  markOutboxFailed,
  markOutboxRetry,
  type ClaimedOutboxRow,
} from './outbox.repo';

export interface OutboxSenderOptions {
  config: Config;
  db: Db;
  log: Log;
  /** The receiver of a notification email as they are now (accounts owns them; the worker passes the lookup in). */
  findRecipient: FindRecipient;
  /** Defaults to SMTP when config.mail.smtpUrl is set, else the log-only (dev mailbox) transport. */
  transport?: MailTransport;
  /** Rows delivered per batch (claimed one at a time, each under a lease of its own). */
  batchSize: number;
  /** How long a claimed row stays reserved for this sender: one row's planning, send and record. */
  leaseMs: number;
  /** A send still unanswered after this long is abandoned and retried later (at most half the lease). */
  sendTimeoutMs: number;
}

export interface BatchResult {
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
  /** Rows whose lease ran out before they were marked: another worker claimed them and finishes them. */
  lost: number;
}

export interface OutboxSender {
  /** Delivers one batch of rows due at `now`; stops claiming once `stopping()` says so. */
  runOnce(now?: Date, stopping?: () => boolean): Promise<BatchResult>;
  /** Lets go of the transport, when the sender made it. */
  close(): void;
}

/** One batch of the outbox: claims due rows, renders and sends their mail, retries with backoff. */
export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { config, db, log, batchSize, leaseMs, sendTimeoutMs, findRecipient } = options;
  if (sendTimeoutMs > leaseMs / 2) {
    throw new Error(`outbox worker: sendTimeoutMs (${sendTimeoutMs}) must be at most half of leaseMs (${leaseMs})`);
  }
  const transport = options.transport ?? createMailTransport(config, log);
  const ownsTransport = !options.transport;

  function leaseLost(row: ClaimedOutboxRow, result: BatchResult, sent: boolean) {
    result.lost++;
    log.warn(
      { outboxId: row.id, kind: row.kind, sent },
      sent
        ? 'outbox lease ran out while sending: the row was claimed again and goes out once more, with the same Message-ID'
        : 'outbox lease ran out: the row was claimed again, and its new holder finishes it',
    );
  }

  async function deliver(row: ClaimedOutboxRow, now: Date, result: BatchResult): Promise<void> {
    // Every mark is made under this claim's token: a worker whose lease ran out changes nothing.
    const lease = { id: row.id, leaseToken: row.leaseToken };
    let deadline: AbortSignal | undefined;
    let sent = false;
    try {
      const plan = await planDelivery(db, config, row, findRecipient);
      if (plan.action === 'skip') {
        if (await markOutboxDone(db, lease, { now, note: plan.note })) result.skipped++;
        else leaseLost(row, result, false);
        return;
      }
      deadline = AbortSignal.timeout(sendTimeoutMs);
      await transport.send(plan.mail, { signal: deadline });
      sent = true;
      const recorded = await db.transaction(async (tx) => {
        // The mail has gone: a reset or confirmation link in the row would only be a secret lying about.
        if (!(await markOutboxDone(tx, lease, { now, payload: withoutSecrets(row.payload) }))) return false;
        const { to, subject } = plan.mail;
        const { text, html } = mailToKeep(plan.mail, config);
        await insertMailLog(tx, { toAddress: to, subject, text, html, transport: transport.kind });
        return true;
      });
      if (recorded) result.sent++;
      else leaseLost(row, result, true);
    } catch (error) {
      const message = deadline?.aborted
        ? `no answer from the mail server within ${sendTimeoutMs} ms`
        : error instanceof Error
          ? error.message
          : String(error);
      if (sent) {
        // The mail left but its record did not: the lease expires and it may be sent once more,
        // with the same Message-ID (at least once, never silently lost).
        log.error({ err: error, outboxId: row.id }, 'mail sent but not recorded');
        return;
      }
      if (error instanceof PermanentDeliveryError || isLastAttempt(row.attempts)) {
        if (!(await markOutboxFailed(db, lease, { now, error: message }))) return leaseLost(row, result, false);
        result.failed++;
        log.error({ outboxId: row.id, kind: row.kind, attempts: row.attempts, error: message }, 'outbox row failed for good');
      } else {
        const runAt = new Date(now.getTime() + retryDelayMs(row.attempts));
        if (!(await markOutboxRetry(db, lease, { runAt, error: message }))) return leaseLost(row, result, false);
        result.retried++;
        log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts, retryAt: runAt, error: message }, 'outbox delivery failed; will retry');
      }
    }
  }

  async function runOnce(now = new Date(), stopping: () => boolean = () => false): Promise<BatchResult> {
    const result: BatchResult = { claimed: 0, sent: 0, skipped: 0, retried: 0, failed: 0, lost: 0 };
    const started = Date.now();
    // One row per claim, each under a lease that starts when its turn comes: rows claimed together
    // would wait behind each other's sends, and a slow mail server would outlast their leases.
    // One at a time is gentle on the mail server; more throughput comes from more instances.
    while (result.claimed < batchSize && !stopping()) {
      const claimedAt = new Date(now.getTime() + (Date.now() - started));
      const leaseUntil = new Date(claimedAt.getTime() + leaseMs);
      const [row] = await claimDueOutboxRows(db, { now: claimedAt, leaseUntil, limit: 1 });
      if (!row) break;
      result.claimed++;
      await deliver(row, claimedAt, result);
    }
    return result;
  }

  return {
    runOnce,
    close() {
      if (ownsTransport) transport.close();
    },
  };
}

/** A payload with every one-time token in its URLs redacted (lib/redact.ts). */
function withoutSecrets(payload: unknown): unknown {
  return JSON.parse(redactSecrets(JSON.stringify(payload))) as unknown;
}
