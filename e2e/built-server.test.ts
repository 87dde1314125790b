// What `npm start` and the container run: the server as scripts/build.mjs bundles it (its
// dependencies inside, ADR 0030), not the sources the other tests load. Started as a newcomer's
// first start (fresh embedded data, migrations applied at start), it serves the web app, the API
// docs and the API, and signs a member up (better-auth from the bundle).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../scripts/build.mjs';
import { projectRoot } from '../server/lib/paths';
import { buildRegistration, ORIGIN, sessionCookie } from '../test/factories';
import { freePort, type ServerProcess, startServerProcess } from '../test/server-process';

// Inside the project (the bundle finds the migrations and dist/web from the package.json above it),
// apart from dist/server, which `npm start` may be using.
const outdir = path.join('dist', `.test-server-${process.pid}-${randomBytes(3).toString('hex')}`);
let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  await buildServer({ outdir, quiet: true });
  dataDir = mkdtempSync(path.join(tmpdir(), 'mn-built-'));
  server = await startServerProcess(
    await freePort(),
    { NODE_ENV: 'development', DATABASE_URL: '', DATA_DIR: dataDir, DEMO_DATA: 'false', PUBLIC_URL: ORIGIN, LOG_LEVEL: 'fatal' },
    { bundle: path.join(outdir, 'server.js') },
  );
});

afterAll(async () => {
  await server?.stop();
  rmSync(path.join(projectRoot, outdir), { recursive: true, force: true });
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the built server bundle', () => {
  it('writes the server and the mail worker', () => {
    for (const entry of ['server.js', 'worker.js']) expect(existsSync(path.join(projectRoot, outdir, entry)), entry).toBe(true);
  });

  it('serves the web app with its page preloads, and the API docs', async () => {
    const page = await fetch(`${server.url}/search`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/[^"]+\.js">/);
    const docs = await fetch(`${server.url}/api/docs/json`);
    expect(docs.status).toBe(200);
    expect(Object.keys(((await docs.json()) as { paths: object }).paths)).toContain('/api/mentors');
  });

  it('signs a member up and answers their API calls', async () => {
    const signUp = await fetch(`${server.url}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify(buildRegistration({ role: 'student' })),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(201);
    const cookie = sessionCookie(signUp.headers.getSetCookie());
    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { role: string }).role).toBe('student');
    expect((await fetch(`${server.url}/api/mentors`, { headers: { cookie } })).status).toBe(200);
  });
});
