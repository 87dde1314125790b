import { sql } from 'drizzle-orm';
import type { LiveEvent } from '../../../contract/inbox';
import type { Db } from '../../db/client';

/** The NOTIFY channel live events travel on between processes: `{ "to": [member ids], "event": LiveEvent }`. */
export const LIVE_EVENTS_CHANNEL = 'live_events';

/**
 * Announces an event to members' open event streams (`GET /api/events`) in every process. Call it
 * with the transaction that made the change: NOTIFY is delivered when it commits, never for a
 * change rolled back.
 */
export async function publishLiveEvent(tx: Db, memberIds: readonly string[], event: LiveEvent): Promise<void> {
  if (memberIds.length === 0) return;
  await tx.execute(sql`select pg_notify(${LIVE_EVENTS_CHANNEL}, ${JSON.stringify({ to: memberIds, event })})`);
}
