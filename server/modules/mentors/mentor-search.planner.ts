import { EARLIEST_YEAR } from '../../../contract/accounts';
import { SEARCH_COUNT_CAP } from '../../../contract/mentors';
import type { Expected, Route, SearchFilters, SummaryKey, ValueFacet } from './mentor-search.types';

/**
 * How a search is run, decided from its filters and from what the database answers on the way
 * (ADRs 0005, 0008, 0010, 0011): which statements, which route to the page, whether names that
 * look like the query are looked for. Decisions only: the statements are built in
 * mentor-search.sql.ts and run in mentor-search.repo.ts. "The planner" in the comments of these
 * files is PostgreSQL's, whose estimates some of these decisions read.
 */

/**
 * Browsing in index order finds a page of common rows at once but walks far for rare ones: when
 * that would read more than this many index entries, the results are gathered through the filter
 * indexes and sorted instead.
 */
const MAX_WALK = 10_000;
/**
 * A text search walks the browse index (checking each entry's search document, without reading
 * the table) when the planner expects at least this many matches; below, the text index gathers
 * the matches. Walking finds TEXT_CANDIDATES dense matches quickly and rare ones slowly;
 * gathering costs a table read per match. With 100,000 mentors both take about 8 ms at 2,000
 * matches (ADR 0010); at that size the two cost the same, so the exact point matters little.
 */
const WALK_FROM = 2000;

/** Below this many full-text matches, names that look like the query are added (typo tolerance), at most FUZZY_CANDIDATES (mentor-search.sql.ts). */
export const FUZZY_BELOW = 20;
/**
 * Planning the names branch costs about 0.9 ms (pg_trgm's estimates), more than a tenth of a text
 * search, so it is planned only when the words may match fewer than FUZZY_BELOW mentors: when the
 * planner expects fewer than NAMES_EXPECTED_BELOW, or does not know the words as common. A word it
 * holds no statistics for (a rare word, a typo, a surname) it puts at up to 0.5% of the mentors
 * (DEFAULT_TS_MATCH_SEL), whatever the real number. When words expected more often turn out to
 * match fewer than FUZZY_BELOW, the page is asked for again with the names (ADR 0011).
 */
const NAMES_EXPECTED_BELOW = 100;
const UNKNOWN_WORD_SHARE = 0.005;

/** The filters that ask for a value (not a range), by the facet names of mentor_facet_pairs. */
export function valueFilters(filters: SearchFilters): Array<{ facet: ValueFacet; value: string }> {
  const found: Array<{ facet: ValueFacet; value: string }> = [];
  const add = (facet: ValueFacet, value: string | undefined) => value !== undefined && found.push({ facet, value });
  add('industry', filters.industry);
  add('programme', filters.programme);
  add('country', filters.country);
  add('city', filters.city);
  for (const tag of filters.expertise ?? []) add('expertise', tag);
  for (const language of filters.language ?? []) add('language', language);
  return found;
}

/**
 * The filters as keys of mentor_facet_pairs, when there is no text query and at most two filters
 * (a value, or one graduation-year range): `[]` for none. Each mentor has one graduation year, so
 * summing over the years of a range counts every mentor once.
 */
export function summaryKeys(filters: SearchFilters): SummaryKey[] | null {
  if (filters.q) return null;
  const keys: SummaryKey[] = valueFilters(filters).map(({ facet, value }) => ({ facet, values: [value] }));
  if (filters.gradFrom !== undefined || filters.gradTo !== undefined) {
    const from = filters.gradFrom ?? EARLIEST_YEAR;
    const to = Math.min(filters.gradTo ?? new Date().getUTCFullYear() + 1, from + 200);
    keys.push({ facet: 'graduation', values: Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i)) });
  }
  return keys.length <= 2 ? keys : null;
}

/**
 * Which statements a search runs: free text; at most two filters, counted from the summary; or
 * three filters and more, counted up to SEARCH_COUNT_CAP + 1 (see SearchStatements).
 */
export type SearchPlan = { kind: 'text'; q: string } | { kind: 'summary'; keys: SummaryKey[] } | { kind: 'capped' };

export function planSearch(filters: SearchFilters): SearchPlan {
  if (filters.q) return { kind: 'text', q: filters.q };
  const keys = summaryKeys(filters);
  return keys ? { kind: 'summary', keys } : { kind: 'capped' };
}

/** How the facet counts are found: read from the summary (no text query, at most one filter), or counted over the matches. */
export type FacetPlan = { kind: 'summary'; key: SummaryKey | undefined } | { kind: 'count' };

export function planFacets(filters: SearchFilters): FacetPlan {
  const keys = summaryKeys(filters);
  return keys && keys.length <= 1 ? { kind: 'summary', key: keys[0] } : { kind: 'count' };
}

/** A text search's route and whether its page looks for names too, from the planner's estimate of the matches. */
export function planTextPage(expected: Expected): { route: Route; withNames: boolean } {
  const route: Route = expected.matches < WALK_FROM ? 'gather' : 'walk';
  const withNames = expected.matches < NAMES_EXPECTED_BELOW || expected.share <= UNKNOWN_WORD_SHARE;
  return { route, withNames };
}

/**
 * Whether a text page asked for without the names must be asked for again with them. Without the
 * names, `total` counts the word matches alone: too few, and names may be added.
 */
export function askAgainWithNames(withNames: boolean, rows: Array<{ total: number }>): boolean {
  return !withNames && (rows.length === 0 || rows[0]!.total < FUZZY_BELOW);
}

/**
 * A browse page's route from the summary's exact totals: none when the page is past the end
 * (nothing to read), otherwise walking the index, unless that would read too far.
 */
export function planBrowsePage(
  count: { total: number; everyone: number | null } | undefined,
  { offset, pageSize }: { offset: number; pageSize: number },
): Route | 'none' {
  const total = count?.total ?? 0;
  if (total <= offset) return 'none';
  // Walking the index in order reads about (offset + page) × everyone / total entries.
  const walk = ((offset + pageSize) * (count?.everyone ?? total)) / total;
  return walk > MAX_WALK ? 'gather' : 'walk';
}

/** A count of up to SEARCH_COUNT_CAP + 1 as the total: past the cap, the cap and not exact. */
export function cappedTotal(total: number): { total: number; totalIsExact: boolean } {
  if (total <= SEARCH_COUNT_CAP) return { total, totalIsExact: true };
  return { total: SEARCH_COUNT_CAP, totalIsExact: false };
}
