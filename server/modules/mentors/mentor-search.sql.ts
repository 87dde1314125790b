import { type SQL, sql } from 'drizzle-orm';
import { SEARCH_COUNT_CAP } from '../../../contract/mentors';
import { matchEstimate } from './mentor-search-estimate';
import { FUZZY_BELOW, planFacets, planSearch, valueFilters } from './mentor-search.planner';
import type { Route, SearchFilters, SearchStatements, SummaryKey, ValueFacet } from './mentor-search.types';

/**
 * The SQL behind search (suggestions are in mentor-suggestions.repo.ts): pure functions from the
 * filters (and the planner's choices, mentor-search.planner.ts) to statements. They run through
 * an `Execute` (mentor-search.repo.ts), so the benchmark runs exactly these statements, the same
 * way, bare, and compares them with the HTTP endpoint.
 *
 * Everything reads mentor_profiles alone (the search row, see schema/mentoring.ts) through its
 * indexes; users is joined only for the page of results. Never `.prepare()` these: on PostgreSQL
 * a generic plan stops looking at the tsquery and is 2.5× slower.
 */

export const cardColumns = sql.raw(`
  mp.user_id as "userId", mp.name, mp.headline, mp.study_programme as "studyProgramme",
  mp.graduation_year as "graduationYear", mp.job_title as "jobTitle", mp.employer, mp.industry, mp.city,
  mp.country, mp.languages, mp.expertise, mp.is_listed as "isListed", (mp.paused_at is not null) as "isPaused",
  mp.active_mentees as "activeMentees", mp.max_mentees as "maxMentees",
  mp.answered_requests as "answeredRequests", mp.median_answer_hours as "medianAnswerHours"`);

export const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;

/** The filter conditions, without the text query: who may be found, availability and graduation years. */
function baseConditions(filters: SearchFilters): SQL[] {
  const conditions = [sql`mp.is_listed`];
  if (filters.available) conditions.push(sql`mp.is_available`);
  if (filters.gradFrom !== undefined) conditions.push(sql`mp.graduation_year >= ${filters.gradFrom}`);
  if (filters.gradTo !== undefined) conditions.push(sql`mp.graduation_year <= ${filters.gradTo}`);
  return conditions;
}

/** The conditions of the value filters (see valueFilters). */
function valueConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.expertise?.length) conditions.push(sql`mp.expertise @> ${textArray(filters.expertise)}`);
  if (filters.industry) conditions.push(sql`mp.industry = ${filters.industry}`);
  if (filters.programme) conditions.push(sql`mp.study_programme = ${filters.programme}`);
  if (filters.country) conditions.push(sql`mp.country = ${filters.country}`);
  if (filters.city) conditions.push(sql`mp.city = ${filters.city}`);
  if (filters.language?.length) conditions.push(sql`mp.languages @> ${textArray(filters.language)}`);
  return conditions;
}

const allOf = (conditions: SQL[]): SQL => (conditions.length ? sql.join(conditions, sql` and `) : sql`true`);
/** Every filter condition, without the text query. */
const filterConditions = (filters: SearchFilters): SQL => allOf([...baseConditions(filters), ...valueConditions(filters)]);

/**
 * The text query, parsed twice: English (stemmed, so "consulting" finds "consultant") and simple
 * (names, and words English would drop); either may match.
 */
const tsQuery = (q: string) => sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', ${q}))`;

/** The letter of each filter's terms in filter_terms (migration 0013). */
const TERM_LETTER: Record<ValueFacet, string> = { industry: 'i', programme: 'p', country: 'n', city: 'c', expertise: 'e', language: 'l' };

/** The value filters as terms of filter_terms: the filter's letter and the start of the value's md5. */
const filterTerms = (filters: SearchFilters): SQL[] =>
  valueFilters(filters).map(({ facet, value }) => sql`(${TERM_LETTER[facet]} || left(md5(${value}), 10))::tsquery`);

/**
 * The text query matched through mentor_profiles_search_filters_idx, together with the equality
 * filters (ADR 0013): the index then yields only mentors that have the words and every filter value,
 * however common the words. The filters stay in the WHERE as well; the terms only find the rows.
 */
const indexedMatch = (filters: SearchFilters, q: string): SQL =>
  sql`(mp.search_vector || mp.filter_terms) @@ (${sql.join([tsQuery(q), ...filterTerms(filters)], sql` && `)})`;
/**
 * The rows that match: full-text hits, and names that look like the query (pg_trgm, "Jansen" ~
 * "Janssen") that are not hits already. Two branches rather than one `or`, which would compute
 * the name similarity of every full-text hit.
 */
