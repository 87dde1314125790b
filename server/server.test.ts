import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './lib/paths';

/** Starts the real server entry point the way `npm start` does, and returns how it ended. */
function start(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mn-start-'));
  try {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    return { status: result.status, stderr: result.stderr.trim() };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('starting the server with a bad configuration', { timeout: 60_000 }, () => {
  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration — PORT: /],
    [{ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, /^Cannot connect to DATABASE_URL \(postgres:\/\/postgres@127\.0\.0\.1:1\/none\): /],
    [{ NODE_ENV: 'production' }, /^Invalid configuration — AUTH_SECRET: required in production/],
  ])('%o stops it with exit code 1 and one clear line, no stack trace', (env, message) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(1);
  });
});
