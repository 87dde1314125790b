import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrationsFolder } from '../lib/paths';
import { type Database, type Db, queryRows, type Schema } from './client';

/**
 * Applies pending migrations. On PostgreSQL an advisory lock makes instances that start at the
 * same time take turns, so each migration runs once.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.withExclusiveLock(async (db) => {
    if (database.kind === 'postgres') {
      await migratePg(db as NodePgDatabase<Schema>, { migrationsFolder });
    } else {
      await migratePglite(db as PgliteDatabase<Schema>, { migrationsFolder });
    }
  });
}

const expectedMigrations = readMigrationFiles({ migrationsFolder }).length;

/** True when every migration this code ships has been applied. */
export async function isMigrated(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ applied: number }>(
    db,
    sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
  );
  return (row?.applied ?? 0) >= expectedMigrations;
}
