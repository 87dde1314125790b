import type { Log } from '../lib/log';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { listenTo } from '../db/listen';
import { createMailTransport, type MailTransport } from '../mail/transport';
import { isLastAttempt, retryDelayMs } from './backoff';
import { PermanentDeliveryError, planDelivery } from './delivery';
import {
  claimDueOutboxRows,
  insertMailLog,
  markOutboxDone,
  markOutboxFailed,
  markOutboxRetry,
  OUTBOX_CHANNEL,
  type OutboxRow,
} from './outbox.repo';

export interface OutboxWorkerOptions {
  config: Config;
  database: Database;
  log: Log;
  /** Defaults to SMTP when config.mail.smtpUrl is set, else the log-only (dev mailbox) transport. */
  transport?: MailTransport;
  /** How often to look for due rows when nothing wakes the worker (retries, other processes). */
  pollIntervalMs?: number;
  batchSize?: number;
  /** How long a claimed row stays reserved for this worker; must outlast one SMTP send. */
  leaseMs?: number;
  /** Wake up on LISTEN/NOTIFY after a commit (default true). */
  listen?: boolean;
  /** Called after each batch the loop ran, with its outcome; tests wait on it instead of sleeping. */
  onBatch?: (result: BatchResult) => void;
}

export interface BatchResult {
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

export interface OutboxWorker {
  /** Starts the loop (after subscribing to commits, so no wake-up is missed). */
  start(): Promise<void>;
  /** Stops the loop after the batch in flight and lets go of the connection and transport. */
  stop(): Promise<void>;
  /** Delivers one batch of rows due at `now`; the loop calls it, and tests call it with a chosen clock. */
  runOnce(now?: Date): Promise<BatchResult>;
  /** Look for work now instead of at the next poll. */
  kick(): void;
}

/** Builds the outbox worker: claims due rows, renders and sends their mail, retries with backoff. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { config, database, log } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const transport = options.transport ?? createMailTransport(config.mail, log);
  const ownsTransport = !options.transport;

  let running = false;
  let loop: Promise<void> | undefined;
  let kicked = false;
  let wake: (() => void) | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  let listenFailed = false;

  function kick() {
    kicked = true;
    wake?.();
  }

  async function subscribe() {
    if (options.listen === false || unlisten) return;
    try {
      unlisten = await listenTo(database, OUTBOX_CHANNEL, kick, { log, onLost: () => (unlisten = undefined) });
      listenFailed = false;
    } catch (error) {
      // Polling still delivers everything, only later; say so once, not at every poll.
      if (!listenFailed) log.warn({ err: error }, 'outbox worker cannot LISTEN; relying on polling');
      listenFailed = true;
    }
  }

  async function deliver(row: OutboxRow, now: Date, result: BatchResult): Promise<void> {
    let sent = false;
    try {
      const plan = await planDelivery(database.db, config, row);
      if (plan.action === 'skip') {
        await markOutboxDone(database.db, row.id, { now, note: plan.note });
        result.skipped++;
        return;
      }
      await transport.send(plan.mail);
      sent = true;
      await database.db.transaction(async (tx) => {
        const { to, subject, text, html } = plan.mail;
        await insertMailLog(tx, { toAddress: to, subject, text, html, transport: transport.kind });
        await markOutboxDone(tx, row.id, { now });
      });
      result.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (sent) {
        // The mail left but its record did not: the lease expires and it may be sent once more
        // (at least once, never silently lost).
        log.error({ err: error, outboxId: row.id }, 'mail sent but not recorded');
        return;
      }
      if (error instanceof PermanentDeliveryError || isLastAttempt(row.attempts)) {
        await markOutboxFailed(database.db, row.id, { now, error: message });
        result.failed++;
        log.error({ outboxId: row.id, kind: row.kind, attempts: row.attempts, error: message }, 'outbox row failed for good');
      } else {
        const runAt = new Date(now.getTime() + retryDelayMs(row.attempts));
        await markOutboxRetry(database.db, row.id, { runAt, error: message });
        result.retried++;
        log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts, retryAt: runAt, error: message }, 'outbox delivery failed; will retry');
      }
    }
  }

  async function runOnce(now = new Date()): Promise<BatchResult> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await claimDueOutboxRows(database.db, { now, leaseUntil, limit: batchSize });
    const result: BatchResult = { claimed: rows.length, sent: 0, skipped: 0, retried: 0, failed: 0 };
    // One at a time: gentle on the mail server; more throughput comes from more instances.
    for (const row of rows) await deliver(row, now, result);
    return result;
  }

  async function run() {
    while (running) {
      kicked = false;
      let result: BatchResult | undefined;
      try {
        await subscribe();
        result = await runOnce();
        options.onBatch?.(result);
      } catch (error) {
        log.warn({ err: error }, 'outbox worker could not run a batch');
      }
      if (!running) break;
      // A full batch means more is waiting; a kick during the batch may be for a row it missed.
      if (kicked || result?.claimed === batchSize) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollIntervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    async start() {
      if (running) return;
      running = true;
      await subscribe();
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
      await unlisten?.();
      unlisten = undefined;
      if (ownsTransport) transport.close();
    },
    runOnce,
    kick,
  };
}
