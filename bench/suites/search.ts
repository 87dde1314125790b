// The search suite: GET /api/mentors and /facets against the same statements run bare, the
// request floor (session check), the dashboard beside it, throughput with 32 connections, PGlite
// against PostgreSQL, and, when the run is larger than SCALE_FROM, the same figures at both sizes.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createProgressBar, formatCount } from '../../scripts/lib/progress-bar';
import { buildApp } from '../../server/app';
import { seedMembers } from '../../server/seed/members';
import { measureDashboard, prepareDashboardMember } from '../dashboard';
import { type BenchDatabase, createBenchPglite, createBenchPostgres } from '../lib/databases';
import { createHttpClient, type HttpClient, signUpStudent } from '../lib/http';
import { type BenchRow, type BenchSettings, type BenchSuite, notMeasured, ratio, ratioRow, type SuiteContext } from '../lib/suite';
import { median, ms, percentile } from '../lib/stats';
import { measureFloor, SESSION_CHECK } from '../overhead';
import { benchSearch, type Endpoint, ENDPOINTS, type Sample } from '../search';
import { measureThroughput, type Throughput } from '../throughput';
import { type Kind, type Measured, OWN_WARMUP, reportSearch, type RunResult } from './search-report';
import { benchAppConfig } from '../lib/app-config';

/** Whether the run measures twice: at settings.mentors, then grown to scaleMentors and members. */
const isScaleRun = (settings: BenchSettings) => settings.scaleMentors > settings.mentors || settings.members > settings.scaleMentors;

async function seed(bench: BenchDatabase, count: number, mentorProfiles: boolean, log: (message: string) => void): Promise<number> {
  log(`${bench.kind}: seeding ${formatCount(count)} ${mentorProfiles ? 'mentors' : 'members without a mentor profile'} (${bench.where})`);
  const bar = createProgressBar(count);
  const seeded = await seedMembers(bench.database.db, { count, mentorProfiles, onProgress: ({ done }) => bar.update(done) });
  bar.finish();
  // What autovacuum would do after a bulk load: planner statistics and the visibility map. On the
  // bare runner: the app's connections have a statement timeout, which a busy machine can exceed.
  await bench.bare.query('vacuum analyze', []);
  return seeded.elapsedMs / 1000;
}

async function measure(
  kind: Kind,
  size: { mentors: number; members: number },
  context: { bench: BenchDatabase; http: HttpClient; cookie: string; settings: BenchSettings; log: (message: string) => void },
  endpoints: Endpoint[],
): Promise<Measured> {
  const { bench, http, cookie, settings, log } = context;
  const samples = {} as Record<Endpoint, Sample[]>;
  for (const [index, endpoint] of endpoints.entries()) {
    log(`${kind}: ${settings.queries} queries to ${ENDPOINTS[endpoint].path} at ${formatCount(size.mentors)} mentors, each over HTTP and bare`);
    const progress = createProgressBar(settings.queries);
    // The endpoints share the HTTP path: it is warmed once, before the first; later ones warm only their own code.
    const warmup = index === 0 ? settings.warmup : OWN_WARMUP;
    samples[endpoint] = await benchSearch({ db: bench, http, cookie, queries: settings.queries, warmup }, endpoint, (done) => progress.update(done));
    progress.finish();
  }
  log(`${kind}: the session check and the dashboard`);
  const floor = await measureFloor(http, cookie);
  const dashboard = await measureDashboard(http, cookie);
  return { ...size, samples, floor, dashboard };
}

