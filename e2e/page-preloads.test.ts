// The built app's index.html names each page's chunks (modulepreload) from the real build's
// manifest (server/plugins/page-preloads.ts; ADR 0029). No browser: the HTML and the files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webDistFolder } from '../server/lib/paths';
import { MANIFEST_FILE, routeModuleSource, translationSource } from '../server/plugins/page-preloads';
import { PAGES } from '../web/src/app/pages';
import { paths } from '../web/src/lib/paths';
import { useApp } from './support/server';

const app = useApp();
const manifest = () => JSON.parse(readFileSync(path.join(webDistFolder, MANIFEST_FILE), 'utf8')) as Record<string, { file: string }>;

async function preloadsOf(url: string): Promise<string[]> {
  const res = await fetch(app.url + url, { headers: { accept: 'text/html', 'accept-language': 'en-GB,en;q=0.9' } });
  expect(res.status, url).toBe(200);
  return [...(await res.text()).matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1]!);
}

describe('index.html of the built app', () => {
  it('names the search page’s route chunk and its texts, every one a file of the build that the server serves', async () => {
    const preloads = await preloadsOf('/search?q=law');
    const files = manifest();
    expect(preloads).toContain(`/${files[routeModuleSource('search')]!.file}`);
    for (const namespace of ['common', 'accounts', 'mentors']) expect(preloads).toContain(`/${files[translationSource('en', namespace)]!.file}`);
    const built = new Set(Object.values(files).map(({ file }) => `/${file}`));
    for (const href of preloads) {
      expect(built.has(href), href).toBe(true);
      expect((await fetch(app.url + href)).status, href).toBe(200);
    }
  });

  it('names each page’s own route chunk', async () => {
    const files = manifest();
    for (const [name, { module }] of Object.entries(PAGES)) {
      const url = paths[name as keyof typeof paths].replace(/:[^/]+/g, 'sample');
      expect(await preloadsOf(url), url).toContain(`/${files[routeModuleSource(module)]!.file}`);
    }
  });
});
