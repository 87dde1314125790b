import type { Log } from '../lib/log';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { listenTo } from '../db/listen';
import { findMailRecipient } from '../modules/accounts/accounts.service';
import { type BatchResult, type MailTransport, OUTBOX_CHANNEL, createOutboxSender } from '../modules/outbox/outbox.service';

export type { BatchResult };

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

/**
 * Builds the outbox worker: the loop that runs the outbox module's batches (claim, send, retry:
 * modules/outbox/outbox-sender.ts) when a commit announces new rows, and else every poll.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { config, database, log } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? config.outboxLeaseMs;
  const sendTimeoutMs = options.sendTimeoutMs ?? Math.min(60_000, Math.floor(leaseMs / 2));
  const sender = createOutboxSender({
    config,
    db: database.db,
    log,
    findRecipient: findMailRecipient,
    transport: options.transport,
    batchSize,
    leaseMs,
    sendTimeoutMs,
  });

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

  const runOnce = (now = new Date()) => sender.runOnce(now, () => stopping);

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
      sender.close();
    },
    runOnce,
    kick,
  };
}
