import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../server/db/client';

export const openPostgresDatabase = (url: string): Promise<Database> => openDatabase({ kind: 'postgres', url });

/** `url` pointing at the database `name` on the same server. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Runs fn on a connection to the server's maintenance database (to create or drop databases). */
export async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database copied from the migrated template at `templateUrl`, dropped by close(). Its
 * `url` lets a test start server processes on it.
 */
export async function createPostgresDatabase(templateUrl: string): Promise<Database & { url: string }> {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_t${randomBytes(4).toString('hex')}`;
  await onServer(templateUrl, async (client) => {
    // Copies from one template may not overlap with a connection to it: retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String((error as Error).message).includes('being accessed')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  const url = withDatabase(templateUrl, name);
  const database = await openPostgresDatabase(url);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await onServer(templateUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** Drops every per-file copy of the template that a run left behind (after a crash, say). */
export async function dropDatabases(templateUrl: string): Promise<void> {
  const template = new URL(templateUrl).pathname.slice(1);
  await onServer(templateUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${template}\\_t%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
