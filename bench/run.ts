// `npm run bench`: seeds its own databases, measures, prints a table, removes the databases.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createProgressBar, formatCount } from '../scripts/lib/progress-bar';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { seedMembers } from '../server/seed/members';
import { type BenchDatabase, createBenchPglite, createBenchPostgres } from './lib/databases';
import { createHttpClient, type HttpClient } from './lib/http';
import { formatTable, median, ms, percentile } from './lib/stats';
import { type AcceptRaceResult, benchAcceptRace, reportAcceptRace } from './accept-race';
import { benchInbox, type InboxRow, reportInbox } from './inbox';
import { FLOOR_PATHS, measureFloor } from './overhead';
import { benchSearch, type Endpoint, ENDPOINTS, QUERY_KINDS, type Sample } from './search';
import { benchWeb } from './web';

const usage = `Usage: npm run bench -- [--mentors N] [--queries N] [--warmup N] [--databases postgres,pglite] [--suites search,inbox,web] [--inbox-calls N]

  --mentors N     mentors to seed in each database (default 100,000)
  --queries N     search queries to measure, each over HTTP and bare (default 200)
  --warmup N      other queries run each way first, unmeasured (default 1,000)
  --databases     which to run, comma-separated (default postgres,pglite)
  --suites        what to measure, comma-separated (default search,inbox,web; search includes the accept race; web builds the app and measures it in Chromium)
  --inbox-calls   calls per inbox row (default 100)

PostgreSQL: a database of its own is created and dropped on BENCH_POSTGRES_URL's server
(default postgres://postgres@127.0.0.1:5432/postgres). PGlite: a temporary folder, removed after.`;

const KINDS = ['postgres', 'pglite'] as const;
const SUITES = ['search', 'inbox', 'web'] as const;
type Kind = (typeof KINDS)[number];
const TARGET = { ratio: 1.3, sqlP95: 15 };
/** Queries each way before measuring an endpoint after the first. */
const OWN_WARMUP = 30;

