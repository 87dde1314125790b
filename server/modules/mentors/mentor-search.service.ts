import {
  FACETS,
  type Facet,
  type MentorFacets,
  type MentorFacetsResult,
  type MentorSearchQuery,
  type MentorSearchResult,
  SEARCH_MAX_PAGE,
  type SuggestedMentors,
  type SuggestionReason,
} from '../../../contract/mentors';
import type { UserRow } from '../accounts/accounts.service';
import { toMentorCard } from './mentor-cards';
import { executeOn, executeSearch } from './mentor-search.repo';
import { buildFacetStatement, buildSearchStatements } from './mentor-search.sql';
import type { Execute, FacetCountRow, SearchFilters } from './mentor-search.types';
import { buildSuggestionStatement, findSuggestionFacts, runSuggestions } from './mentor-suggestions.repo';
import type { MentorDeps } from './mentors.service';

/** At most this many values per facet; the rest are the long tail nobody filters on. */
export const FACET_VALUES_SHOWN = 30;

/** The filters of a query string: a text query without a letter or digit finds nothing, so it is none. */
function filtersOf(query: MentorSearchQuery): SearchFilters {
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return { ...filters, q: filters.q && /[\p{L}\p{N}]/u.test(filters.q) ? filters.q : undefined };
}

/**
 * A page of search results with the total, run by `execute` (the benchmark runs the same
 * statements bare through it).
 */
export async function runMentorSearch(execute: Execute, query: MentorSearchQuery): Promise<MentorSearchResult> {
  const offset = (query.page - 1) * query.pageSize;
  const statements = buildSearchStatements(filtersOf(query), { limit: query.pageSize, offset });
  const { rows, total, totalIsExact } = await executeSearch(execute, statements, { offset, pageSize: query.pageSize });
  return {
    items: rows.map(toMentorCard),
    total,
    totalIsExact,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.min(SEARCH_MAX_PAGE, Math.ceil(total / query.pageSize)),
  };
}

/** The counts per filter value for a query string, run by `execute`. */
export async function runMentorFacets(execute: Execute, query: MentorSearchQuery): Promise<MentorFacetsResult> {
  const rows = await execute<FacetCountRow>(buildFacetStatement(filtersOf(query)));
  return { total: Number(rows.find((row) => row.facet === 'total')?.count ?? 0), facets: toFacets(rows) };
}

/**
 * Starts `work`, then checks the member while it runs: the answer goes only to a signed-in
 * member (a failed check wins, and the work's own result is dropped), but the two do not wait
 * for each other. The work goes first, so its statements reach the database first.
 */
async function forSignedInMember<T>(checkMember: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  const pending = work();
  pending.catch(() => undefined);
  await checkMember();
  return pending;
}

/**
 * Search (docs/product.md, rule 12): free text and filters, ranked by relevance, a page at a time with the total.
 * Any signed-in member may search, staff and students too; anonymous visitors see no members.
 */
export function searchMentors(deps: MentorDeps, checkMember: () => Promise<void>, query: MentorSearchQuery): Promise<MentorSearchResult> {
  return forSignedInMember(checkMember, () => runMentorSearch(executeOn(deps.db), query));
}

/** The Search tab's counts per filter value, among the results of the same query string. */
export function countMentorFacets(deps: MentorDeps, checkMember: () => Promise<void>, query: MentorSearchQuery): Promise<MentorFacetsResult> {
  return forSignedInMember(checkMember, () => runMentorFacets(executeOn(deps.db), query));
}

/**
 * Suggested mentors for the member, each with the reasons it was suggested: same programme,
 * expertise matching their interests, a shared language. Never themselves, never an
 * unavailable mentor.
 */
export async function suggestMentors(deps: MentorDeps, actor: UserRow, limit: number): Promise<SuggestedMentors> {
  const wants = { programme: actor.studyProgramme, interests: actor.interests, languages: actor.languages };
  const { counts, engagedMentorIds } = await findSuggestionFacts(deps.db, actor.id, wants);
  // Not themselves, nor mentors they already asked or are mentored by.
  const statement = buildSuggestionStatement({ ...wants, excludeUserIds: [actor.id, ...engagedMentorIds], limit }, counts);
  if (!statement) return { items: [] };
  const rows = await runSuggestions(deps.db, statement);
  return {
    items: rows.map((row) => {
      const reasons: SuggestionReason[] = [];
      if (row.sameProgramme && row.studyProgramme) reasons.push({ kind: 'same_programme', programme: row.studyProgramme });
      if (row.matchingTags.length) reasons.push({ kind: 'matching_expertise', tags: row.matchingTags });
      if (row.sharedLanguages.length) reasons.push({ kind: 'shared_language', languages: row.sharedLanguages });
      return { mentor: toMentorCard(row), reasons };
    }),
  };
}

/** The database calls graduation years 'graduation'; the API 'graduationYear'. */
const FACET_OF: Record<string, Facet> = { graduation: 'graduationYear' };

function toFacets(rows: FacetCountRow[]): MentorFacets {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as { value: string; count: number }[]])) as MentorFacets;
  for (const row of rows) {
    const facet = FACET_OF[row.facet] ?? (row.facet as Facet);
    if (facet in facets) facets[facet].push({ value: row.value, count: Number(row.count) });
  }
  for (const facet of FACETS) {
    facets[facet] =
      facet === 'graduationYear'
        ? facets[facet].sort((a, b) => Number(a.value) - Number(b.value))
        : facets[facet].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, FACET_VALUES_SHOWN);
  }
  return facets;
}
