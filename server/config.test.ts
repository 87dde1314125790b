import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mn-config-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('gives a newcomer working defaults: port 3000, embedded database, demo data, English', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      publicUrl: 'http://localhost:3000',
      database: { kind: 'pglite', dataDir: dir },
      demoData: true,
      defaultLanguage: 'en',
      runWorker: true,
    });
  });

  it('generates a development secret once and keeps it in the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).authSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8').trim()).toBe(first);
    expect(loadConfig({ DATA_DIR: dir }).authSecret).toBe(first);
  });

  it('requires AUTH_SECRET in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/mn' })).toThrow(
      /AUTH_SECRET: required in production/,
    );
  });

  it('starts PostgreSQL and production without demo data', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1/mn', DATA_DIR: dataDir() });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1/mn' });
    expect(config.demoData).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration — PORT: /],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL: must start with postgres/],
    [{ ACCENT_COLOR: 'blue' }, /ACCENT_COLOR: must be a colour like #001158/],
    [{ DEFAULT_LANGUAGE: 'de' }, /DEFAULT_LANGUAGE: /],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL: must start with smtp/],
  ])('refuses %o with one line naming the variable', (env, message) => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: dataDir(), ...env });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
