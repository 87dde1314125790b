import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, type DriverClient, openDatabase, pgliteExtensions, wrapPglite } from '../../server/db/client';
import { migrateDatabase } from '../../server/db/migrate';

/** Runs a statement bare, outside the app: a node-postgres pool, or PGlite's own query(). */
export interface BareRunner extends DriverClient {
  close(): Promise<void>;
}

/** A database of the benchmark's own, migrated, and how to run SQL on it bare and remove it. */
export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  /** What the app is given (DATABASE_URL, or nothing for PGlite). */
  env: Record<string, string>;
  database: Database;
  bare: BareRunner;
  /** Where it lives, for the report. */
  where: string;
  destroy(): Promise<void>;
}

const serverUrl = () => process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new database with a unique name on the PostgreSQL server, dropped by destroy(). */
export async function createBenchPostgres(): Promise<BenchDatabase> {
  const name = `mn_bench_${randomBytes(4).toString('hex')}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl(), name);
  let database: Database | undefined;
  let pool: pg.Pool | undefined;
  const destroy = async () => {
    await pool?.end().catch(() => {});
    await database?.close().catch(() => {});
    await onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    database = await openDatabase({ kind: 'postgres', url });
    await migrateDatabase(database);
    // The same pool settings as the app's (server/db/client.ts).
    const bare = new pg.Pool({ connectionString: url, max: 10 });
    pool = bare;
    bare.on('error', () => {});
    return {
      kind: 'postgres',
      env: { DATABASE_URL: url },
      database,
      bare: { query: (text, params) => bare.query(text, params), close: async () => {} },
      where: `${new URL(url).host}/${name}`,
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}

/**
 * PGlite in a temporary folder, removed by destroy(). The app and the bare runs share the one
 * instance: PGlite is a single connection inside this process.
 */
export async function createBenchPglite(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mn-bench-'));
  let client: PGlite | undefined;
  const destroy = async () => {
    await client?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    client = await PGlite.create({ dataDir: path.join(dir, 'pglite'), extensions: pgliteExtensions });
    const database = wrapPglite(client);
    await migrateDatabase(database);
    const open = client;
    return {
      kind: 'pglite',
      env: {},
      database,
      bare: { query: (text, params) => open.query(text, params), close: async () => {} },
      where: dir,
      destroy,
    };
  } catch (error) {
    await destroy();
    throw error;
  }
}
