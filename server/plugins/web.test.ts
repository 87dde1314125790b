import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import type { Database } from '../db/client';
import { testConfig } from '../../test/app';
import { createTestDatabase } from '../../test/database';
import { paths } from '../../web/src/lib/paths';

describe('serving the single-page app', () => {
  let app: FastifyInstance;
  let database: Database;
  let webDist: string;
  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'mn-web-'));
    mkdirSync(path.join(webDist, 'assets'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(webDist, 'assets', 'main-abc123.js'), 'console.log(1)');
    database = await createTestDatabase();
    app = await buildApp({ config: testConfig(), database, webDist });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('answers any page path with index.html, uncached, so the client router decides', async () => {
    // User names may end like a file name (jasper.bos, ruben.smit): a deep link is still a page.
    for (const url of ['/', '/search?q=law', '/members/sanne', '/members/jasper.bos', '/members/ruben.smit?tab=mentor']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: '*/*' } });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>app</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a deep link to every page of the web app with index.html, whatever its parameters look like', async () => {
    // Every URL of paths.ts, its parameters filled with values that end like file names.
    for (const sample of ['jasper.bos', 'a.b.c', 'e0b6f2a4-5d1c-4a8e-9f3b-2c7d8e9f0a1b']) {
      for (const pattern of Object.values(paths)) {
        const url = pattern.replace(/:[^/]+/g, sample);
        const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).toContain('<title>app</title>');
      }
    }
    // The client router has no page that is not in paths.ts (so none the server would answer 404):
    // its pages' paths are `paths[name]` (router.tsx's `route`, named by pages.ts), besides the catch-all.
    const router = readFileSync(new URL('../../web/src/app/router.tsx', import.meta.url), 'utf8');
    expect([...router.matchAll(/\bpath:\s*(?=\S)(?!paths\.|paths\[name\])([^,}]+)/g)].map((m) => m[1]!.trim())).toEqual(["'*'"]);
  });

  it('answers a page path in any case and with a trailing slash, as the client router does', async () => {
    for (const url of ['/Search/', '/members/sanne/', '/account/security', '/requests/abc?tab=1']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(200);
    }
  });

  it('answers a path that is no page of the app with 404, never with the app as found', async () => {
    for (const url of ['/metrics', '/metrics/', '/server-status', '/wp-admin', '/members', '/members/a/b', '/search/x', '/administrator?x=1', '/admin/members']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(404);
    }
    // The client router still shows its own not-found page to a person who mistyped.
    const mistyped = await app.inject({ method: 'GET', url: '/serach', headers: { accept: 'text/html' } });
    expect(mistyped.body).toContain('<title>app</title>');
    // /metrics is there only with METRICS_TOKEN; without it, the API's JSON 404.
    expect((await app.inject({ method: 'GET', url: '/metrics' })).json().error.code).toBe('not_found');
  });

  it('caches hashed assets for good', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/main-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing file and an unknown API path with the JSON 404', async () => {
    // An API path in any spelling is the API's: upper case, an escaped slash, a NUL (a backslash: fuzz.test.ts, over real HTTP).
    for (const url of ['/assets/gone-123.js', '/api/unknown', '/API/SITE', '/api%2Fme', '/healthz%00', '/metrics']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });
});