async function runOn(kind: Kind, settings: BenchSettings, { log, onInterrupt }: SuiteContext): Promise<RunResult> {
  log(`\n${kind}: creating and migrating a database of its own`);
  const bench: BenchDatabase = kind === 'postgres' ? await createBenchPostgres() : await createBenchPglite();
  let app: FastifyInstance | undefined;
  let http: HttpClient | undefined;
  const teardown = async () => {
    http?.close();
    await app?.close().catch(() => {});
    await bench.destroy();
  };
  const forget = onInterrupt(teardown);
  try {
    const scale = kind === 'postgres' && isScaleRun(settings);
    let seedSeconds = await seed(bench, settings.mentors, true, log);
    const origin = 'http://127.0.0.1:3999';
    const config = benchAppConfig(origin, bench.env);
    app = await buildApp({ config, database: bench.database, webDist: false, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    http = createHttpClient(baseUrl);
    const cookie = await signUpStudent(http, origin, 'bench');
    await prepareDashboardMember(http, cookie, origin);
    const context = { bench, http, cookie, settings, log };
    const everyEndpoint = Object.keys(ENDPOINTS) as Endpoint[];

    let reference: Measured | undefined;
    if (scale) {
      reference = await measure(kind, { mentors: settings.mentors, members: settings.mentors }, context, ['search']);
      seedSeconds += await seed(bench, settings.scaleMentors - settings.mentors, true, log);
      seedSeconds += await seed(bench, settings.members - settings.scaleMentors, false, log);
    }
    const size = scale ? { mentors: settings.scaleMentors, members: settings.members } : { mentors: settings.mentors, members: settings.mentors };
    const main = await measure(kind, size, context, everyEndpoint);
    let throughput: Throughput | undefined;
    if (kind === 'postgres') {
      log(`${kind}: throughput, 32 connections over HTTP and to a bare pool`);
      throughput = await measureThroughput(bench, baseUrl, cookie);
    }
    return { kind, where: bench.where, seedSeconds, main, reference, throughput };
  } finally {
    forget();
    await teardown();
  }
}

const times = (samples: Sample[]) => ({ http: samples.map((s) => s.httpMs), bare: samples.map((s) => s.sqlMs) });

/** The summary rows (the table) from what each database measured. */
function summaryRows(results: RunResult[]): BenchRow[] {
  const postgres = results.find((result) => result.kind === 'postgres');
  const pglite = results.find((result) => result.kind === 'pglite');
  const size = (measured: Measured) =>
    measured.members > measured.mentors ? `${formatCount(measured.members)} members / ${formatCount(measured.mentors)} mentors` : `${formatCount(measured.mentors)} mentors`;
  const rows: BenchRow[] = [];
  if (!postgres) {
    rows.push(notMeasured('search (PostgreSQL rows)', '', 'PostgreSQL not in --databases'));
  } else {
    const { main } = postgres;
    const { http, bare } = times(main.samples.search);
    rows.push(
      ratioRow(`search HTTP ÷ bare SQL median, ${size(main)}`, 1.3, median(http) / median(bare), `${ms(median(http))} ms ÷ ${ms(median(bare))} ms`),
      {
        metric: `search SQL p95, ${size(main)}`,
        goal: '≤ 15 ms',
        measured: `${ms(percentile(bare, 95))} ms`,
        reference: `bare SQL median ${ms(median(bare))} ms`,
        met: percentile(bare, 95) <= 15,
        values: { p95: percentile(bare, 95) },
      },
    );
    const through = postgres.throughput;
    if (through) {
      const value = through.httpPerSecond / through.barePerSecond;
      rows.push({
        metric: 'search throughput, 32 connections, ÷ bare pg pool',
        goal: '≥ 0.7×',
        measured: ratio(value),
        reference: `${through.httpPerSecond.toFixed(0)} ÷ ${through.barePerSecond.toFixed(0)} searches/s`,
        met: value >= 0.7,
        values: { ...through, ratio: value },
      });
    }
    const dashboard = percentile(main.dashboard, 95);
    const session = percentile(main.floor[SESSION_CHECK]!, 95);
    rows.push(ratioRow(`dashboard p95 ÷ session check p95, ${size(main)}`, 10, dashboard / session, `${ms(dashboard)} ms ÷ ${ms(session)} ms`));
    const scaleWhy = 'not a scale run: add --mentors 200000 --members 1000000 (measured at 100,000 mentors first)';
    if (postgres.reference) {
      const before = postgres.reference;
      const searchBefore = percentile(times(before.samples.search).http, 95);
      const searchAfter = percentile(times(main.samples.search).http, 95);
      rows.push(
        ratioRow(`search HTTP p95 at ${size(main)} ÷ at ${size(before)}`, 2, searchAfter / searchBefore, `${ms(searchAfter)} ms ÷ ${ms(searchBefore)} ms`),
      );
      const dashBefore = percentile(before.dashboard, 95);
      rows.push(ratioRow(`dashboard p95 at ${size(main)} ÷ at ${size(before)}`, 1.5, dashboard / dashBefore, `${ms(dashboard)} ms ÷ ${ms(dashBefore)} ms`));
    } else {
      rows.push(notMeasured('search HTTP p95 at 1M members / 200k mentors ÷ at 100k', '≤ 2×', scaleWhy));
      rows.push(notMeasured('dashboard p95 at 1M members / 200k mentors ÷ at 100k', '≤ 1.5×', scaleWhy));
    }
  }
  if (postgres && pglite) {
    const a = median(times(pglite.main.samples.search).http);
    const b = median(times(postgres.main.samples.search).http);
    rows.push(ratioRow(`PGlite ÷ PostgreSQL, search HTTP median, ${size(pglite.main)}`, 2.5, a / b, `${ms(a)} ms ÷ ${ms(b)} ms`));
  } else {
    rows.push(notMeasured('PGlite ÷ PostgreSQL', '≤ 2.5×', 'needs --databases postgres,pglite'));
  }
  return rows;
}

export const searchSuite: BenchSuite = {
  name: 'search',
  description: 'search HTTP vs bare SQL, SQL p95, throughput (32 connections), dashboard vs session check, PGlite vs PostgreSQL, scale',
  byDefault: true,
  async run(context) {
    const results: RunResult[] = [];
    for (const kind of context.settings.databases) results.push(await runOn(kind, context.settings, context));
    return { rows: summaryRows(results), sections: [reportSearch(results, context.settings)] };
  },
};
