import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { type Database, pgliteExtensions, wrapPglite } from '../server/db/client';
import { createPostgresDatabase } from './postgres';

/**
 * A migrated database of the test's own: on PostgreSQL when the run has DATABASE_URL, else an
 * in-memory PGlite loaded from the run's template (about a second, no initdb).
 */
export async function createTestDatabase(): Promise<Database> {
  const postgresTemplate = inject('postgresTemplate');
  if (postgresTemplate) return createPostgresDatabase(postgresTemplate);
  const tarball = new Blob([readFileSync(inject('pgliteTemplate'))]);
  const client = await PGlite.create({ loadDataDir: tarball, extensions: pgliteExtensions });
  return wrapPglite(client);
}