function matchingRows(columns: SQL, where: SQL, filters: SearchFilters, q: string): SQL {
  return sql`
    select ${columns} from mentor_profiles mp where ${where} and ${indexedMatch(filters, q)}
    union all
    select ${columns} from mentor_profiles mp where ${where} and ${q} <% mp.name and not (mp.search_vector @@ ${tsQuery(q)})`;
}

/**
 * Without a text query: available first, then the newest mentors, in mentor_profiles_browse_idx
 * order (hence the nulls last). The user id breaks ties, so pages never overlap or skip.
 */
export const BROWSE_ORDER = sql.raw('mp.is_available desc nulls last, mp.activated_at desc nulls last, mp.user_id');

/** A text search ranks at most this many full-text matches (ADR 0008); more say "300+". */
const TEXT_CANDIDATES = 300;
/** At most this many names that look like the query are added, when fewer than FUZZY_BELOW mentors match the words. */
const FUZZY_CANDIDATES = 200;
/**
 * The ranked candidates of a text search, as CTEs (ADR 0008). `fts`: the full-text matches, at
 * most TEXT_CANDIDATES of them, taken in browse order (available first, newest first) — by walking
 * mentor_profiles_browse_idx for a common word, through the GIN index for a rare one — and only
 * those ranked, so the work is bounded however many mentors match. `fuzzy` (`withNames`): when
 * fewer than FUZZY_BELOW mentors match, names that look like the query (pg_trgm, "Jansen" ~
 * "Janssen"), ranked by their similarity.
 *
 * Weights ({D, C, B, A}): bio 0.05, approach/employer/programme 0.2, headline/job/industry 0.4, name and
 * expertise 1.
 */
function textCandidates(where: SQL, filters: SearchFilters, q: string, route: Route, withNames: boolean): SQL {
  const rank = (vector: SQL) => sql`ts_rank('{0.05, 0.2, 0.4, 1.0}', ${vector}, ${tsQuery(q)})`;
  // Each route is made the only one the planner can take (see planTextPage).
  const fts =
    route === 'walk'
      ? // The match is written as the function behind `@@`, which no index serves, so the browse
        // index is read in order, its entries checked until TEXT_CANDIDATES match.
        sql`fts as materialized (
          select c.user_id, ${rank(sql`c.search_vector`)} as rank from (
            select mp.user_id, mp.search_vector from mentor_profiles mp where ${where} and ts_match_vq(mp.search_vector, ${tsQuery(q)})
            order by ${BROWSE_ORDER} limit ${TEXT_CANDIDATES}
          ) c
        )`
      : // Every match through the text index and its filter terms alone (`offset 0` keeps them from
        // being walked, and keeps the value filters, checked after it, from adding their own indexes
        // to a search the terms have already narrowed), sorted with only their row addresses: the
        // search documents of the first TEXT_CANDIDATES are read afterwards, by address, instead of
        // being carried through the sort (1 ms at 2,000 matches).
        sql`fts as materialized (
          select m.user_id, ${rank(sql`m.search_vector`)} as rank from (
            select mp.row_id from (
              select mp.*, mp.ctid as row_id from mentor_profiles mp where ${allOf(baseConditions(filters))} and ${indexedMatch(filters, q)} offset 0
            ) mp
            where ${allOf(valueConditions(filters))}
            order by ${BROWSE_ORDER} limit ${TEXT_CANDIDATES}
          ) c
          join mentor_profiles m on m.ctid = c.row_id
        )`;
  if (!withNames) return sql`${fts}, candidates as (select * from fts)`;
  return sql`${fts},
    fuzzy as materialized (
      select mp.user_id, word_similarity(${q}, mp.name) as rank
      from mentor_profiles mp
      where (select count(*) from fts) < ${FUZZY_BELOW} and ${where} and ${q} <% mp.name and not (mp.search_vector @@ ${tsQuery(q)})
      limit ${FUZZY_CANDIDATES}
    ),
    candidates as (select * from fts union all select * from fuzzy)`;
}

function textStatements(where: SQL, filters: SearchFilters, q: string, page: { limit: number; offset: number }): SearchStatements {
  const results = (route: Route, withNames: boolean) => sql`
    with ${textCandidates(where, filters, q, route, withNames)}
    select ${cardColumns}, r.rank, r.total::int as total, r.capped, u.username, u.image from (
      select c.user_id, c.rank, count(*) over () as total, (select count(*) from fts) >= ${TEXT_CANDIDATES} as capped
      from candidates c
      order by c.rank desc, c.user_id limit ${page.limit} offset ${page.offset}
    ) r
    join mentor_profiles mp on mp.user_id = r.user_id
    join users u on u.id = r.user_id
    order by r.rank desc, r.user_id`;
  const total = sql`
    with ${textCandidates(where, filters, q, 'gather', true)}
    select (select count(*) from candidates)::int as total, (select count(*) from fts) >= ${TEXT_CANDIDATES} as capped`;
  // The planner's own guess at how many mentors match decides the route (see planTextPage).
  return { kind: 'text', estimate: matchEstimate(where, q, JSON.stringify(filters)), page: results, total };
}

