// The web rows of `npm run bench`: the first page's JS + CSS (gzip), and the search page's Largest
// Contentful Paint against a static page that holds the same result HTML, in headless Chromium.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../server/app';
import { projectRoot, webDistFolder } from '../server/lib/paths';
import { seedMembers } from '../server/seed/members';
import { createBenchPglite } from './lib/databases';
import { formatTable, median, ms } from './lib/stats';
import { benchAppConfig } from './lib/app-config';

const TARGET = { firstPageKb: 150, lcpRatio: 2 };
const MENTORS = 2_000;
const SEARCH_PATH = '/search';
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type ViewportName = keyof typeof VIEWPORTS;

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** The JS and CSS an HTML page names: its entry script, the modules it preloads, its stylesheets. */
function assetsNamedIn(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1]!);
  return [...new Set(urls)].filter((url) => url.startsWith('/assets/'));
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Records the last Largest Contentful Paint candidate, and what it was, before the page's own scripts run. */
const OBSERVE_LCP = `
  window.__lcp = { time: 0, element: '' };
  new PerformanceObserver((list) => {
    const entry = list.getEntries().at(-1);
    const el = entry.element;
    window.__lcp = { time: entry.startTime, element: el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"' : '?' };
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

interface Lcp {
  time: number;
  element: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Serves one HTML page and the built assets, as a plain static server would. */
function staticServer(html: string, webDist: string): Promise<{ url: string; server: Server }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    if (pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    try {
      const body = readFileSync(path.join(webDist, path.normalize(pathname)));
      response.writeHead(200, { 'content-type': types[path.extname(pathname)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server })));
}

export interface WebBenchOptions {
  log: (message: string) => void;
  runs?: number;
}

export interface WebBenchResult {
  /** The report's section. */
  section: string;
  /** JS + CSS that index.html loads, gzip. */
  firstPageKb: number;
  /** Median LCP of the search page and of a static page with the same result HTML, in ms. */
  lcpMs: { app: number; static: number };
  runs: number;
}

/** Builds the web app and measures it. */
export async function benchWeb({ log, runs = 7 }: WebBenchOptions): Promise<WebBenchResult> {
  // BENCH_WEB_DIST measures another build (of another commit, say) instead of building this one.
  const webDist = process.env.BENCH_WEB_DIST ?? webDistFolder;
  if (process.env.BENCH_WEB_DIST) log(`\nweb: measuring the build in ${webDist}`);
  else {
    log('\nweb: building the app (vite)');
    await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
  }
  // The first page of a newcomer is index.html as built: the entry and what it preloads. The server
  // adds each page's own chunks and texts to it (server/plugins/page-preloads.ts), reported apart.
  const assets = assetsNamedIn(readFileSync(path.join(webDist, 'index.html'), 'utf8')).map((url) => ({ url, gzip: gzipBytes(path.join(webDist, url)) }));
  const firstPage = assets.reduce((sum, asset) => sum + asset.gzip, 0);
  const gzipOfAll = (urls: readonly string[]) => urls.reduce((sum, url) => sum + gzipBytes(path.join(webDist, url)), 0);

  log(`web: seeding ${MENTORS} mentors in PGlite`);
  const bench = await createBenchPglite();
  let browser: Browser | undefined;
  let fixture: Server | undefined;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = await (async () => {
    await seedMembers(bench.database.db, { count: MENTORS });
    const config = benchAppConfig(base);
    return buildApp({ config, database: bench.database, webDist, logger: false });
  })();
  try {
    await app.listen({ port, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // Registering from a browser context leaves its session cookie there, to hand to every signed-in run.
    const registering = await browser.newContext();
    const id = randomBytes(3).toString('hex');
    const signUp = await registering.request.post(`${base}/api/auth/sign-up/email`, {
      headers: { origin: base },
      data: {
        role: 'student',
        firstName: 'Bench',
        familyName: 'Browser',
        dateOfBirth: '2002-02-02',
        username: `web.${id}`,
        email: `web.${id}@example.org`,
        password: 'bench-password-that-is-long',
        studyProgramme: 'Psychology',
        startYear: 2022,
      },
    });
    if (signUp.status() !== 201) throw new Error(`sign-up failed: ${signUp.status()} ${await signUp.text()}`);
    const signedIn = await registering.storageState();
    await registering.close();
    const open = async (viewport: ViewportName, isSignedIn: boolean) => {
      const context = await browser!.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-GB', ...(isSignedIn ? { storageState: signedIn } : {}) });
      await context.addInitScript(OBSERVE_LCP);
      return context;
    };
    /** Opens a page in a fresh context, waits for the first result and a quiet moment, and reads LCP. */
    const measure = async (url: string, viewport: ViewportName, isSignedIn: boolean) => {
      const context = await open(viewport, isSignedIn);
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (type === 'script' || type === 'stylesheet') loaded.push(new URL(response.url()).pathname);
      });
      await page.goto(url);
      const firstResult = page.locator('.mentor-list > li').first();
      await firstResult.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(400);
      const lcp = (await page.evaluate('window.__lcp')) as Lcp;
      // BENCH_WEB_TRACE=1: when each file and call started and ended, to see what the page waits for.
      if (process.env.BENCH_WEB_TRACE && isSignedIn) {
        const entries = (await page.evaluate(() =>
          [...performance.getEntriesByType('resource'), ...performance.getEntriesByType('paint')].map((entry) => [
            entry.name.replace(location.origin, ''),
            Math.round(entry.startTime),
            Math.round((entry as PerformanceResourceTiming).responseEnd ?? entry.startTime),
          ]),
        )) as [string, number, number][];
        log(`trace ${url} (LCP ${Math.round(lcp.time)} ms, ${lcp.element}):\n${entries.map(([name, start, end]) => `  ${String(start).padStart(5)} → ${String(end).padStart(5)}  ${name}`).join('\n')}`);
      }
      const top = await firstResult.evaluate((element) => Math.round(element.getBoundingClientRect().top));
      const html = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((element) => element.remove());
        return `<!doctype html>${copy.outerHTML}`;
      });
      await context.close();
      return { lcp, top, html, loaded };
    };

    /** The JS + CSS index.html names as the server sends it for a page, in English. */
    const servedFor = async (pagePath: string) => {
      const response = await fetch(base + pagePath, { headers: { accept: 'text/html', 'accept-language': 'en-GB,en;q=0.9' } });
      return gzipOfAll(assetsNamedIn(await response.text()));
    };
    const served = { home: await servedFor('/'), search: await servedFor(SEARCH_PATH) };

    log(`web: LCP of ${SEARCH_PATH}, ${runs} runs each against a static page with the same HTML`);
    const app0 = await measure(base + SEARCH_PATH, 'desktop', true);
    const phone = await measure(base + SEARCH_PATH, 'phone', true);
    const { url: staticUrl, server } = await staticServer(app0.html, webDist);
    fixture = server;
    const searchBytes = gzipOfAll([...new Set(app0.loaded)].filter((url) => url.startsWith('/assets/')));
    const appTimes: number[] = [];
    const staticTimes: number[] = [];
    const elements = new Map<string, number>();
    for (let run = 0; run < runs; run += 1) {
      const measured = await measure(base + SEARCH_PATH, 'desktop', true);
      appTimes.push(measured.lcp.time);
      elements.set(measured.lcp.element, (elements.get(measured.lcp.element) ?? 0) + 1);
      staticTimes.push((await measure(staticUrl, 'desktop', false)).lcp.time);
    }
    const ratio = median(appTimes) / median(staticTimes);
    const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
    const element = [...elements.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '?';
    const section = [
      `Web (load average ${load()}): the built app, ${MENTORS} mentors in PGlite, headless Chromium, desktop 1280×800.`,
      '',
      formatTable(
        ['first page (index.html)', 'gzip KB'],
        [...assets.map((asset) => [asset.url.replace('/assets/', ''), kb(asset.gzip)]), ['total', kb(firstPage)]],
      ),
      '',
      formatTable(
        ['page', 'LCP median', 'LCP min', 'LCP max', 'runs'],
        [
          [`${SEARCH_PATH} (the app, signed in)`, ms(median(appTimes)), ms(Math.min(...appTimes)), ms(Math.max(...appTimes)), String(runs)],
          ['static page, same result HTML', ms(median(staticTimes)), ms(Math.min(...staticTimes)), ms(Math.max(...staticTimes)), String(runs)],
        ],
      ),
      '',
      `LCP element on ${SEARCH_PATH}: ${element}. First result's top: desktop y=${app0.top}, phone y=${phone.top} (viewport heights ${VIEWPORTS.desktop.height} and ${VIEWPORTS.phone.height}).`,
      `JS + CSS index.html names as served with a page's own chunks and texts (gzip): for / ${kb(served.home)} KB, for ${SEARCH_PATH} ${kb(served.search)} KB.`,
      `JS + CSS the search page loaded in all (gzip): ${kb(searchBytes)} KB.`,
      '',
      `Web targets: first-page JS + CSS ≤ ${TARGET.firstPageKb} KB gzip — ${kb(firstPage)} KB ${mark(firstPage / 1000 <= TARGET.firstPageKb)}; ` +
        `search LCP ≤ ${TARGET.lcpRatio}× the static page — ${ms(median(appTimes))} ÷ ${ms(median(staticTimes))} ms = ${ratio.toFixed(2)}× ${mark(ratio <= TARGET.lcpRatio)}` +
        ` (load average after: ${load()})`,
    ].join('\n');
    return { section, firstPageKb: firstPage / 1000, lcpMs: { app: median(appTimes), static: median(staticTimes) }, runs };
  } finally {
    await browser?.close();
    fixture?.close();
    await app.close().catch(() => {});
    await bench.destroy();
  }
}
