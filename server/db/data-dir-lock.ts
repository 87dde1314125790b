import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { DatabaseUnavailableError } from './errors';

/**
 * PGlite lets two processes open one folder and silently diverge. A lock file holding the
 * owner's pid makes the second process stop with a clear message; a stale lock is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new DatabaseUnavailableError(
          `The embedded database in ${dataDir} is in use by another process (pid ${owner}). ` +
            'Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.',
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseUnavailableError(`Could not lock the embedded database in ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
