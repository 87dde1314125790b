import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { pgliteExtensions, wrapPglite } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { dropDatabases, openPostgresDatabase } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite data folder, as a tarball: each test file loads its own copy. */
    pgliteTemplate: string;
    /** On PostgreSQL: the migrated database every test file's database is created from. */
    postgresTemplate: string | null;
  }
}

/**
 * Migrates once per run: a PGlite tarball, and with DATABASE_URL set, that database itself,
 * which then serves as the template each test file's own database is copied from.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mn-test-'));
  const client = await PGlite.create({ extensions: pgliteExtensions });
  const database = wrapPglite(client);
  await migrateDatabase(database);
  const dump = await client.dumpDataDir('none');
  const templateFile = path.join(dir, 'template.tar');
  writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', templateFile);

  const url = process.env.DATABASE_URL;
  project.provide('postgresTemplate', url ?? null);
  if (url) {
    const pg = await openPostgresDatabase(url);
    await migrateDatabase(pg);
    await pg.close();
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url) await dropDatabases(url);
  };
}