export function buildSearchStatements(filters: SearchFilters, page: { limit: number; offset: number }): SearchStatements {
  const where = filterConditions(filters);
  const plan = planSearch(filters);
  if (plan.kind === 'text') return textStatements(where, filters, plan.q, page);
  // The page's ids first, from the browse index alone (it carries the filter columns), then
  // their cards: the filters never read the table.
  const browse = (from: SQL) => sql`
    select ${cardColumns}, u.username, u.image from (
      select mp.user_id, mp.is_available, mp.activated_at from ${from}
      where ${where} order by ${BROWSE_ORDER} limit ${page.limit} offset ${page.offset}
    ) p
    join mentor_profiles mp on mp.user_id = p.user_id
    join users u on u.id = p.user_id
    order by p.is_available desc nulls last, p.activated_at desc nulls last, p.user_id`;
  const walk = browse(sql`mentor_profiles mp`);
  if (plan.kind === 'summary') {
    const total = summaryTotal(plan.keys, sql.raw(filters.available ? 'available' : 'listed'));
    // `offset 0` keeps the planner from walking the browse index in order looking for rare rows.
    return { kind: 'summary', walk, gather: browse(sql`(select * from mentor_profiles mp where ${where} offset 0) mp`), total };
  }
  const total = sql`select count(*)::int as total from (select 1 from mentor_profiles mp where ${where} limit ${SEARCH_COUNT_CAP + 1}) m`;
  return { kind: 'capped', walk, total };
}

const valueList = (values: string[]): SQL => sql.join(values.map((value) => sql`${value}`), sql`, `);
const summaryWhere = (side: 'a' | 'b', key: SummaryKey): SQL =>
  key.values.length === 0
    ? sql`false`
    : sql`${sql.raw(`facet_${side}`)} = ${key.facet} and ${sql.raw(`value_${side}`)} in (${valueList(key.values)})`;
const TOTAL_KEY: SummaryKey = { facet: 'total', values: [''] };

/**
 * The total from mentor_facet_pairs (the pair of the two filters, or a filter, or nothing, with
 * the total) and, as `everyone`, the total without filters.
 */
function summaryTotal(keys: SummaryKey[], column: SQL): SQL {
  const [a = TOTAL_KEY, b = TOTAL_KEY] = keys;
  return sql`select coalesce(sum(${column}), 0)::int as total,
                    (select ${column} from mentor_facet_pairs where facet_a = 'total' and facet_b = 'total') as everyone
             from mentor_facet_pairs where ${summaryWhere('a', a)} and ${summaryWhere('b', b)}`;
}

/** Counts per filter value (and the total, as facet 'total'), from the summary or by counting. */
export function buildFacetStatement(filters: SearchFilters): SQL {
  const column = sql.raw(filters.available ? 'available' : 'listed');
  const plan = planFacets(filters);
  if (plan.kind === 'summary') {
    return sql`
      select facet_b as facet, value_b as value, sum(${column})::int as count from mentor_facet_pairs
      where ${summaryWhere('a', plan.key ?? TOTAL_KEY)} group by facet_b, value_b having sum(${column}) > 0`;
  }
  const where = filterConditions(filters);
  const columns = sql`mp.industry, mp.study_programme, mp.country, mp.city, mp.graduation_year, mp.expertise, mp.languages`;
  const rows = filters.q ? matchingRows(columns, where, filters, filters.q) : sql`select ${columns} from mentor_profiles mp where ${where}`;
  // One pass over the matches counts every facet (grouping sets). A list (languages, expertise)
  // is counted as a whole, then by item: there are far fewer distinct lists than matches. For
  // "phd" (26,000 of 100,000 mentors) 74 ms, where setting the matches aside and counting each
  // facet over them took 124 ms.
  return sql`
    with g as (
      select case when grouping(industry) = 0 then 'industry' when grouping(study_programme) = 0 then 'programme'
                  when grouping(country) = 0 then 'country' when grouping(city) = 0 then 'city'
                  when grouping(graduation_year) = 0 then 'graduation' when grouping(languages) = 0 then 'language'
                  when grouping(expertise) = 0 then 'expertise' else 'total' end as facet,
             coalesce(industry, study_programme, country, city, graduation_year::text) as value,
             coalesce(languages, expertise) as list, count(*)::int as count
      from (${rows}) m
      group by grouping sets ((industry), (study_programme), (country), (city), (graduation_year), (languages), (expertise), ())
    )
    select facet, coalesce(value, '') as value, count from g where value is not null or facet = 'total'
    union all
    select facet, item, sum(count)::int from (select facet, unnest(list) as item, count from g where list is not null) l group by facet, item`;
}
