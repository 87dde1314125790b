import { type SQL, sql } from 'drizzle-orm';
import type { Industry, MentorSearchQuery } from '../../../contract/mentors';
import { type Db, queryRows } from '../../db/client';

/**
 * The SQL behind search and suggestions. Built as statements rather than run here, so the
 * benchmark runs exactly these statements bare and compares them with the HTTP endpoint.
 *
 * Everything reads mentor_profiles alone (the search row, see schema/mentoring.ts) through its
 * indexes; users is joined only for the page of results. Never `.prepare()` these: on PostgreSQL
 * a generic plan stops looking at the tsquery and is 2.5× slower.
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

export interface SearchStatements {
  /** One page of results, best first. */
  results: SQL;
  /** The total and the counts per filter value (rows with facet 'total' / value ''). */
  facets: SQL;
}

const cardColumns = sql.raw(`
  mp.user_id as "userId", mp.name, mp.headline, mp.study_programme as "studyProgramme",
  mp.graduation_year as "graduationYear", mp.job_title as "jobTitle", mp.employer, mp.industry, mp.city,
  mp.country, mp.languages, mp.expertise, mp.is_listed as "isListed", (mp.paused_at is not null) as "isPaused",
  mp.active_mentees as "activeMentees", mp.max_mentees as "maxMentees",
  mp.answered_requests as "answeredRequests", mp.median_answer_hours as "medianAnswerHours"`);

const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;

/** The filter conditions, without the text query. */
function filterConditions(filters: SearchFilters): SQL[] {
  const conditions = [sql`mp.is_listed`];
  if (filters.available) conditions.push(sql`mp.is_available`);
  if (filters.expertise?.length) conditions.push(sql`mp.expertise @> ${textArray(filters.expertise)}`);
  if (filters.industry) conditions.push(sql`mp.industry = ${filters.industry}`);
  if (filters.programme) conditions.push(sql`mp.study_programme = ${filters.programme}`);
  if (filters.gradFrom !== undefined) conditions.push(sql`mp.graduation_year >= ${filters.gradFrom}`);
  if (filters.gradTo !== undefined) conditions.push(sql`mp.graduation_year <= ${filters.gradTo}`);
  if (filters.country) conditions.push(sql`mp.country = ${filters.country}`);
  if (filters.city) conditions.push(sql`mp.city = ${filters.city}`);
  if (filters.language?.length) conditions.push(sql`mp.languages @> ${textArray(filters.language)}`);
  return conditions;
}

/** True when only availability is set: the counts can come from mentor_facet_counts. */
function isUnfiltered(filters: SearchFilters): boolean {
  return (
    !filters.q &&
    !filters.expertise?.length &&
    !filters.industry &&
    !filters.programme &&
    filters.gradFrom === undefined &&
    filters.gradTo === undefined &&
    !filters.country &&
    !filters.city &&
    !filters.language?.length
  );
}

/**
 * The text query, parsed twice: English (stemmed, so "consulting" finds "consultant") and simple
 * (names and words English would drop), either may match.
 */
const tsQuery = (q: string) => sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', ${q}))`;

/**
 * A match is a full-text hit or a name that looks like the query (pg_trgm word similarity ≥ 0.6,
 * so "Jansen" finds "Janssen"). Weights: bio 0.05, approach/employer 0.2, headline/job 0.4,
 * name/expertise 1; a name that looks like the query adds its similarity.
 */
const textMatch = (q: string) => sql`(mp.search_vector @@ ${tsQuery(q)} or ${q} <% mp.name)`;
const textRank = (q: string) =>
  sql`(ts_rank('{0.05, 0.2, 0.4, 1.0}', mp.search_vector, ${tsQuery(q)}) + case when ${q} <% mp.name then word_similarity(${q}, mp.name) else 0 end)`;

export function buildSearchStatements(filters: SearchFilters, page: { limit: number; offset: number }): SearchStatements {
  const conditions = filterConditions(filters);
  if (filters.q) conditions.push(textMatch(filters.q));
  const where = sql.join(conditions, sql` and `);
  // Without a text query: available first, then the newest mentors, in mentor_profiles_browse_idx
  // order (hence the nulls last). The user id breaks ties, so pages never overlap or skip.
  const [rank, order, outerOrder] = filters.q
    ? [textRank(filters.q), sql`rank desc, "userId"`, sql`r.rank desc, r."userId"`]
    : [
        sql`0::real`,
        sql`mp.is_available desc nulls last, mp.activated_at desc nulls last, mp.user_id`,
        sql`r."isAvailable" desc, r."activatedAt" desc, r."userId"`,
      ];
  const results = sql`
    select r.*, u.username, u.image from (
      select ${cardColumns}, mp.is_available as "isAvailable", mp.activated_at as "activatedAt", ${rank} as rank
      from mentor_profiles mp
      where ${where} order by ${order} limit ${page.limit} offset ${page.offset}
    ) r join users u on u.id = r."userId"
    order by ${outerOrder}`;
  return { results, facets: facetStatement(filters, where) };
}

