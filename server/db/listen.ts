import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Log } from '../lib/log';
import type { Database } from './client';

/**
 * Subscribes to a NOTIFY channel: `onMessage` gets each payload, from this process or another,
 * once the transaction that sent it commits. Returns an unsubscribe function; `onLost` is called if
 * the connection drops (what was sent meanwhile is missed). Channel names are our own constants.
 */
export async function listenTo(
  database: Database,
  channel: string,
  onMessage: (payload: string) => void,
  { log, onLost }: { log: Log; onLost: () => void },
): Promise<() => Promise<void>> {
  // The driver client behind drizzle: the Database interface does not expose LISTEN.
  const driver = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    return (driver as PGlite).listen(channel, (payload) => onMessage(payload));
  }

  // One pooled connection is kept for LISTEN while subscribed.
  const client = await (driver as pg.Pool).connect();
  let released = false;
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.release(error);
  };
  client.on('notification', (message) => {
    if (message.channel === channel) onMessage(message.payload ?? '');
  });
  client.on('error', (error) => {
    log.warn({ err: error, channel }, 'LISTEN connection lost');
    release(error);
    onLost();
  });
  try {
    await client.query(`LISTEN ${channel}`);
  } catch (error) {
    release(error as Error);
    throw error;
  }
  return async () => {
    if (released) return;
    await client.query(`UNLISTEN ${channel}`).catch(() => {});
    release();
  };
}
