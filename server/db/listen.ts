import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Log } from '../lib/log';
import type { Database } from './client';

/**
 * Subscribes to a NOTIFY channel: `onMessage` gets each payload, from this process or another,
 * once the transaction that sent it commits. Returns an unsubscribe function; `onLost` is called if
 * the connection drops (what was sent meanwhile is missed). Channel names are our own constants.
 * On PostgreSQL it holds a connection of its own while subscribed.
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
    const unlisten = await (driver as PGlite).listen(channel, (payload) => onMessage(payload));
    // A database closed first (shutting down, a test) has ended the subscription with it.
    return () => unlisten().catch(() => {});
  }

  // A connection of its own, outside the pool: it is held for as long as the subscription lasts,
  // takes no place from queries, and closing the pool (which waits for its clients) need not wait
  // for it.
  const client = new pg.Client((driver as pg.Pool).options);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    void client.end().catch(() => {});
  };
  const lost = (error?: Error) => {
    if (ended) return;
    log.warn({ err: error, channel }, 'LISTEN connection lost');
    end();
    onLost();
  };
  client.on('notification', (message) => {
    if (message.channel === channel) onMessage(message.payload ?? '');
  });
  client.on('error', lost);
  client.on('end', () => lost());
  try {
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  } catch (error) {
    end();
    throw error;
  }
  return async () => {
    if (ended) return;
    await client.query(`UNLISTEN ${channel}`).catch(() => {});
    end();
  };
}
