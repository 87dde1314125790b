import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './data-dir-lock';
import { DatabaseUnavailableError } from './errors';

describe('the embedded database folder lock', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const lockFile = () => path.join(dir, 'pglite.lock');

  it('stops a second process with a clear message while the first one lives', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mn-lock-'));
    // The parent of this test process is alive for sure: it stands in for the first server.
    writeFileSync(lockFile(), String(process.ppid));
    expect(() => acquireDataDirLock(dir)).toThrow(DatabaseUnavailableError);
    expect(() => acquireDataDirLock(dir)).toThrow(`in use by another process (pid ${process.ppid})`);
  });

  it('takes over the lock of a process that is gone, and releases it', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mn-lock-'));
    writeFileSync(lockFile(), '2147483646');
    const release = acquireDataDirLock(dir);
    expect(existsSync(lockFile())).toBe(true);
    release();
    expect(existsSync(lockFile())).toBe(false);
  });
});
