// Cold start in `npm run bench`: the real server on existing embedded data (PGlite in a data folder
// made and migrated by a first, unmeasured start) against a bare Fastify process answering /healthz.
// Each start is timed from spawn to the first 200 from /healthz and from /readyz, with and without
// `npm` in front; runs alternate between the kinds, and the median of each is reported. Beside them,
// the floor: a process that only opens the same data with PGlite and then answers.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/server-process';
import { formatTable, median } from './lib/stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Cold start ÷ bare Fastify, with the same thing (npm or not) in front of both. */
export const START_TARGET = 5;

export type StartKind = 'bare' | 'bare-npm' | 'pglite' | 'server' | 'server-npm';

/** How each kind is started; `npm exec` is what puts npm in front of the bare process. */
const LABELS: Record<StartKind, string> = {
  bare: 'bare Fastify (node)',
  'bare-npm': 'bare Fastify (npm exec node)',
  pglite: 'PGlite.create alone on the same data, then node:http (node)',
  server: 'server on existing PGlite data (node scripts/start.mjs)',
  'server-npm': 'server on existing PGlite data (npm start)',
};

const BARE_FASTIFY = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/healthz', async () => ({ status: 'ok' }));
app.get('/readyz', async () => ({ status: 'ready' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
`;

/** What no start of the server can beat: PGlite opening the data folder as the server does (ADR 0030). */
const PGLITE_ALONE = `
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
const db = await PGlite.create({ dataDir: process.env.DATA_DIR + '/pglite', extensions: { pg_trgm } });
const server = createServer((request, response) => response.end('{"status":"ok"}'));
server.listen(Number(process.env.PORT), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => db.close().then(() => process.exit(0))));
`;

export interface StartTiming {
  healthzMs: number;
  readyzMs: number;
}

export interface StartResult {
  runs: number;
  timings: Record<StartKind, StartTiming[]>;
  loadBefore: number;
  loadAfter: number;
}

function command(kind: StartKind): [string, string[]] {
  switch (kind) {
    case 'bare':
      return [process.execPath, ['--input-type=module', '-e', BARE_FASTIFY]];
    case 'bare-npm':
      return ['npm', ['exec', '--offline', '--', 'node', '--input-type=module', '-e', BARE_FASTIFY]];
    case 'pglite':
      return [process.execPath, ['--input-type=module', '-e', PGLITE_ALONE]];
    case 'server':
      return [process.execPath, ['scripts/start.mjs']];
    case 'server-npm':
      return ['npm', ['start', '--silent']];
  }
}

async function until(url: string, child: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the process exited (${child.exitCode}) before ${url} answered`);
    const ok = await fetch(url).then((res) => res.ok, () => false);
    if (ok) return performance.now() - started;
    if (performance.now() - started > 120_000) throw new Error(`${url} did not answer within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const gone = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  // The whole process group (npm, its shell and the server): the server shuts down cleanly and
  // frees the data folder before the next start.
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const force = setTimeout(() => signal('SIGKILL'), 15_000);
  await gone;
  // npm may exit before the server it started has closed the database.
  for (;;) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  clearTimeout(force);
}

/** Starts one process of `kind`, times /healthz and /readyz, and stops it. */
async function startOnce(kind: StartKind, dataDir: string): Promise<StartTiming> {
  const port = await freePort();
  const [file, args] = command(kind);
  const started = performance.now();
  const child = spawn(file, args, {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // What `npm start` runs with (scripts/start.mjs sets development), quieter.
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  try {
    const base = `http://127.0.0.1:${port}`;
    const healthzMs = await until(`${base}/healthz`, child, started);
    const readyzMs = await until(`${base}/readyz`, child, started);
    return { healthzMs, readyzMs };
  } catch (error) {
    throw new Error(`${LABELS[kind]}: ${(error as Error).message}\n${stderr}`);
  } finally {
    await stop(child);
  }
}

/** Builds the app if its sources changed (as `npm start` would), makes the data folder, then measures. */
export async function benchStart(options: { runs?: number; log?: (message: string) => void } = {}): Promise<StartResult> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  log('cold start: building the app if needed and creating embedded data (first start, unmeasured)');
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mn-bench-start-'));
  try {
    // The first start runs initdb, the migrations and the demo community: "existing data" after it.
    await startOnce('server', dataDir);
    const kinds: StartKind[] = ['bare', 'pglite', 'server', 'bare-npm', 'server-npm'];
    const timings = Object.fromEntries(kinds.map((kind) => [kind, [] as StartTiming[]])) as Record<StartKind, StartTiming[]>;
    const loadBefore = loadavg()[0]!;
    for (let run = 0; run < runs; run++) {
      for (const kind of kinds) timings[kind].push(await startOnce(kind, dataDir));
      log(`cold start: round ${run + 1} of ${runs} done`);
    }
    return { runs, timings, loadBefore, loadAfter: loadavg()[0]! };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;

/** The median time of one kind of start to /healthz or /readyz. */
export const startMedianMs = (result: StartResult, kind: StartKind, key: keyof StartTiming): number =>
  median(result.timings[kind].map((timing) => timing[key]));

/** The report's section for the cold start. */
export function reportStart(result: StartResult): string {
  const med = (kind: StartKind, key: keyof StartTiming) => startMedianMs(result, kind, key);
  const rows = (Object.keys(LABELS) as StartKind[]).map((kind) => [LABELS[kind], seconds(med(kind, 'healthzMs')), seconds(med(kind, 'readyzMs'))]);
  const ratio = (server: StartKind, bare: StartKind, key: keyof StartTiming) => med(server, key) / med(bare, 'healthzMs');
  const mark = (value: number) => `${value.toFixed(2)}× ${value <= START_TARGET ? 'met' : 'MISSED'}`;
  return [
    `Cold start: median of ${result.runs} starts each, from spawn to the first 200. Load average ${result.loadBefore.toFixed(2)} before, ${result.loadAfter.toFixed(2)} after.`,
    '',
    formatTable(['process', '/healthz', '/readyz'], rows),
    '',
    formatTable(
      ['server ÷ bare Fastify (target ≤ 5×)', 'node ÷ node', 'npm start ÷ npm exec node', 'npm start ÷ node'],
      (['healthzMs', 'readyzMs'] as const).map((key) => [
        key === 'healthzMs' ? 'to /healthz' : 'to /readyz',
        mark(ratio('server', 'bare', key)),
        mark(ratio('server-npm', 'bare-npm', key)),
        mark(ratio('server-npm', 'bare', key)),
      ]),
    ),
    '',
    `The floor, PGlite.create alone ÷ bare Fastify (node): ${(med('pglite', 'healthzMs') / med('bare', 'healthzMs')).toFixed(2)}×; the server to /readyz ÷ PGlite.create alone: ${(med('server', 'readyzMs') / med('pglite', 'healthzMs')).toFixed(2)}×.`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 5);
  const result = await benchStart({ runs, log: (message) => process.stderr.write(`${message}\n`) });
  console.log(reportStart(result));
}
