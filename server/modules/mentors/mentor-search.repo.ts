import { type Db, queryRowsDirect } from '../../db/client';
import { readEstimate } from './mentor-search-estimate';
import { askAgainWithNames, cappedTotal, planBrowsePage, planTextPage } from './mentor-search.planner';
import type { Execute, Expected, MatchEstimate, MentorCardRow, SearchPage, SearchStatements } from './mentor-search.types';

/**
 * Runs search's statements (built in mentor-search.sql.ts) through an `Execute`, asking the
 * planner (mentor-search.planner.ts) at each step what to run next. The app passes its database,
 * the benchmark a bare pool, so both run the very same statements in the same way.
 */

export const executeOn =
  (db: Db): Execute =>
  (statement) =>
    queryRowsDirect(db, statement);

/** PostgreSQL's guess at how many mentors match a text search. */
export async function estimatedMatches(execute: Execute, estimate: MatchEstimate): Promise<Expected> {
  const [row] = await execute<{ 'QUERY PLAN': unknown }>(estimate.explain);
  return readEstimate(row, estimate.plan);
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
