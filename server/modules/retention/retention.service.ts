import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { pruneExpiredSessions, pruneExpiredVerifications } from '../accounts/accounts.service';
import { LONGEST_LIMIT_WINDOW_MS, pruneStaleRateLimits } from '../limits/limits.service';
import { deleteDeliveredOutboxRows, deleteMailLogRows, redactExpiredLinks } from '../outbox/outbox.service';

// The retention module owns no table: it decides how long rows are kept, and each table's owning
// module deletes its own rows (ADR 0020).

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 1000;

/**
 * The longest any mailed one-time link works: a password reset (1 hour, better-auth) or an email
 * change (24 hours). Kept mail older than this holds only dead links, and they are redacted.
 * retention.test.ts checks that the links made today expire within it.
 */
export const SECRET_LINK_LIFETIME_MS = DAY_MS;

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
    sessions: await inBatches(() => pruneExpiredSessions(db, now, BATCH)),
    verifications: await inBatches(() => pruneExpiredVerifications(db, now, BATCH)),
    // A counter is kept a day past the end of the longest window (for looking into an attack).
    rate_limits: await inBatches(() => pruneStaleRateLimits(db, now.getTime() - LONGEST_LIMIT_WINDOW_MS - DAY_MS, BATCH)),
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
