import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions, wrapPglite } from '../db/client';
import { acquireDataDirLock } from '../db/data-dir-lock';
import { isMigrated } from '../db/migrate';

/**
 * Backup and restore of the embedded database (PGlite) in DATA_DIR, as one gzipped tarball of its
 * data folder (PGlite's own dumpDataDir / loadDataDir). Both take the data folder's lock first, so
 * they refuse to run while a server or another script has the folder open: a copy taken under a
 * running server could be torn, and a restore under one would be overwritten by it.
 */

export class BackupError extends Error {
  override name = 'BackupError';
}

const databaseFolder = (dataDir: string) => path.join(dataDir, 'pglite');
const holdsDatabase = (folder: string) => existsSync(folder) && readdirSync(folder).length > 0;

/** Writes the embedded database in `dataDir` to `file` (a .tar.gz); returns its size in bytes. */
export async function backupDataDir(dataDir: string, file: string): Promise<number> {
  const folder = databaseFolder(dataDir);
  if (!holdsDatabase(folder)) throw new BackupError(`There is no embedded database in ${dataDir} to back up.`);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir: folder, extensions: pgliteExtensions });
    let dump: Blob;
    try {
      dump = await client.dumpDataDir('gzip');
    } finally {
      await client.close();
    }
    const bytes = Buffer.from(await dump.arrayBuffer());
    // Written beside the target, then renamed: a failed or interrupted backup leaves no half file under its name.
    const partial = `${file}.partial`;
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return bytes.length;
  } finally {
    release();
  }
}

export interface RestoreResult {
  /** Where the database that was there before now lies, when `replace` moved one aside. */
  replacedFolder?: string;
  /** Whether the restored database carries every migration of this version (else the server applies the rest at start). */
  migrated: boolean;
}

/**
 * Loads the backup `file` into `dataDir`. A folder that already holds a database is refused unless
 * `replace` is set; then the old database is moved aside (pglite.replaced-<time>), not deleted.
 */
export async function restoreDataDir(dataDir: string, file: string, options: { replace?: boolean; now?: Date } = {}): Promise<RestoreResult> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupError(`No backup file at ${file}.`);
  const folder = databaseFolder(dataDir);
  const release = acquireDataDirLock(dataDir);
  try {
    let replacedFolder: string | undefined;
    if (holdsDatabase(folder)) {
      if (!options.replace) {
        throw new BackupError(`${dataDir} already holds a database. Restore into an empty DATA_DIR, or pass --replace to move the current one aside.`);
      }
      const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
      replacedFolder = `${folder}.replaced-${stamp}`;
      renameSync(folder, replacedFolder);
    }
    try {
      const client = await PGlite.create({ dataDir: folder, loadDataDir: new Blob([readFileSync(file)]), extensions: pgliteExtensions });
      const database = wrapPglite(client);
      try {
        return { replacedFolder, migrated: await isMigrated(database.db) };
      } finally {
        await database.close();
      }
    } catch (error) {
      // Leave the folder as it was: no half-loaded database, the replaced one back in its place.
      rmSync(folder, { recursive: true, force: true });
      if (replacedFolder) renameSync(replacedFolder, folder);
      const reason = error instanceof Error ? error.message : String(error);
      throw new BackupError(`Could not restore ${file}: ${reason}. Is it a backup made by npm run db:backup?`);
    }
  } finally {
    release();
  }
}
