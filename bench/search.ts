import { INDUSTRIES, type MentorSearchQuery, MentorSearchQuerySchema } from '../contract/mentors';
import { queryOnDriver } from '../server/db/client';
import type { Execute } from '../server/modules/mentors/mentor-search.types';
import { runMentorFacets, runMentorSearch } from '../server/modules/mentors/mentor-search.service';
import { STUDY_PROGRAMME_NAMES } from '../server/seed/demo-people';
import { createRandom, type Random } from '../server/seed/random';
import type { BenchDatabase } from './lib/databases';
import type { HttpClient } from './lib/http';

/**
 * The search part: `GET /api/mentors` (and `/api/mentors/facets`) over HTTP against the very
 * statements they run, run bare, query by query in the same run. The mix is what the Search tab
 * sends: the opening page and paging, free text (topics, jobs, names, some with typos), filters,
 * and text with filters.
 */

export const QUERY_KINDS = ['browse', 'text', 'filters', 'text + filters'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface Sample {
  kind: QueryKind;
  query: string;
  httpMs: number;
  sqlMs: number;
  results: number;
}

const TEXT = [
  'marketing', 'data science', 'litigation', 'consulting', 'biotech', 'working abroad', 'phd', 'lawyer',
  'engineer', 'researcher', 'policy', 'start-ups', 'diplomacy', 'teaching', 'sustainability', 'museum',
  'clinical psychologist', 'investment banking', 'negotiation', 'ux research', 'career switch', 'hockey',
  'bakker', 'de vries', 'mohamed', 'priya', 'van der meer', 'visser', 'janssen', 'bakkr', 'dubios', 'amsterdam',
];
const COUNTRIES = ['NL', 'BE', 'GB', 'DE', 'CH'];
const CITIES = ['Amsterdam', 'Leiden', 'The Hague', 'Rotterdam', 'London'];
const LANGUAGES = ['nl', 'en', 'fr', 'de', 'es'];
const EXPERTISE = ['Data science', 'Marketing', 'Litigation', 'Research', 'Working abroad', 'Start-ups', 'Leadership', 'Finance'];

/** One filter of kind 0–6 (a random one when not given). */
function oneFilter(random: Random, kind = random.int(0, 6)): string {
  switch (kind) {
    case 0:
      return `industry=${random.pick(INDUSTRIES)}`;
    case 1:
      return `programme=${encodeURIComponent(random.pick(STUDY_PROGRAMME_NAMES))}`;
    case 2:
      return `country=${encodeURIComponent(random.pick(COUNTRIES))}`;
    case 3:
      return `city=${encodeURIComponent(random.pick(CITIES))}`;
    case 4:
      return `language=${random.pick(LANGUAGES)}`;
    case 5:
      return `expertise=${encodeURIComponent(random.pick(EXPERTISE))}`;
    default: {
      const from = random.int(1995, 2018);
      return `gradFrom=${from}&gradTo=${from + random.int(2, 8)}`;
    }
  }
}

/** Two filters of different kinds (a filter given twice would be a 400). */
function twoFilters(random: Random): string {
  const first = random.int(0, 6);
  const second = (first + random.int(1, 6)) % 7;
  return `${oneFilter(random, first)}&${oneFilter(random, second)}`;
}

/** A repeatable mix: a quarter browsing, a third text, a quarter filters, the rest both. */
export function queryMix(count: number, seed = 42): Array<{ kind: QueryKind; query: string }> {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => {
    const roll = random.next();
    const page = random.chance(0.2) ? `&page=${random.int(2, 5)}` : '';
    const text = () => `q=${encodeURIComponent(random.pick(TEXT))}`;
    if (roll < 0.25) {
      const all = random.chance(0.2) ? 'available=false' : '';
      return { kind: 'browse' as const, query: [all, page.slice(1)].filter(Boolean).join('&') };
    }
    if (roll < 0.6) return { kind: 'text' as const, query: text() + page };
    if (roll < 0.85) {
      const filters = random.chance(0.5) ? oneFilter(random) : twoFilters(random);
      return { kind: 'filters' as const, query: filters + page };
    }
    return { kind: 'text + filters' as const, query: `${text()}&${twoFilters(random)}` };
  });
}

