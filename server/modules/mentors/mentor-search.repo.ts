import { type Db, queryRowsDirect } from '../../db/client';
import { readEstimate } from './mentor-search-estimate';
import { askAgainWithNames, cappedTotal, planBrowsePage, planTextPage } from './mentor-search.planner';
import type { Execute, Expected, MatchEstimate, MentorCardRow, SearchPage, SearchStatements } from './mentor-search.types';

/**
 * Runs search's statements (built in mentor-search.sql.ts) through an `Execute`, asking the
 * planner (mentor-search.planner.ts) at each step what to run next. The app passes its database,
 * the benchmark a bare pool, so both run the very same statements in the same way.
 */

const executors = new WeakMap<Db, Execute>();

/** The database as an `Execute`: one per database, so the estimates it caches are kept between requests. */
export function executeOn(db: Db): Execute {
  let execute = executors.get(db);
  if (!execute) {
    execute = (statement) => queryRowsDirect(db, statement);
    executors.set(db, execute);
  }
  return execute;
}

/**
 * How long a planner estimate is reused, and how many are kept per `Execute`. The planner's
 * statistics change only when the table is analysed (autovacuum, after about a tenth of it has
 * changed), and the estimate only picks a route: both routes give the same page (ADR 0031).
 */
export const ESTIMATE_TTL_MS = 10 * 60 * 1000;
const ESTIMATES_KEPT = 2000;
const estimateCaches = new WeakMap<Execute, Map<string, { expected: Expected; at: number }>>();

/** PostgreSQL's guess at how many mentors match a text search: asked once per query and filters, then reused for a while. */
export async function estimatedMatches(execute: Execute, estimate: MatchEstimate, now = Date.now()): Promise<Expected> {
  let cache = estimateCaches.get(execute);
  if (!cache) {
    cache = new Map();
    estimateCaches.set(execute, cache);
  }
  const cached = cache.get(estimate.key);
  if (cached && now - cached.at < ESTIMATE_TTL_MS) return cached.expected;
  const [row] = await execute<{ 'QUERY PLAN': unknown }>(estimate.explain);
  const expected = readEstimate(row, estimate.plan);
  // Oldest first: a Map keeps insertion order.
  cache.delete(estimate.key);
  if (cache.size >= ESTIMATES_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(estimate.key, { expected, at: now });
  return expected;
}

/**
 * Runs a search: the page, and the total (at the same time, when it is a statement of its own).
 * A count that reaches the cap says so.
 */
export async function executeSearch(
  execute: Execute,
  statements: SearchStatements,
  { offset, pageSize }: { offset: number; pageSize: number },
): Promise<SearchPage> {
  if (statements.kind === 'text') {
    const { route, withNames } = planTextPage(await estimatedMatches(execute, statements.estimate));
    type TextRow = MentorCardRow & { total: number; capped: boolean };
    let rows = await execute<TextRow>(statements.page(route, withNames));
    if (askAgainWithNames(withNames, rows)) rows = await execute<TextRow>(statements.page(route, true));
    const [count] = rows.length > 0 || offset === 0 ? rows : await execute<{ total: number; capped: boolean }>(statements.total);
    return { rows, total: count?.total ?? 0, totalIsExact: !count?.capped };
  }
  if (statements.kind === 'summary') {
    // The summary answers in well under a millisecond, and with it the page needs no guessing:
    // nothing to read for no results, and few results are gathered first and then sorted.
    const [count] = await execute<{ total: number; everyone: number | null }>(statements.total);
    const total = count?.total ?? 0;
    const route = planBrowsePage(count, { offset, pageSize });
    if (route === 'none') return { rows: [], total, totalIsExact: true };
    return { rows: await execute<MentorCardRow>(statements[route]), total, totalIsExact: true };
  }
  // Two statements at once: on PostgreSQL they run on two connections; PGlite queues them.
  const [rows, [count]] = await Promise.all([
    execute<MentorCardRow>(statements.walk),
    execute<{ total: number }>(statements.total),
  ]);
  return { rows, ...cappedTotal(count?.total ?? 0) };
}
