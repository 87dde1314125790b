import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Log } from '../lib/log';
import type { Database } from './client';
import { GuardedClient } from './postgres';

/**
 * How often a LISTEN connection asks the server something. A connection that only listens sends
 * nothing, so a server or network that stopped answering would go unnoticed (TCP keepalive
 * takes minutes and is answered by any proxy on the way) while every NOTIFY is missed.
 */
const HEARTBEAT_MS = 30_000;

/**
 * Subscribes to a NOTIFY channel: `onMessage` gets each payload, from this process or another,
 * once the transaction that sent it commits. Returns an unsubscribe function; `onLost` is called if
 * the connection drops or stops answering its heartbeat (what was sent meanwhile is missed).
 * Channel names are our own constants.
 * On PostgreSQL it holds a connection of its own while subscribed.
 */
export async function listenTo(
  database: Database,
  channel: string,
  onMessage: (payload: string) => void,
  { log, onLost, heartbeatMs = HEARTBEAT_MS }: { log: Log; onLost: () => void; heartbeatMs?: number },
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
  // for it. It has the pool's timeouts: a statement that gets no answer ends the connection.
  const client = new GuardedClient(database.directConnection ?? (driver as pg.Pool).options);
  let ended = false;
  let heartbeat: NodeJS.Timeout | undefined = undefined;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
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
  heartbeat = setInterval(() => void client.query('SELECT 1').catch(lost), heartbeatMs).unref();
  return async () => {
    if (ended) return;
    await client.query(`UNLISTEN ${channel}`).catch(() => {});
    end();
  };
}
