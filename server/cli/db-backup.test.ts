import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { buildApp } from '../app';
import { openDatabase, pgliteExtensions, wrapPglite } from '../db/client';
import { isMigrated } from '../db/migrate';
import { users } from '../db/schema';
import { projectRoot } from '../lib/paths';
import { testConfig } from '../../test/app';
import { createMember } from '../../test/factories';
import { BackupError, backupDataDir, restoreDataDir } from './db-backup';

/** Who is in the embedded database in `dataDir` (opened as the server opens it, lock and all). */
async function emailsIn(dataDir: string): Promise<{ emails: string[]; migrated: boolean }> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const rows = await database.db.select({ email: users.email }).from(users);
    return { emails: rows.map((row) => row.email), migrated: await isMigrated(database.db) };
  } finally {
    await database.close();
  }
}

const runScript = async (script: string, args: string[], env: Record<string, string>) => {
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [path.join('scripts', script), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('backing up and restoring the embedded database', { timeout: 120_000 }, () => {
  let root: string;
  let source: string;
  let memberEmail: string;
  const folder = (name: string) => path.join(root, name);

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'mn-backup-'));
    source = folder('source');
    mkdirSync(source);
    // A data folder as the server leaves it: loaded from the run's migrated template, then a member registered through the API.
    const client = await PGlite.create({
      dataDir: path.join(source, 'pglite'),
      loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]),
      extensions: pgliteExtensions,
    });
    const database = wrapPglite(client);
    const config = testConfig();
    const app = await buildApp({ config, database, webDist: false });
    const member = await createMember({ app, database, config, close: async () => {} });
    memberEmail = member.input.email;
    await app.close();
    await database.close();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('restores a backup into a fresh folder, where the data is found', async () => {
    const file = path.join(root, 'backup.tar.gz');
    const bytes = await backupDataDir(source, file);
    expect(bytes).toBeGreaterThan(0);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(existsSync(`${file}.partial`)).toBe(false);

    const fresh = folder('fresh');
    expect(await restoreDataDir(fresh, file)).toEqual({ replacedFolder: undefined, migrated: true });
    const found = await emailsIn(fresh);
    expect(found.emails).toContain(memberEmail);
    expect(found.migrated).toBe(true);
  });

  it('refuses while a server holds the folder', async () => {
    const busy = folder('busy');
    await restoreDataDir(busy, path.join(root, 'backup.tar.gz'));
    // The lock names another live process (this test's parent), as a running server's would.
    writeFileSync(path.join(busy, 'pglite.lock'), String(process.ppid));
    await expect(backupDataDir(busy, path.join(root, 'busy.tar.gz'))).rejects.toThrow(/in use by another process/);
    await expect(restoreDataDir(busy, path.join(root, 'backup.tar.gz'), { replace: true })).rejects.toThrow(/in use by another process/);
    expect(existsSync(path.join(root, 'busy.tar.gz'))).toBe(false);
    rmSync(path.join(busy, 'pglite.lock'));
  });

  it('refuses to restore over a database unless told to replace it, and then keeps the old one aside', async () => {
    const target = folder('target');
    const backup = path.join(root, 'backup.tar.gz');
    await restoreDataDir(target, backup);
    // A change after the backup, which the restore takes back.
    const database = await openDatabase({ kind: 'pglite', dataDir: target });
    await database.db.update(users).set({ email: 'changed-after-backup@test.example' }).where(eq(users.email, memberEmail));
    await database.close();

    await expect(restoreDataDir(target, backup)).rejects.toThrow(BackupError);
    await expect(restoreDataDir(target, backup)).rejects.toThrow(/already holds a database.*--replace/);
    expect((await emailsIn(target)).emails).toContain('changed-after-backup@test.example');

    const result = await restoreDataDir(target, backup, { replace: true, now: new Date('2026-12-07T10:00:00Z') });
    expect(result.replacedFolder).toBe(path.join(target, 'pglite.replaced-2026-12-07T10-00-00-000Z'));
    expect((await emailsIn(target)).emails).toContain(memberEmail);
    expect(readdirSync(result.replacedFolder!).length).toBeGreaterThan(0);
  });

  it('leaves the folder as it was when the file is no backup', async () => {
    const target = folder('garbage');
    const garbage = path.join(root, 'garbage.tar.gz');
    writeFileSync(garbage, 'this is not a tarball');
    await expect(restoreDataDir(target, garbage)).rejects.toThrow(/Could not restore/);
    expect(existsSync(path.join(target, 'pglite'))).toBe(false);
    await expect(restoreDataDir(target, path.join(root, 'missing.tar.gz'))).rejects.toThrow(/No backup file/);
  });

  it('npm run db:backup and db:restore do the same from the command line, and point PostgreSQL to pg_dump', async () => {
    const file = path.join(root, 'cli.tar.gz');
    const backup = await runScript('db-backup.ts', [file], { DATA_DIR: source });
    expect(backup, backup.stderr).toMatchObject({ code: 0 });
    expect(backup.stdout).toContain(`Backed up ${source} to ${file}`);
    const restored = folder('cli-restored');
    const restore = await runScript('db-restore.ts', [file], { DATA_DIR: restored });
    expect(restore, restore.stderr).toMatchObject({ code: 0 });
    expect((await emailsIn(restored)).emails).toContain(memberEmail);

    const again = await runScript('db-restore.ts', [file], { DATA_DIR: restored });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--replace');
    const missing = await runScript('db-backup.ts', [], { DATA_DIR: source });
    expect(missing.code).toBe(2);
    const postgres = await runScript('db-backup.ts', [file], { DATA_DIR: source, DATABASE_URL: 'postgres://x@127.0.0.1:1/none' });
    expect(postgres.code).toBe(1);
    expect(postgres.stderr).toContain('pg_dump --format=custom');
  });
});
