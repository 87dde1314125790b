// The search suite's detail: per endpoint, per query kind, the request floor, the dashboard, seeding.
import { formatCount } from '../../scripts/lib/progress-bar';
import type { BenchSettings } from '../lib/suite';
import { formatTable, median, ms, percentile } from '../lib/stats';
import { FLOOR_PATHS } from '../overhead';
import { type Endpoint, ENDPOINTS, QUERY_KINDS, type Sample } from '../search';
import type { Throughput } from '../throughput';

export type Kind = 'postgres' | 'pglite';
export const NAMES: Record<Kind, string> = { postgres: 'PostgreSQL', pglite: 'PGlite' };
/** Queries each way before measuring an endpoint after the first. */
export const OWN_WARMUP = 30;

/** What one database measured at one size. */
export interface Measured {
  mentors: number;
  members: number;
  samples: Record<Endpoint, Sample[]>;
  floor: Record<string, number[]>;
  dashboard: number[];
}

export interface RunResult {
  kind: Kind;
  where: string;
  seedSeconds: number;
  main: Measured;
  /** At SCALE_FROM mentors, before the database grew to the run's size (PostgreSQL, with --members). */
  reference?: Measured;
  throughput?: Throughput;
}

const times = (samples: Sample[]) => ({ http: samples.map((s) => s.httpMs), bare: samples.map((s) => s.sqlMs) });

/** Every size a database was measured at, labelled. */
function measurements(results: RunResult[]): Array<{ name: string; measured: Measured }> {
  return results.flatMap((result) => [
    ...(result.reference ? [{ name: `${NAMES[result.kind]} ${formatCount(result.reference.mentors)}`, measured: result.reference }] : []),
    { name: result.reference ? `${NAMES[result.kind]} ${formatCount(result.main.mentors)}` : NAMES[result.kind], measured: result.main },
  ]);
}

export function reportSearch(results: RunResult[], settings: BenchSettings): string {
  const all = measurements(results);
  const summary = all.flatMap(({ name, measured }) =>
    (Object.keys(measured.samples) as Endpoint[]).map((endpoint) => {
      const { http, bare } = times(measured.samples[endpoint]);
      return [name, ENDPOINTS[endpoint].path, ms(median(http)), ms(percentile(http, 95)), ms(median(bare)), ms(percentile(bare, 95)), `${(median(http) / median(bare)).toFixed(2)}×`];
    }),
  );
  const byKind = all.flatMap(({ name, measured }) =>
    (Object.keys(measured.samples) as Endpoint[]).flatMap((endpoint) =>
      QUERY_KINDS.map((queryKind) => {
        const { http, bare } = times(measured.samples[endpoint].filter((sample) => sample.kind === queryKind));
        return [name, ENDPOINTS[endpoint].path, queryKind, String(http.length), ms(median(http)), ms(median(bare)), ms(percentile(bare, 95))];
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
    'What every request costs before its own work, and the dashboard (HTTP, same run):',
    formatTable(
      ['database', 'request', 'median', 'p95'],
      all.flatMap(({ name, measured }) => [
        ...FLOOR_PATHS.map(({ path, label }) => [name, label, ms(median(measured.floor[path]!)), ms(percentile(measured.floor[path]!, 95))]),
        [name, 'dashboard (GET /api/dashboard)', ms(median(measured.dashboard)), ms(percentile(measured.dashboard, 95))],
      ]),
    ),
    '',
    formatTable(
      ['database', 'mentors', 'members', 'seeding time'],
      results.map((result) => [NAMES[result.kind], formatCount(result.main.mentors), formatCount(result.main.members), `${result.seedSeconds.toFixed(1)} s`]),
    ),
  ];
  return lines.join('\n');
}
