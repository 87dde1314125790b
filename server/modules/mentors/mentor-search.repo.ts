import { type SQL, sql } from 'drizzle-orm';
import { EARLIEST_YEAR } from '../../../contract/accounts';
import { type Industry, type MentorSearchQuery, SEARCH_COUNT_CAP } from '../../../contract/mentors';
import { type Db, queryRows } from '../../db/client';

/**
 * The SQL behind search and suggestions. Search statements run through an `Execute`, so the
 * benchmark runs exactly these statements, the same way, bare, and compares them with the HTTP
 * endpoint.
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

/**
 * Runs one statement and returns its rows: the app passes its database, the benchmark a bare
 * pool, so both run the very same statements in the same way.
 */
export type Execute = <T>(statement: SQL) => Promise<T[]>;
export const executeOn =
  (db: Db): Execute =>
  (statement) =>
    queryRows(db, statement);

export interface SearchStatements {
  /** One page of results, best first. */
  results: SQL;
  /** How many results in all. */
  total: SQL;
  /**
   * `rows`: with a text query the page's rows carry the total, counted while ranking, and the
   * statement above is needed only for a page past the end. `summary`: read from
   * mentor_facet_pairs. `capped`: counted up to SEARCH_COUNT_CAP + 1.
   */
  totalFrom: 'rows' | 'summary' | 'capped';
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

/**
 * The text query, parsed twice: English (stemmed, so "consulting" finds "consultant") and simple
 * (names, and words English would drop); either may match.
 */
const tsQuery = (q: string) => sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', ${q}))`;
/**
 * The rows that match: full-text hits, and names that look like the query (pg_trgm, "Jansen" ~
 * "Janssen") that are not hits already. Two branches rather than one `or`, which would compute
 * the name similarity of every full-text hit.
 */
function matchingRows(columns: SQL, where: SQL, q: string): SQL {
  return sql`
    select ${columns} from mentor_profiles mp where ${where} and mp.search_vector @@ ${tsQuery(q)}
    union all
    select ${columns} from mentor_profiles mp where ${where} and ${q} <% mp.name and not (mp.search_vector @@ ${tsQuery(q)})`;
}

/**
 * Without a text query: available first, then the newest mentors, in mentor_profiles_browse_idx
 * order (hence the nulls last). The user id breaks ties, so pages never overlap or skip.
 */
const BROWSE_ORDER = sql.raw('mp.is_available desc nulls last, mp.activated_at desc nulls last, mp.user_id');

export function buildSearchStatements(filters: SearchFilters, page: { limit: number; offset: number }): SearchStatements {
  const where = sql.join(filterConditions(filters), sql` and `);
  const { q } = filters;
  if (!q) {
    const results = sql`
      select r.*, u.username, u.image from (
        select ${cardColumns}, mp.is_available as "isAvailable", mp.activated_at as "activatedAt"
        from mentor_profiles mp where ${where} order by ${BROWSE_ORDER} limit ${page.limit} offset ${page.offset}
      ) r join users u on u.id = r."userId"
      order by r."isAvailable" desc, r."activatedAt" desc, r."userId"`;
    const summary = summaryKey(filters);
    const column = sql.raw(filters.available ? 'available' : 'listed');
    const total = summary
      ? sql`select coalesce(sum(${column}), 0)::int as total from mentor_facet_pairs
            where ${summaryWhere(summary)} and facet_b = 'total' and value_b = ''`
      : sql`select count(*)::int as total from (select 1 from mentor_profiles mp where ${where} limit ${SEARCH_COUNT_CAP + 1}) m`;
    return { results, total, totalFrom: summary ? 'summary' : 'capped' };
  }
  // Weights ({D, C, B, A}): bio 0.05, approach/employer/programme 0.2, headline/job/industry 0.4, name and
  // expertise 1. A name that looks like the query adds its similarity, computed only for the few
  // names the trigram index finds (not for every full-text hit). `offset 0` makes each side rank
  // its rows where it reads them, so only (id, rank) pairs travel on: the count over all matches
  // would otherwise hold every search document in memory (and spill to disk).
  const results = sql`
    select ${cardColumns}, r.rank, r.total::int as total, u.username, u.image from (
      select coalesce(f.user_id, t.user_id) as user_id, coalesce(f.rank, 0) + coalesce(t.rank, 0) as rank,
             count(*) over () as total
      from (
        select mp.user_id, ts_rank('{0.05, 0.2, 0.4, 1.0}', mp.search_vector, ${tsQuery(q)}) as rank
        from mentor_profiles mp where ${where} and mp.search_vector @@ ${tsQuery(q)}
        offset 0
      ) f
      full join (
        select mp.user_id, word_similarity(${q}, mp.name) as rank
        from mentor_profiles mp where ${where} and ${q} <% mp.name
        offset 0
      ) t on t.user_id = f.user_id
      order by rank desc, user_id limit ${page.limit} offset ${page.offset}
    ) r
    join mentor_profiles mp on mp.user_id = r.user_id
    join users u on u.id = r.user_id
    order by r.rank desc, r.user_id`;
  const total = sql`select count(*)::int as total from (${matchingRows(sql`1`, where, q)}) m`;
  return { results, total, totalFrom: 'rows' };
}

/**
 * Runs a search: the page, and the total (at the same time, when it is a statement of its own).
 * A count that reaches the cap says so.
 */
export async function executeSearch(execute: Execute, statements: SearchStatements, offset: number) {
  if (statements.totalFrom === 'rows') {
    const rows = await execute<MentorCardRow & { total: number }>(statements.results);
    if (rows.length > 0 || offset === 0) return { rows, total: rows[0]?.total ?? 0, totalIsExact: true };
    const [count] = await execute<{ total: number }>(statements.total);
    return { rows, total: count?.total ?? 0, totalIsExact: true };
  }
  // Two statements at once: on PostgreSQL they run on two connections; PGlite queues them.
  const [rows, [count]] = await Promise.all([
    execute<MentorCardRow>(statements.results),
    execute<{ total: number }>(statements.total),
  ]);
  const total = count?.total ?? 0;
  if (statements.totalFrom === 'summary' || total <= SEARCH_COUNT_CAP) return { rows, total, totalIsExact: true };
  return { rows, total: SEARCH_COUNT_CAP, totalIsExact: false };
}

/** Which mentor_facet_pairs rows hold the counts for these filters, if any do. */
type SummaryKey = { facet: string; values: string[] };

/**
 * The counts come from mentor_facet_pairs when there is no text query and at most one filter
 * (one value, or one graduation-year range): the opening page and a first click on a filter.
 */
function summaryKey(filters: SearchFilters): SummaryKey | null {
  if (filters.q) return null;
  const keys: SummaryKey[] = [];
  const add = (facet: string, value: string | undefined) => value !== undefined && keys.push({ facet, values: [value] });
  add('industry', filters.industry);
  add('programme', filters.programme);
  add('country', filters.country);
  add('city', filters.city);
  for (const tag of filters.expertise ?? []) add('expertise', tag);
  for (const language of filters.language ?? []) add('language', language);
  if (filters.gradFrom !== undefined || filters.gradTo !== undefined) {
    const from = filters.gradFrom ?? EARLIEST_YEAR;
    const to = Math.min(filters.gradTo ?? new Date().getUTCFullYear() + 1, from + 200);
    keys.push({ facet: 'graduation', values: Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => String(from + i)) });
  }
  if (keys.length === 0) return { facet: 'total', values: [''] };
  return keys.length === 1 ? keys[0]! : null;
}