function facetStatement(filters: SearchFilters, where: SQL): SQL {
  if (isUnfiltered(filters)) {
    const column = sql.raw(filters.available ? 'available' : 'listed');
    return sql`select facet, value, ${column} as count from mentor_facet_counts where ${column} > 0`;
  }
  // One pass over the matches, materialised once and grouped per facet.
  return sql`
    with m as materialized (
      select mp.industry, mp.study_programme, mp.country, mp.city, mp.expertise, mp.languages
      from mentor_profiles mp where ${where}
    )
    select 'total' as facet, '' as value, count(*)::int as count from m
    union all select 'industry', industry, count(*)::int from m where industry is not null group by industry
    union all select 'programme', study_programme, count(*)::int from m where study_programme is not null group by study_programme
    union all select 'country', country, count(*)::int from m where country is not null group by country
    union all select 'city', city, count(*)::int from m where city is not null group by city
    union all select 'expertise', tag, count(*)::int from m, unnest(m.expertise) as tag group by tag
    union all select 'language', language, count(*)::int from m, unnest(m.languages) as language group by language`;
}

export async function runSearch(db: Db, statements: SearchStatements) {
  // Two statements at once: on PostgreSQL they run on two connections; PGlite queues them.
  const [results, facets] = await Promise.all([
    queryRows<MentorCardRow & { rank: number }>(db, statements.results),
    queryRows<FacetCountRow>(db, statements.facets),
  ]);
  return { results, facets };
}

export interface SuggestionInput {
  programme: string | null;
  interests: string[];
  languages: string[];
  excludeUserIds: string[];
  limit: number;
}

export interface SuggestionRow extends MentorCardRow {
  sameProgramme: boolean;
  matchingTags: string[];
  sharedLanguages: string[];
}

/**
 * Available mentors who share the member's programme or have expertise the member is interested
 * in, with a shared language as a further reason; language alone only when the member has
 * neither. Ranked by each matching tag (3: what the member asked for), the same programme (2),
 * a shared language (1).
 */
export function buildSuggestionStatement(input: SuggestionInput): SQL | null {
  const byProgramme = input.programme ? sql`mp.study_programme = ${input.programme}` : null;
  const byInterest = input.interests.length ? sql`mp.expertise && ${textArray(input.interests)}` : null;
  const byLanguage = input.languages.length ? sql`mp.languages && ${textArray(input.languages)}` : null;
  const candidates = [byProgramme, byInterest].filter((condition): condition is SQL => condition !== null);
  const candidate = candidates.length ? sql`(${sql.join(candidates, sql` or `)})` : byLanguage;
  if (!candidate) return null;
  const sameProgramme = byProgramme ?? sql`false`;
  const matchingTags = input.interests.length
    ? sql`array(select unnest(mp.expertise) intersect select unnest(${textArray(input.interests)}) order by 1)`
    : sql`'{}'::text[]`;
  const sharedLanguages = input.languages.length
    ? sql`array(select unnest(mp.languages) intersect select unnest(${textArray(input.languages)}) order by 1)`
    : sql`'{}'::text[]`;
  const excluded = input.excludeUserIds.length ? sql`and mp.user_id <> all(${textArray(input.excludeUserIds)})` : sql``;
  return sql`
    select s.*, u.username, u.image from (
      select ${cardColumns}, mp.activated_at, (${sameProgramme}) as "sameProgramme",
             ${matchingTags} as "matchingTags", ${sharedLanguages} as "sharedLanguages"
      from mentor_profiles mp
      where mp.is_listed and mp.is_available and ${candidate} ${excluded}
    ) s join users u on u.id = s."userId"
    order by 3 * cardinality(s."matchingTags") + (case when s."sameProgramme" then 2 else 0 end)
               + (case when cardinality(s."sharedLanguages") > 0 then 1 else 0 end) desc,
             s.activated_at desc, s."userId"
    limit ${input.limit}`;
}

export async function runSuggestions(db: Db, statement: SQL): Promise<SuggestionRow[]> {
  return queryRows<SuggestionRow>(db, statement);
}
