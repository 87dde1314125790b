import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Config, PostgresConfig } from '../config';
import { acquireDataDirLock } from './data-dir-lock';
import { DatabaseUnavailableError } from './errors';
import { DEFAULT_POOL_SIZE, DEFAULT_TIMEOUTS, GuardedClient, type PostgresTimeouts, poolConfig, unboundedStatements } from './postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** A database or a transaction: repos accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs fn while holding a lock no other instance can hold at the same time (migrations). */
  withExclusiveLock<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** The PostgreSQL pool's connections now, for metrics; PGlite has no pool. */
  poolStats?(): PoolStats;
  /**
   * PostgreSQL: settings for a connection of its own, straight to the server (DATABASE_DIRECT_URL
   * when set), for what needs one session for longer than a transaction (LISTEN).
   */
  directConnection?: pg.ClientConfig;
  close(): Promise<void>;
}

export interface PoolStats {
  max: number;
  /** Connections open, idle or in use. */
  total: number;
  idle: number;
  /** Checkouts waiting for a connection. */
  waiting: number;
}

/** PGlite needs its extensions registered every time it opens. */
export const pgliteExtensions = { pg_trgm };

/** Config['database']; scripts and tests may leave everything but the URL at its default. */
export type DatabaseConfig =
  | Config['database']
  | ({ kind: 'postgres'; url: string; timeouts?: Partial<PostgresTimeouts> } & Partial<Omit<PostgresConfig, 'kind' | 'url' | 'timeouts'>>);

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'pglite') return openPglite(config.dataDir);
  return openPostgres({
    kind: 'postgres',
    url: config.url,
    directUrl: config.directUrl,
    poolSize: config.poolSize ?? DEFAULT_POOL_SIZE,
    preparedStatements: config.preparedStatements ?? true,
    timeouts: { ...DEFAULT_TIMEOUTS, ...config.timeouts },
  });
}

/** Databases opened without named prepared statements (DATABASE_PREPARED_STATEMENTS=false). */
const unprepared = new WeakSet<Db>();

/**
 * The name for a prepared statement on this database: the name itself, or none (an unnamed
 * statement, parsed each time) where a transaction pooler could run it on a connection that never
 * prepared it.
 */
export const statementName = (db: Db, name: string): string => (unprepared.has(db) ? '' : name);

async function openPostgres(config: PostgresConfig): Promise<Database> {
  const settings = poolConfig(config.url, config.timeouts, config.poolSize);
  const direct = { ...settings, connectionString: config.directUrl ?? config.url };
  const pool = new pg.Pool(settings);
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`Cannot connect to DATABASE_URL (${redact(config.url)}): ${reason}`);
  }
  const db = drizzlePg(pool, { schema, casing: 'snake_case' });
  if (!config.preparedStatements) unprepared.add(db);
  return {
    db,
    kind: 'postgres',
    async withExclusiveLock(fn) {
      // A connection of its own, without the statement timeouts: waiting for another instance's
      // migration, or rewriting a large table, may take longer than any request should. The lock
      // belongs to a transaction, not to the session, so a transaction pooler (PgBouncer) keeps it
      // and everything under it on one server connection, and the lock ends with it.
      const client = new GuardedClient(unboundedStatements(direct));
      // Drizzle's migrator opens and commits a transaction of its own inside this one: PostgreSQL
      // only notes that one is already open, and its COMMIT ends both, lock included.
      client.on('notice', () => {});
      await client.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['mentor-network:migrate']);
        const result = await fn(drizzlePg(client, { schema, casing: 'snake_case' }));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        await client.end().catch(() => {});
      }
    },
    poolStats: () => ({ max: config.poolSize, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    directConnection: direct,
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir: `${dataDir}/pglite`, extensions: pgliteExtensions });
    return wrapPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Wraps an open PGlite (tests open theirs from a migrated template). */
export function wrapPglite(client: PGlite, onClose: () => void = () => {}): Database {
  const db = drizzlePglite(client, { schema, casing: 'snake_case' });
  return {
    db,
    kind: 'pglite',
    // PGlite is one connection in this process, guarded by the data-folder lock.
    withExclusiveLock: (fn) => fn(db),
    async close() {
      await client.close();
      onClose();
    },
  };
}

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect({ casing: 'snake_case' });

/**
 * Runs raw SQL on the driver itself, past Drizzle's session, which costs about a third of a
 * millisecond per search (it copies the query config and parses with parsers of its own; ADR 0010). For
 * the hottest reads, search: `db` must be the database, not a transaction, and the columns must
 * hold no timestamps (the drivers parse them as Dates where Drizzle keeps strings).
 */
export async function queryRowsDirect<T>(db: Db, query: SQL): Promise<T[]> {
  const client = (db as { $client?: DriverClient }).$client;
  return client ? queryOnDriver<T>(client, query) : queryRows<T>(db, query);
}

/** A node-postgres pool or client, or PGlite: each runs text with parameters and answers `{ rows }`. */
export interface DriverClient {
  query(text: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/** Runs raw SQL on a driver (the benchmark runs search's statements bare this way too). */
export async function queryOnDriver<T>(client: DriverClient, query: SQL): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return (await client.query(text, params)).rows as T[];
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'invalid URL';
  }
}