const summaryWhere = (key: SummaryKey): SQL =>
  key.values.length === 0
    ? sql`false`
    : sql`facet_a = ${key.facet} and value_a in (${sql.join(key.values.map((value) => sql`${value}`), sql`, `)})`;

/** Counts per filter value (and the total, as facet 'total'), from the summary or by counting. */
export function buildFacetStatement(filters: SearchFilters): SQL {
  const column = sql.raw(filters.available ? 'available' : 'listed');
  const summary = summaryKey(filters);
  if (summary) {
    return sql`
      select facet_b as facet, value_b as value, sum(${column})::int as count from mentor_facet_pairs
      where ${summaryWhere(summary)} group by facet_b, value_b having sum(${column}) > 0`;
  }
  const where = sql.join(filterConditions(filters), sql` and `);
  const columns = sql`mp.industry, mp.study_programme, mp.country, mp.city, mp.graduation_year, mp.expertise, mp.languages`;
  const rows = filters.q ? matchingRows(columns, where, filters.q) : sql`select ${columns} from mentor_profiles mp where ${where}`;
  // The matches once, then a count per facet over them.
  return sql`
    with m as materialized (${rows})
    select 'total' as facet, '' as value, count(*)::int as count from m
    union all select 'industry', industry, count(*)::int from m where industry is not null group by industry
    union all select 'programme', study_programme, count(*)::int from m where study_programme is not null group by study_programme
    union all select 'country', country, count(*)::int from m where country is not null group by country
    union all select 'city', city, count(*)::int from m where city is not null group by city
    union all select 'graduation', graduation_year::text, count(*)::int from m where graduation_year is not null group by graduation_year
    union all select 'expertise', tag, count(*)::int from m, unnest(m.expertise) as tag group by tag
    union all select 'language', language, count(*)::int from m, unnest(m.languages) as language group by language`;
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
