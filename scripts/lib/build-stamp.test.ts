import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { needsBuild } from './build-stamp.mjs';

describe('whether `npm start` builds first', () => {
  let root: string;
  const write = (file: string, ageS: number) => {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '');
    const at = Date.now() / 1000 - ageS;
    utimesSync(full, at, at);
  };
  const touch = (file: string) => write(file, 0);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'mn-build-stamp-'));
    for (const file of ['server/app.ts', 'server/app.test.ts', 'contract/errors.ts', 'web/src/main.tsx', 'package.json', 'package-lock.json', 'vite.config.ts']) write(file, 100);
    // Folders get the time their entries last changed: older than the build too.
    for (const folder of ['server', 'contract', 'web', 'web/src']) utimesSync(path.join(root, folder), Date.now() / 1000 - 100, Date.now() / 1000 - 100);
    write('dist/.build-stamp', 10);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds the first time, and not again while nothing changed', () => {
    expect(needsBuild(root)).toBe(false);
    rmSync(path.join(root, 'dist', '.build-stamp'));
    expect(needsBuild(root)).toBe(true);
  });

  it.each(['server/app.ts', 'web/src/main.tsx', 'contract/errors.ts', 'package.json', 'vite.config.ts'])('builds when %s changed', (file) => {
    touch(file);
    expect(needsBuild(root)).toBe(true);
  });

  it('builds when the installed dependencies changed (package-lock.json): they are in the bundle', () => {
    touch('package-lock.json');
    expect(needsBuild(root)).toBe(true);
  });

  it('does not build for a changed test', () => {
    touch('server/app.test.ts');
    utimesSync(path.join(root, 'server'), Date.now() / 1000 - 100, Date.now() / 1000 - 100);
    expect(needsBuild(root)).toBe(false);
  });
});
