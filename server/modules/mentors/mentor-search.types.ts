import type { SQL } from 'drizzle-orm';
import type { Industry, MentorSearchQuery } from '../../../contract/mentors';

/**
 * The types search shares between its parts: the planner (mentor-search.planner.ts, decisions),
 * the SQL builders (mentor-search.sql.ts), the estimate (mentor-search-estimate.ts) and the repo
 * (mentor-search.repo.ts, runs the statements). Types only, so that none of them imports another
 * for its types.
 */

/** What a mentor card needs, straight from the search row (plus user name and photo). */
export interface MentorCardRow {
  userId: string;
  username: string;
  image: string | null;
  name: string;
  headline: string | null;
  studyProgramme: string | null;
  graduationYear: number | null;
  jobTitle: string | null;
  employer: string | null;
  industry: Industry | null;
  city: string | null;
  country: string | null;
  languages: string[];
  expertise: string[];
  isListed: boolean;
  isPaused: boolean;
  activeMentees: number;
  maxMentees: number;
  answeredRequests: number;
  medianAnswerHours: number | null;
}

export interface FacetCountRow {
  facet: string;
  value: string;
  count: number;
}

/** The filters as the repo takes them: the query string, parsed, with an empty `q` dropped. */
export type SearchFilters = Omit<MentorSearchQuery, 'page' | 'pageSize'>;

/**
 * Runs one statement and returns its rows: the app passes its database, the benchmark a bare
 * pool, so both run the very same statements in the same way.
 */
export type Execute = <T>(statement: SQL) => Promise<T[]>;

/** How a search finds its page: walking the browse index in order, or gathering the matches and sorting them. */
export type Route = 'walk' | 'gather';

/** Which terms of a text query are estimated, and how their estimates combine (see estimatedMatches). */
export interface EstimatePlan {
  /** The words to estimate one by one, a hyphenated word in its parts ("start-ups": start, ups); none: the query whole. */
  parts: string[];
  /** Words apart from each other ("clinical psychologist"): the estimate blends the whole query's with the rarest part's. */
  blend: boolean;
}

/** The EXPLAIN of a text search's estimate, and the plan its probes follow (see estimatedMatches). */
export interface MatchEstimate {
  explain: SQL;
  plan: EstimatePlan;
  /** The query and filters it estimates (no page): estimates are cached by it (mentor-search.repo.ts). */
  key: string;
}

export interface Expected {
  /** How many mentors the planner expects to match the words and the filters. */
  matches: number;
  /** The share of the mentors passing the filters that it expects to have the words. */
  share: number;
}

export type SearchStatements =
  /**
   * Free text (with or without filters): the planner's estimate of the matches picks the route
   * and whether names that look like the query are looked for too (see executeSearch). The page's
   * rows carry the total, counted while ranking; `total` is needed only for a page past the end.
   */
  | { kind: 'text'; estimate: MatchEstimate; page(route: Route, withNames: boolean): SQL; total: SQL }
  /** At most two filters: the exact total from mentor_facet_pairs, which also picks the route. */
  | { kind: 'summary'; walk: SQL; gather: SQL; total: SQL }
  /** Three filters or more: the page, and a count up to SEARCH_COUNT_CAP + 1. */
  | { kind: 'capped'; walk: SQL; total: SQL };

/** The filters that ask for a value (not a range), by their facet names in mentor_facet_pairs. */
export type ValueFacet = 'industry' | 'programme' | 'country' | 'city' | 'expertise' | 'language';

/** Which mentor_facet_pairs rows hold the counts for these filters, if any do. */
export type SummaryKey = { facet: string; values: string[] };

/** A page of search results as the repo reads it, with the total. */
export interface SearchPage {
  rows: MentorCardRow[];
  total: number;
  totalIsExact: boolean;
}
