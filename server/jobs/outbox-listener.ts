import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Log } from '../lib/log';
import type { Database } from '../db/client';
import { OUTBOX_CHANNEL } from './outbox.repo';

/**
 * Subscribes to the outbox channel so a worker wakes as soon as a transaction that queued work
 * commits — in this process or in another one — instead of at its next poll. NOTIFY is delivered
 * only on commit, which is exactly when the new rows become visible to the claim query.
 * Returns an unsubscribe function; `onLost` is called if the connection drops (polling goes on).
 */
export async function listenForOutbox(
  database: Database,
  onSignal: () => void,
  { log, onLost }: { log: Log; onLost: () => void },
): Promise<() => Promise<void>> {
  // The driver client behind drizzle: the Database interface does not expose LISTEN.
  const driver = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    return (driver as PGlite).listen(OUTBOX_CHANNEL, onSignal);
  }

  // One pooled connection is kept for LISTEN while the worker runs.
  const client = await (driver as pg.Pool).connect();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error);
  };
  client.on('notification', (message) => {
    if (message.channel === OUTBOX_CHANNEL) onSignal();
  });
  client.on('error', (error) => {
    log.warn({ err: error }, 'outbox listener connection lost; falling back to polling');
    release(error);
    onLost();
  });
  try {
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
  } catch (error) {
    release(error as Error);
    throw error;
  }
  return async () => {
    if (released) return;
    await client.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => {});
    release();
  };
}
