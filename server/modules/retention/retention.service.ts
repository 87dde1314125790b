import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { redactSecrets } from '../../lib/redact';
import { LIMITS } from '../limits/limits.rules';
import {
  deleteDeliveredOutboxRows,
  deleteExpiredSessions,
  deleteExpiredVerifications,
  deleteMailLogRows,
  deleteStaleRateLimits,
  listMailWithSecretLinks,
  updateKeptMailBody,
} from './retention.repo';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;
const MAIL_BATCH = 100;

/**
 * The longest any mailed one-time link works: a password reset (1 hour, better-auth) or an email
 * change (24 hours). Kept mail older than this holds only dead links, and they are redacted.
 * retention.test.ts checks that the links made today expire within it.
 */
export const SECRET_LINK_LIFETIME_MS = DAY_MS;

/** The longest rate-limit window: a counter is kept a day past the end of its window (for looking into an attack). */
const LONGEST_LIMIT_WINDOW_MS = Math.max(...Object.values(LIMITS).flatMap((rules) => rules.map((rule) => rule.windowSeconds * 1000)));

/** What one run deleted (or, for kept mail's links, redacted), per table. */
export interface RetentionResult {
  outbox: number;
  mail_log: number;
  mail_log_links: number;
  sessions: number;
  verifications: number;
  rate_limits: number;
  [table: string]: number;
}

/**
 * Prunes what no one needs any more: delivered outbox rows and kept mail older than
 * `retentionDays`, secret links in kept mail once they have expired, expired sessions and
 * verification tokens, and rate-limit counters whose window ended over a day ago. Pending and
 * failed outbox rows stay. Safe to run on several instances at once; `now` is explicit so tests
 * need no sleeping.
 */
export async function pruneOldData(db: Db, settings: Pick<Config, 'retentionDays'>, now: Date = new Date()): Promise<RetentionResult> {
  const before = new Date(now.getTime() - settings.retentionDays * DAY_MS);
  return {
    outbox: await inBatches(() => deleteDeliveredOutboxRows(db, before, BATCH)),
    mail_log: await inBatches(() => deleteMailLogRows(db, before, BATCH)),
    mail_log_links: await redactExpiredLinks(db, new Date(now.getTime() - SECRET_LINK_LIFETIME_MS)),
    sessions: await inBatches(() => deleteExpiredSessions(db, now, BATCH)),
    verifications: await inBatches(() => deleteExpiredVerifications(db, now, BATCH)),
    rate_limits: await inBatches(() => deleteStaleRateLimits(db, now.getTime() - LONGEST_LIMIT_WINDOW_MS - DAY_MS, BATCH)),
  };
}

async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await deleteBatch();
    total += count;
    if (count < BATCH) return total;
  }
}

/** Kept mail written before `createdBefore`, with its secret links redacted; returns the rows changed. */
async function redactExpiredLinks(db: Db, createdBefore: Date): Promise<number> {
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