/** The query string as Fastify hands it to the route: repeated keys become arrays. */
export function parseQuery(query: string): MentorSearchQuery {
  const params = new URLSearchParams(query);
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    raw[key] = values.length > 1 ? values : (values[0] as string);
  }
  return MentorSearchQuerySchema.parse(raw);
}

/** Runs the service's statements bare: text and parameters straight to the pool (or PGlite). */
const bareExecutors = new WeakMap<BenchDatabase, Execute>();

/** One per database, as the app's executeOn: the planner estimates it caches are kept between queries, as the app's are. */
export function bareExecute(db: BenchDatabase): Execute {
  let execute = bareExecutors.get(db);
  if (!execute) {
    execute = (statement) => queryOnDriver(db.bare, statement);
    bareExecutors.set(db, execute);
  }
  return execute;
}

export const ENDPOINTS = {
  search: { path: '/api/mentors', run: runMentorSearch, count: (body: unknown) => (body as { items: unknown[] }).items.length },
  facets: { path: '/api/mentors/facets', run: runMentorFacets, count: (body: unknown) => (body as { total: number }).total },
} as const;
export type Endpoint = keyof typeof ENDPOINTS;

export interface SearchBenchContext {
  db: BenchDatabase;
  http: HttpClient;
  cookie: string;
  queries: number;
  warmup: number;
}

/**
 * Runs each query of the mix once over HTTP and once bare, alternating which goes first so
 * neither always finds the other's cache warm. Bare means the service's own statements, run the
 * way it runs them (two at once where it does), through a pool instead of the app; the results
 * of both must agree.
 */
export async function benchSearch(
  context: SearchBenchContext,
  endpoint: Endpoint,
  onProgress?: (done: number) => void,
): Promise<Sample[]> {
  const { db, http, cookie } = context;
  const { path, run, count } = ENDPOINTS[endpoint];
  const execute = bareExecute(db);
  const viaHttp = async (query: string) => {
    const res = await http.get(`${path}${query ? `?${query}` : ''}`, { cookie });
    if (res.status !== 200) throw new Error(`GET ${path}?${query} answered ${res.status}: ${JSON.stringify(res.json)}`);
    return { elapsed: res.elapsedMs, results: count(res.json) };
  };
  const bare = async (query: string) => {
    const parsed = parseQuery(query);
    const started = performance.now();
    const body = await run(execute, parsed);
    return { elapsed: performance.now() - started, results: count(body) };
  };

  // Warm, as a server that has been up a while is: V8 optimises a function only after many
  // calls, and the HTTP path has far more code to optimise than the bare one. Measured from a
  // cold start, its median cost over bare SQL fell from 0.8 ms in the first 150 queries to
  // 0.5 ms after 1,000.
  for (const { query } of queryMix(context.warmup, 7)) {
    await viaHttp(query);
    await bare(query);
  }
  const samples: Sample[] = [];
  for (const [index, { kind, query }] of queryMix(context.queries).entries()) {
    const httpFirst = index % 2 === 0;
    const a = httpFirst ? await viaHttp(query) : await bare(query);
    const b = httpFirst ? await bare(query) : await viaHttp(query);
    const [overHttp, direct] = httpFirst ? [a, b] : [b, a];
    if (overHttp.results !== direct.results) {
      throw new Error(`${path}?${query}: ${overHttp.results} over HTTP, ${direct.results} bare — not the same SQL`);
    }
    samples.push({ kind, query, httpMs: overHttp.elapsed, sqlMs: direct.elapsed, results: direct.results });
    onProgress?.(index + 1);
  }
  return samples;
}
