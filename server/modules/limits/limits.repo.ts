import { inArray, lt, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { rateLimits } from '../../db/schema';

export interface CounterHit {
  key: string;
  windowMs: number;
}

export interface CounterState {
  key: string;
  count: number;
  /** Epoch milliseconds at which the counter's current window began. */
  windowStart: number;
}

/**
 * Counts one hit on each counter in one statement: a counter whose window has passed starts
 * again at 1. Keys are taken in a fixed order so two requests never wait on each other's rows
 * in opposite orders. (`rate_limits.last_request` holds the window's start.)
 */
export async function countHits(db: Db, hits: readonly CounterHit[], now: number): Promise<CounterState[]> {
  const sorted = [...hits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = sql.join(
    sorted.map((hit) => sql`(${hit.key}::text, ${hit.windowMs}::bigint)`),
    sql`, `,
  );
  const expired = sql`rate_limits.last_request <= ${now}::bigint - (select window_ms from hit where hit.key = excluded.key)`;
  const rows = await queryRows<{ key: string; count: number; window_start: string }>(
    db,
    sql`
      with hit (key, window_ms) as (values ${values})
      insert into rate_limits (id, key, count, last_request)
      select key, key, 1, ${now}::bigint from hit order by key
      on conflict (key) do update set
        count = case when ${expired} then 1 else rate_limits.count + 1 end,
        last_request = case when ${expired} then ${now}::bigint else rate_limits.last_request end
      returning key, count, last_request::text as window_start`,
  );
  return rows.map((row) => ({ key: row.key, count: Number(row.count), windowStart: Number(row.window_start) }));
}

/** Retention: counters whose window began before `windowStartBefore` (epoch ms; `last_request` is the window's start), `limit` at a time. */
export async function deleteStaleRateLimits(db: Db, windowStartBefore: number, limit: number): Promise<number> {
  const due = db
    .select({ id: rateLimits.id })
    .from(rateLimits)
    .where(lt(rateLimits.lastRequest, windowStartBefore))
    .limit(limit)
    .for('update', { skipLocked: true });
  return (await db.delete(rateLimits).where(inArray(rateLimits.id, due)).returning({ id: rateLimits.id })).length;
}

/** Deletes the counters kept per account for any of these account keys (a member id, their address or user name). */
export async function deleteAccountCounters(db: Db, accounts: readonly string[]): Promise<void> {
  const keys = accounts.filter((account) => account.length > 0);
  if (keys.length === 0) return;
  const patterns = keys.flatMap((account) => {
    const literal = account.replace(/[\\%_]/g, (char) => `\\${char}`);
    return [`%:account:${literal}`, `%:account_ip:${literal}|%`];
  });
  await db.execute(sql`delete from ${rateLimits} where key like any (${sql`array[${sql.join(patterns.map((p) => sql`${p}`), sql`, `)}]::text[]`})`);
}
