import { runMentorSearch } from '../server/modules/mentors/mentor-search.service';
import type { BenchDatabase } from './lib/databases';
import { createHttpClient } from './lib/http';
import { bareExecute, parseQuery, queryMix } from './search';

/**
 * Throughput under concurrency: `connections` clients send the search mix at once, over HTTP to
 * the app, and bare through a node-postgres pool the size of the app's (BenchDatabase.bare), so
 * the ratio is what the app's own work costs when the database is busy.
 */
export interface Throughput {
  httpPerSecond: number;
  barePerSecond: number;
}

async function inParallel(connections: number, queries: string[], run: (query: string) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < queries.length) await run(queries[next++]!);
    }),
  );
  return (queries.length * 1000) / (performance.now() - started);
}

export async function measureThroughput(
  db: BenchDatabase,
  baseUrl: string,
  cookie: string,
  { connections = 32, queries = 800 }: { connections?: number; queries?: number } = {},
): Promise<Throughput> {
  const http = createHttpClient(baseUrl, connections);
  const execute = bareExecute(db);
  const overHttp = async (query: string) => {
    const res = await http.get(`/api/mentors${query ? `?${query}` : ''}`, { cookie });
    if (res.status !== 200) throw new Error(`GET /api/mentors?${query} answered ${res.status}`);
  };
  const bare = async (query: string) => {
    await runMentorSearch(execute, parseQuery(query));
  };
  try {
    const mix = queryMix(queries, 11).map(({ query }) => query);
    const warm = queryMix(200, 13).map(({ query }) => query);
    await inParallel(connections, warm, overHttp);
    await inParallel(connections, warm, bare);
    // Each way twice, interleaved, and the better of the two: a burst of other work on the
    // machine then spoils one pass, not the ratio.
    const httpRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let round = 0; round < 2; round++) {
      httpRuns.push(await inParallel(connections, mix, overHttp));
      bareRuns.push(await inParallel(connections, mix, bare));
    }
    return { httpPerSecond: Math.max(...httpRuns), barePerSecond: Math.max(...bareRuns) };
  } finally {
    http.close();
  }
}