function options() {
  const { values } = parseArgs({
    options: {
      mentors: { type: 'string', default: '100000' },
      queries: { type: 'string', default: '200' },
      warmup: { type: 'string', default: '1000' },
      databases: { type: 'string', default: KINDS.join(',') },
      suites: { type: 'string', default: SUITES.join(',') },
      'inbox-calls': { type: 'string', default: '100' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const count = (name: string, value: string) => {
    const number = Number(value.replaceAll('_', ''));
    if (!Number.isInteger(number) || number < 1) {
      console.error(`${name} must be a whole number above 0, not '${value}'.\n\n${usage}`);
      process.exit(2);
    }
    return number;
  };
  const databases = values.databases.split(',').map((name) => name.trim()) as Kind[];
  if (databases.some((name) => !KINDS.includes(name))) {
    console.error(`--databases takes postgres and/or pglite, not '${values.databases}'.\n\n${usage}`);
    process.exit(2);
  }
  const suites = values.suites.split(',').map((name) => name.trim()) as Array<(typeof SUITES)[number]>;
  if (suites.some((name) => !SUITES.includes(name))) {
    console.error(`--suites takes search, inbox and/or web, not '${values.suites}'.\n\n${usage}`);
    process.exit(2);
  }
  return {
    suites,
    inboxCalls: count('--inbox-calls', values['inbox-calls']),
    mentors: count('--mentors', values.mentors),
    queries: count('--queries', values.queries),
    warmup: count('--warmup', values.warmup),
    databases,
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

interface RunResult {
  kind: Kind;
  where: string;
  seedSeconds: number;
  samples: Record<Endpoint, Sample[]>;
  floor: Record<string, number[]>;
}

async function signUp(http: HttpClient, origin: string): Promise<string> {
  const id = randomBytes(3).toString('hex');
  const res = await http.postJson(
    '/api/auth/sign-up/email',
    {
      role: 'student',
      firstName: 'Bench',
      familyName: 'Searcher',
      dateOfBirth: '2002-02-02',
      username: `bench.${id}`,
      email: `bench.${id}@example.org`,
      password: 'bench-password-that-is-long',
      studyProgramme: 'Psychology',
      startYear: 2022,
    },
    { origin },
  );
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.json)}`);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

async function runOn(kind: Kind, settings: ReturnType<typeof options>, cleanup: Set<() => Promise<void>>): Promise<RunResult> {
  log(`\n${kind}: creating and migrating a database of its own`);
  const bench: BenchDatabase = kind === 'postgres' ? await createBenchPostgres() : await createBenchPglite();
  let app: FastifyInstance | undefined;
  let http: HttpClient | undefined;
  const teardown = async () => {
    http?.close();
    await app?.close().catch(() => {});
    await bench.destroy();
  };
  cleanup.add(teardown);
  try {
    log(`${kind}: seeding ${formatCount(settings.mentors)} mentors (${bench.where})`);
    const bar = createProgressBar(settings.mentors);
    const seeded = await seedMembers(bench.database.db, { count: settings.mentors, onProgress: ({ done }) => bar.update(done) });
    bar.finish();
    // What autovacuum would do after a bulk load: planner statistics and the visibility map.
    await bench.database.db.execute(sql`vacuum analyze`);

    const origin = 'http://127.0.0.1:3999';
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: origin,
      AUTH_SECRET: randomBytes(24).toString('hex'),
      LOG_LEVEL: 'warn',
      RUN_WORKER: 'false',
      RATE_LIMITS: 'false',
      DEMO_DATA: 'false',
      ...bench.env,
    });
    app = await buildApp({ config, database: bench.database, webDist: false, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    http = createHttpClient(`http://127.0.0.1:${port}`);
    const cookie = await signUp(http, origin);

    const samples = {} as Record<Endpoint, Sample[]>;
    for (const [index, endpoint] of (Object.keys(ENDPOINTS) as Endpoint[]).entries()) {
      log(`${kind}: ${settings.queries} queries to ${ENDPOINTS[endpoint].path}, each over HTTP and bare`);
      const progress = createProgressBar(settings.queries);
      // The endpoints share the HTTP path: it is warmed once, before the first; later ones warm
      // only their own code.
      const warmup = index === 0 ? settings.warmup : OWN_WARMUP;
      const context = { db: bench, http, cookie, queries: settings.queries, warmup };
      samples[endpoint] = await benchSearch(context, endpoint, (done) => progress.update(done));
      progress.finish();
    }
    const floor = await measureFloor(http, cookie);
    return { kind, where: bench.where, seedSeconds: seeded.elapsedMs / 1000, samples, floor };
  } finally {
    cleanup.delete(teardown);
    await teardown();
  }
}

const NAMES: Record<Kind, string> = { postgres: 'PostgreSQL', pglite: 'PGlite' };
const times = (samples: Sample[]) => ({ http: samples.map((s) => s.httpMs), bare: samples.map((s) => s.sqlMs) });

function report(results: RunResult[], settings: ReturnType<typeof options>): string {
  const endpoints = Object.keys(ENDPOINTS) as Endpoint[];
  const summary = results.flatMap(({ kind, samples }) =>
    endpoints.map((endpoint) => {
      const { http, bare } = times(samples[endpoint]);
      return [
        NAMES[kind],
        ENDPOINTS[endpoint].path,
        ms(median(http)),
        ms(percentile(http, 95)),
        ms(median(bare)),
        ms(percentile(bare, 95)),
        `${(median(http) / median(bare)).toFixed(2)}×`,
      ];
    }),
  );
  const byKind = results.flatMap(({ kind, samples }) =>
    endpoints.flatMap((endpoint) =>
      QUERY_KINDS.map((queryKind) => {
        const { http, bare } = times(samples[endpoint].filter((sample) => sample.kind === queryKind));
        return [NAMES[kind], ENDPOINTS[endpoint].path, queryKind, String(http.length), ms(median(http)), ms(median(bare)), ms(percentile(bare, 95))];
      }),
    ),
  );
  const lines = [
    `Search with ${formatCount(settings.mentors)} mentors: ${settings.queries} queries per endpoint, each over HTTP (signed in, keep-alive)`,
    'and bare (the same statements through a node-postgres pool; on PGlite its own query()). Warmed first with',
    `${formatCount(settings.warmup)} other queries each way, and ${OWN_WARMUP} more before each later endpoint. Times in ms.`,
    '',
    formatTable(['database', 'endpoint', 'HTTP median', 'HTTP p95', 'SQL median', 'SQL p95', 'HTTP/SQL median'], summary),
    '',
    formatTable(['database', 'endpoint', 'query kind', 'n', 'HTTP median', 'SQL median', 'SQL p95'], byKind),
    '',
    'What every request costs before its own work (HTTP, same run):',
    formatTable(
      ['database', 'request', 'median', 'p95'],
      results.flatMap((result) =>
        FLOOR_PATHS.map(({ path, label }) => [NAMES[result.kind], label, ms(median(result.floor[path]!)), ms(percentile(result.floor[path]!, 95))]),
      ),
    ),
    '',
    formatTable(
      ['database', 'seeded', 'seeding time', 'rows/s'],
      results.map((result) => [
        NAMES[result.kind],
        formatCount(settings.mentors),
        `${result.seedSeconds.toFixed(1)} s`,
        formatCount(settings.mentors / result.seedSeconds),
      ]),
    ),
  ];
  const postgres = results.find((result) => result.kind === 'postgres');
  if (postgres) {
    const { http, bare } = times(postgres.samples.search);
    const ratio = median(http) / median(bare);
    const p95 = percentile(bare, 95);
    const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
    lines.push(
      '',
      `PostgreSQL targets for GET /api/mentors: HTTP median ≤ ${TARGET.ratio}× SQL median — ${ratio.toFixed(2)}× ${mark(ratio <= TARGET.ratio)}; ` +
        `SQL p95 ≤ ${TARGET.sqlP95} ms — ${ms(p95)} ms ${mark(p95 <= TARGET.sqlP95)}`,
    );
  }
  return lines.join('\n');
}

const settings = options();
const cleanup = new Set<() => Promise<void>>();
process.once('SIGINT', () => {
  log('\nInterrupted: removing the benchmark databases');
  void Promise.allSettled([...cleanup].map((fn) => fn())).then(() => process.exit(130));
});

/** The inbox on a database of its own (a few hundred members, not the search's many mentors). */
async function inboxOn(kind: Kind): Promise<{ name: string; rows: InboxRow[] }> {
  log(`\n${kind}: inbox — creating and migrating a database of its own`);
  const bench: BenchDatabase = kind === 'postgres' ? await createBenchPostgres() : await createBenchPglite();
  const teardown = () => bench.destroy();
  cleanup.add(teardown);
  try {
    return { name: NAMES[kind], rows: await benchInbox(bench, { calls: settings.inboxCalls, log }) };
  } finally {
    cleanup.delete(teardown);
    await teardown();
  }
}

const started = performance.now();
const results: RunResult[] = [];
const inbox: Array<{ name: string; rows: InboxRow[] }> = [];
let race: AcceptRaceResult | undefined;
let web: string | undefined;
try {
  if (settings.suites.includes('search')) {
    for (const kind of settings.databases) results.push(await runOn(kind, settings, cleanup));
    // The accept race needs several processes on one database: PostgreSQL only.
    if (settings.databases.includes('postgres')) race = await benchAcceptRace({ log });
  }
  if (settings.suites.includes('inbox')) for (const kind of settings.databases) inbox.push(await inboxOn(kind));
  if (settings.suites.includes('web')) web = await benchWeb({ log });
} catch (error) {
  console.error(error);
  process.exit(1);
}
const sections = [
  ...(results.length > 0 ? [report(results, settings)] : []),
  ...(race ? [reportAcceptRace(race)] : []),
  ...(inbox.length > 0 ? [reportInbox(inbox, settings.inboxCalls)] : []),
  ...(web ? [web] : []),
];
console.log(`\n${sections.join('\n\n')}\n\nTotal run time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
