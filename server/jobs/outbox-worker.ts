import type { Log } from '../lib/log';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { listenTo } from '../db/listen';
import { mailToKeep } from '../mail/kept-mail';
import { createMailTransport, type MailTransport } from '../mail/transport';
import { isLastAttempt, retryDelayMs } from './backoff';
import { redactSecrets } from '../lib/redact';
import { PermanentDeliveryError, planDelivery } from './delivery';
import {
  claimDueOutboxRows,
  insertMailLog,
  markOutboxDone,
  markOutboxFailed,
  markOutboxRetry,
  type ClaimedOutboxRow,
  OUTBOX_CHANNEL,
} from './outbox.repo';

export interface OutboxWorkerOptions {
  config: Config;
  database: Database;
  log: Log;
  /** Defaults to SMTP when config.mail.smtpUrl is set, else the log-only (dev mailbox) transport. */
  transport?: MailTransport;
  /** How often to look for due rows when nothing wakes the worker (retries, other processes). */
  pollIntervalMs?: number;
  /** Rows delivered per batch (claimed one at a time, each under a lease of its own). */
  batchSize?: number;
  /** How long a claimed row stays reserved for this worker: one row's planning, send and record (default config.outboxLeaseMs). */
  leaseMs?: number;
  /**
   * A send still unanswered after this long is abandoned and retried later. At most half the
   * lease, so a send has always ended before the row can be claimed again (default: that, up to 60 s).
   */
  sendTimeoutMs?: number;
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
  /** Rows whose lease ran out before they were marked: another worker claimed them and finishes them. */
  lost: number;
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
  const leaseMs = options.leaseMs ?? config.outboxLeaseMs;
  const sendTimeoutMs = options.sendTimeoutMs ?? Math.min(60_000, Math.floor(leaseMs / 2));
  if (sendTimeoutMs > leaseMs / 2) {
    throw new Error(`outbox worker: sendTimeoutMs (${sendTimeoutMs}) must be at most half of leaseMs (${leaseMs})`);
  }
  const transport = options.transport ?? createMailTransport(config, log);
  const ownsTransport = !options.transport;

  let running = false;
  let stopping = false;
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
      const plan = await planDelivery(database.db, config, row);
      if (plan.action === 'skip') {
        if (await markOutboxDone(database.db, lease, { now, note: plan.note })) result.skipped++;
        else leaseLost(row, result, false);
        return;
      }
      deadline = AbortSignal.timeout(sendTimeoutMs);
      await transport.send(plan.mail, { signal: deadline });
      sent = true;
      const recorded = await database.db.transaction(async (tx) => {
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
        if (!(await markOutboxFailed(database.db, lease, { now, error: message }))) return leaseLost(row, result, false);
        result.failed++;
        log.error({ outboxId: row.id, kind: row.kind, attempts: row.attempts, error: message }, 'outbox row failed for good');
      } else {
        const runAt = new Date(now.getTime() + retryDelayMs(row.attempts));
        if (!(await markOutboxRetry(database.db, lease, { runAt, error: message }))) return leaseLost(row, result, false);
        result.retried++;
        log.warn({ outboxId: row.id, kind: row.kind, attempts: row.attempts, retryAt: runAt, error: message }, 'outbox delivery failed; will retry');
      }
    }
  }

  async function runOnce(now = new Date()): Promise<BatchResult> {
    const result: BatchResult = { claimed: 0, sent: 0, skipped: 0, retried: 0, failed: 0, lost: 0 };
    const started = Date.now();
    // One row per claim, each under a lease that starts when its turn comes: rows claimed together
    // would wait behind each other's sends, and a slow mail server would outlast their leases.
    // One at a time is gentle on the mail server; more throughput comes from more instances.
    while (result.claimed < batchSize && !stopping) {
      const claimedAt = new Date(now.getTime() + (Date.now() - started));
      const leaseUntil = new Date(claimedAt.getTime() + leaseMs);
      const [row] = await claimDueOutboxRows(database.db, { now: claimedAt, leaseUntil, limit: 1 });
      if (!row) break;
      result.claimed++;
      await deliver(row, claimedAt, result);
    }
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
      stopping = false;
      await subscribe();
      loop = run();
    },
    async stop() {
      running = false;
      // A batch in flight ends after the row it is sending; the rest wait for the next worker.
      stopping = true;
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

/** A payload with every one-time token in its URLs redacted (lib/redact.ts). */
function withoutSecrets(payload: unknown): unknown {
  return JSON.parse(redactSecrets(JSON.stringify(payload))) as unknown;
}
