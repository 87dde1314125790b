import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../contract/i18n';
import { PAGES, SHELL_NAMESPACES } from '../../web/src/app/pages';
import { testConfig } from '../../test/app';
import { createTestDatabase } from '../../test/database';
import { buildApp } from '../app';
import type { Database } from '../db/client';
import { acceptedLanguages, createPagePreloads, MANIFEST_FILE, routeModuleSource, translationSource } from './page-preloads';

const INDEX = '<!doctype html><html><head><title>app</title><script type="module" src="/assets/index.js"></script></head><body></body></html>';

/**
 * A build as Vite writes it: the entry with a chunk it shares with the search page, every route
 * module (the search page with a chunk of its own) and every translation file.
 */
function fakeBuild(dist: string): void {
  const manifest: Record<string, { file: string; imports?: string[] }> = {
    'index.html': { file: 'assets/index.js', imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    '_zod.js': { file: 'assets/zod.js' },
  };
  for (const { module } of Object.values(PAGES)) {
    manifest[routeModuleSource(module)] = { file: `assets/${module}.js`, imports: ['_react.js', 'index.html', ...(module === 'search' ? ['_zod.js'] : [])] };
  }
  for (const language of LANGUAGES) {
    for (const namespace of ['common', 'accounts', 'admin', 'help', 'inbox', 'mentoring', 'mentors', 'moderation', 'privacy', 'requests']) {
      manifest[translationSource(language, namespace)] = { file: `assets/${language}-${namespace}.js` };
    }
  }
  mkdirSync(path.join(dist, '.vite'), { recursive: true });
  writeFileSync(path.join(dist, MANIFEST_FILE), JSON.stringify(manifest));
  writeFileSync(path.join(dist, 'index.html'), INDEX);
}

const preloadsIn = (html: string) => [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1]);

describe('index.html names the page’s code and texts (modulepreload)', () => {
  let app: FastifyInstance;
  let database: Database;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'mn-preloads-'));
    fakeBuild(dist);
    database = await createTestDatabase();
    app = await buildApp({ config: testConfig({ DEFAULT_LANGUAGE: 'nl' }), database, webDist: dist });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    rmSync(dist, { recursive: true, force: true });
  });
  const page = (url: string, acceptLanguage?: string) =>
    app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) } });

  it('names the search page’s chunks and its texts in the browser’s language, texts first, none the entry already loads', async () => {
    const res = await page('/search?q=law', 'en-GB,en;q=0.9,nl;q=0.8');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(preloadsIn(res.body)).toEqual(['/assets/en-common.js', '/assets/en-accounts.js', '/assets/en-mentors.js', '/assets/search.js', '/assets/zod.js']);
    // In the head, after the entry script: the entry keeps its place in the queue.
    expect(res.body.indexOf('modulepreload')).toBeGreaterThan(res.body.indexOf('/assets/index.js'));
    expect(res.body.indexOf('modulepreload')).toBeLessThan(res.body.indexOf('</head>'));
  });

  it('takes the language the client will read: the browser’s best supported one, else the site’s default', async () => {
    expect(preloadsIn((await page('/inbox', 'de-DE,nl;q=0.5,en;q=0.4')).body)).toEqual(['/assets/nl-common.js', '/assets/nl-accounts.js', '/assets/nl-inbox.js', '/assets/inbox.js']);
    expect(preloadsIn((await page('/inbox', 'fr')).body)[0]).toBe('/assets/nl-common.js');
    expect(preloadsIn((await page('/Inbox/')).body)[0]).toBe('/assets/nl-common.js');
  });

  it('names each page’s own route module, a deep link included', async () => {
    expect(preloadsIn((await page('/members/jasper.bos', 'en')).body)).toContain('/assets/member.js');
    expect(preloadsIn((await page('/admin/audit-log', 'en')).body)).toEqual([...SHELL_NAMESPACES, 'admin'].map((namespace) => `/assets/en-${namespace}.js`).concat('/assets/admin.js'));
    expect(preloadsIn((await page('/', 'en')).body)).toEqual(['/assets/en-common.js', '/assets/en-accounts.js', '/assets/home.js']);
  });

  it('names nothing on a path that is no page (the client shows its not-found page)', async () => {
    const res = await page('/serach', 'en');
    expect(res.statusCode).toBe(404);
    expect(res.body).toBe(INDEX);
  });

  it('refuses to start on a build whose manifest lacks a page’s module', () => {
    const broken = mkdtempSync(path.join(tmpdir(), 'mn-preloads-broken-'));
    try {
      fakeBuild(broken);
      writeFileSync(path.join(broken, MANIFEST_FILE), JSON.stringify({ 'index.html': { file: 'assets/index.js' } }));
      expect(() => createPagePreloads(broken, 'en')).toThrow(/manifest has no src\/i18n\/locales\/en\/common\.json/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('leaves index.html as built when the build has no manifest', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'mn-preloads-bare-'));
    try {
      writeFileSync(path.join(bare, 'index.html'), INDEX);
      expect(createPagePreloads(bare, 'en')).toBeUndefined();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('acceptedLanguages', () => {
  it('orders the Accept-Language header by weight, keeping the order of equals, without refused or wildcard tags', () => {
    expect(acceptedLanguages('nl;q=0.5, en-GB, de;q=0.9, fr;q=0, *;q=0.1, en')).toEqual(['en-GB', 'en', 'de', 'nl']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });
});
