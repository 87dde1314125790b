import {
  FACETS,
  type Facet,
  type MentorFacets,
  type MentorSearchQuery,
  type MentorSearchResult,
  SEARCH_MAX_PAGE,
  type SuggestedMentors,
  type SuggestionReason,
} from '../../../contract/mentors';
import type { UserRow } from '../accounts/accounts.repo';
import { toMentorCard } from './mentor-cards';
import {
  type FacetCountRow,
  type SearchFilters,
  type SearchStatements,
  buildSearchStatements,
  buildSuggestionStatement,
  runSearch,
  runSuggestions,
} from './mentor-search.repo';
import type { MentorDeps } from './mentors.service';

/** At most this many values per facet; the rest are the long tail nobody filters on. */
export const FACET_VALUES_SHOWN = 30;

/** The statements a search runs, from the parsed query string (the benchmark runs them bare). */
export function searchStatementsFor(query: MentorSearchQuery): SearchStatements {
  const { page, pageSize, ...rest } = query;
  const filters: SearchFilters = { ...rest, q: meaningfulText(rest.q) };
  return buildSearchStatements(filters, { limit: pageSize, offset: (page - 1) * pageSize });
}

/**
 * Search (rule 12): free text and filters, ranked by relevance, a page at a time with the total
 * and counts per filter value. Any signed-in member may search; the route has checked that.
 */
export async function searchMentors(deps: MentorDeps, _actor: UserRow, query: MentorSearchQuery): Promise<MentorSearchResult> {
  const { results, facets } = await runSearch(deps.db, searchStatementsFor(query));
  const total = facets.find((row) => row.facet === 'total')?.count ?? 0;
  return {
    items: results.map(toMentorCard),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: Math.min(SEARCH_MAX_PAGE, Math.ceil(total / query.pageSize)),
    facets: toFacets(facets),
  };
}

/**
 * Suggested mentors for the member, each with the reasons it was suggested: same programme,
 * expertise matching their interests, a shared language. Never themselves, never an
 * unavailable mentor.
 */
export async function suggestMentors(deps: MentorDeps, actor: UserRow, limit: number): Promise<SuggestedMentors> {
  const statement = buildSuggestionStatement({
    programme: actor.studyProgramme,
    interests: actor.interests,
    languages: actor.languages,
    // The requests issue adds the member's current mentors here.
    excludeUserIds: [actor.id],
    limit,
  });
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

/** A query without a letter or digit finds nothing by text: treat it as no query. */
function meaningfulText(q: string | undefined): string | undefined {
  return q && /[\p{L}\p{N}]/u.test(q) ? q : undefined;
}

function toFacets(rows: FacetCountRow[]): MentorFacets {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as { value: string; count: number }[]])) as MentorFacets;
  for (const row of rows) {
    if (row.facet in facets) facets[row.facet as Facet].push({ value: row.value, count: Number(row.count) });
  }
  for (const facet of FACETS) {
    facets[facet] = facets[facet]
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, FACET_VALUES_SHOWN);
  }
  return facets;
}
