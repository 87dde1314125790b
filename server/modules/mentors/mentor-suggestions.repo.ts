import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { mentorFacetPairs, mentoringRequests, mentorships } from '../../db/schema';
import { BROWSE_ORDER, cardColumns, textArray } from './mentor-search.sql';
import type { MentorCardRow } from './mentor-search.types';

/** The SQL behind suggested mentors (the dashboard and the Search tab). */

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
 * How many available mentors have a value, or a pair of values, from mentor_facet_pairs (exact,
 * kept by triggers): `count('expertise', tag, 'language', 'nl')`. 'total' with '' is everyone.
 */
export type SuggestionCounts = (facetA: string, valueA: string, facetB: string, valueB: string) => number;

/**
 * What the suggestions statement is planned by, in one statement (the dashboard runs several
 * at once, and on a busy machine each one more waits its turn):
 * - the counts: for the member's programme and each interest, against everyone, each other, and
 *   each of the member's languages, one index range per value;
 * - the mentors the member has a pending request to or an active mentorship with: not suggested
 *   again. A read of mentoring's tables inside the suggestions' read model (ADR 0020: mentoring
 *   owns and writes them; this query only reads them, so mentors never calls into mentoring).
 */
export async function findSuggestionFacts(
  db: Db,
  menteeId: string,
  input: Pick<SuggestionInput, 'programme' | 'interests'>,
): Promise<{ counts: SuggestionCounts; engagedMentorIds: string[] }> {
  const rows = await queryRows<{ a: string; va: string; b: string; vb: string; n: number }>(
    db,
    sql`select facet_a as a, value_a as va, facet_b as b, value_b as vb, available as n from ${mentorFacetPairs}
        where ((facet_a = 'expertise' and value_a = any(${textArray(input.interests.length ? input.interests : [''])}))
               or (facet_a = 'programme' and value_a = ${input.programme ?? ''}) or facet_a = 'total')
          and facet_b in ('total', 'expertise', 'language', 'programme')
        union all
        select 'engaged', mentor_id, '', '', 0 from ${mentoringRequests} where mentee_id = ${menteeId} and status = 'pending'
        union all
        select 'engaged', mentor_id, '', '', 0 from ${mentorships} where mentee_id = ${menteeId} and ended_at is null`,
  );
  const counts = new Map<string, number>();
  const engaged = new Set<string>();
  for (const row of rows) {
    if (row.a === 'engaged') engaged.add(row.va);
    else counts.set(`${row.a}\u0000${row.va}\u0000${row.b}\u0000${row.vb}`, Number(row.n));
  }
  return {
    counts: (facetA, valueA, facetB, valueB) => counts.get(`${facetA}\u0000${valueA}\u0000${facetB}\u0000${valueB}`) ?? 0,
    engagedMentorIds: [...engaged],
  };
}

/**
 * Available mentors who share the member's programme or have expertise the member is interested
 * in, with a shared language as a further reason; language alone only when the member has
 * neither. Ranked by each matching tag (3: what the member asked for), the same programme (2),
 * a shared language (1), then newest first.
 *
 * Exact, without scoring every candidate (ADR 0031). Everyone with two matching tags or more is
 * scored (`expertise` containing a pair of the interests, through the GIN index; such pairs are
 * rare). Everyone else matches one pattern of a tag (or none), the programme and a language, and a
 * group holds each pattern among mentors who score at least as much: the newest `limit` of a group
 * outrank every other member of it who scores only the group's least, so they are the only ones of
 * that pattern that can be shown. A group is read newest first, by walking
 * mentor_profiles_browse_idx (it carries programme, languages and expertise, so the walk reads no
 * table rows) or, when `counts` say it is small, gathered through the programme and expertise
 * indexes and sorted; a group `counts` say is empty is left out. Without `counts` every group is
 * read and PostgreSQL picks each route (the same mentors, slower). When `counts` show enough
 * mentors scoring some S or more, the groups of patterns scoring less are left out (leastScoreShown).
 * The reasons' lists, the cards
 * and the users join only for the rows shown.
 */
export function buildSuggestionStatement(input: SuggestionInput, counts?: SuggestionCounts): SQL | null {
  const interests = [...new Set(input.interests)];
  const languages = [...new Set(input.languages)];
  const byProgramme = input.programme ? sql`mp.study_programme = ${input.programme}` : null;
  const byLanguage = languages.length ? sql`mp.languages && ${textArray(languages)}` : null;
  if (!byProgramme && !interests.length && !byLanguage) return null;
  const excluded = input.excludeUserIds.length ? sql`and mp.user_id <> all(${textArray(input.excludeUserIds)})` : sql``;
  const available = sql`mp.is_listed and mp.is_available ${excluded}`;
  const everyone = counts?.('total', '', 'total', '') ?? 0;
  const tagCount = interests.length
    ? sql`(${sql.join(interests.map((tag) => sql`(case when mp.expertise @> ${textArray([tag])} then 1 else 0 end)`), sql` + `)})`
    : sql`0`;

  const least = leastScoreShown(input, interests, languages, counts);
  /**
   * The newest `limit` of a group whose pattern scores `score`; `size`: how many mentors it may
   * hold (counts), if known. None when it is empty, or when enough mentors score more.
   */
  const newest = (score: number, conditions: Array<SQL | null>, size?: number): SQL | null => {
    if (size === 0 || score < least) return null;
    const where = sql.join([available, ...conditions.filter((condition): condition is SQL => condition !== null)], sql` and `);
    // Walking reads about limit × everyone ÷ size entries at ~0.4 µs; gathering reads each of the
    // group's rows from the table, ~12 times that.
    const gather = size !== undefined && input.limit * everyone > 12 * size * size;
    return gather
      ? sql`(select mp.user_id from (select mp.user_id, mp.is_available, mp.activated_at from mentor_profiles mp where ${where} offset 0) mp
             order by ${BROWSE_ORDER} limit ${input.limit})`
      : sql`(select mp.user_id from mentor_profiles mp where ${where} order by ${BROWSE_ORDER} limit ${input.limit})`;
  };
  const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : 1);

  const groups: Array<SQL | null> = [];
  if (byProgramme || interests.length) {
    const programme = input.programme ?? '';
    const inProgramme = counts?.('programme', programme, 'total', '');
    const programmeSpeaks = counts && languages.reduce((sum, language) => sum + counts('programme', programme, 'language', language), 0);
    // Patterns with one tag: (tag, programme, language) scores 6, (tag, programme) 5, (tag, language) 4, (tag) 3.
    for (const tag of interests) {
      const byTag = sql`mp.expertise @> ${textArray([tag])}`;
      const withTag = counts?.('expertise', tag, 'total', '');
      const tagSpeaks = counts && languages.reduce((sum, language) => sum + counts('expertise', tag, 'language', language), 0);
      const tagInProgramme = counts?.('expertise', tag, 'programme', programme);
      const estimate = (n: number | undefined, ...shares: number[]) => (n === undefined ? undefined : Math.ceil(shares.reduce((a, b) => a * b, n)));
      if (byProgramme) {
        if (byLanguage) groups.push(newest(6, [byTag, byProgramme, byLanguage], estimate(tagInProgramme, share(tagSpeaks ?? 0, withTag ?? 0))));
        groups.push(newest(5, [byTag, byProgramme], tagInProgramme));
      }
      if (byLanguage) groups.push(newest(4, [byTag, byLanguage], tagSpeaks === undefined ? undefined : Math.min(tagSpeaks, withTag ?? 0)));
      groups.push(newest(3, [byTag], withTag));
    }
    // Patterns without a tag: (programme, language) scores 3, (programme) 2.
    if (byProgramme) {
      if (byLanguage) groups.push(newest(3, [byProgramme, byLanguage], programmeSpeaks === undefined ? undefined : Math.min(programmeSpeaks, inProgramme ?? 0)));
      groups.push(newest(2, [byProgramme], inProgramme));
    }
    // Patterns with two tags: as above, with "two of the interests or more" for the tag (scores 9, 8, 7, 6).
    const pairs = interests.flatMap((a, i) => interests.slice(i + 1).map((b) => [a, b]));
    const paired = counts ? pairs.reduce((sum, [a, b]) => sum + counts('expertise', a!, 'expertise', b!), 0) : undefined;
    if (pairs.length && paired !== 0) {
      const twoOrMore = sql`${tagCount} >= 2 and (${sql.join(pairs.map((pair) => sql`mp.expertise @> ${textArray(pair)}`), sql` or `)})`;
      const estimate = (...shares: number[]) => (paired === undefined ? undefined : Math.ceil(shares.reduce((a, b) => a * b, paired)));
      const speaks = share(languages.length ? 0.5 : 1, 1);
      if (byProgramme) {
        if (byLanguage) groups.push(newest(9, [twoOrMore, byProgramme, byLanguage], estimate(share(inProgramme ?? 0, everyone), speaks)));
        groups.push(newest(8, [twoOrMore, byProgramme], estimate(share(inProgramme ?? 0, everyone))));
      }
      if (byLanguage) groups.push(newest(7, [twoOrMore, byLanguage], estimate(speaks)));
      groups.push(newest(6, [twoOrMore], paired));
      // Three tags or more: every one of them (mentors offer a few tags; such triples are rare).
      const triples = interests.flatMap((a, i) => interests.slice(i + 1).flatMap((b, j) => interests.slice(i + j + 2).map((c) => [a, b, c])));
      if (triples.length) {
        const contains = triples.map((triple) => sql`mp.expertise @> ${textArray(triple)}`);
        groups.push(sql`(select mp.user_id from mentor_profiles mp where ${available} and (${sql.join(contains, sql` or `)}))`);
      }
    }
  } else {
    groups.push(newest(1, [byLanguage]));
  }
  const chosen = groups.filter((group): group is SQL => group !== null);
  if (chosen.length === 0) return sql`select ${cardColumns}, false as "sameProgramme", '{}'::text[] as "matchingTags", '{}'::text[] as "sharedLanguages", ''::text as username, null::text as image from mentor_profiles mp where false`;

  const sameProgramme = byProgramme ?? sql`false`;
  const score = sql`(3 * ${tagCount} + (case when ${sameProgramme} then 2 else 0 end) + (case when ${byLanguage ?? sql`false`} then 1 else 0 end))::int`;
  const matchingTags = interests.length
    ? sql`array(select unnest(mp.expertise) intersect select unnest(${textArray(interests)}) order by 1)`
    : sql`'{}'::text[]`;
  const sharedLanguages = languages.length
    ? sql`array(select unnest(mp.languages) intersect select unnest(${textArray(languages)}) order by 1)`
    : sql`'{}'::text[]`;
  return sql`
    with candidates as (select distinct user_id from (${sql.join(chosen, sql` union all `)}) g),
    ranked as (
      select mp.user_id, mp.activated_at, ${score} as score
      from candidates c join mentor_profiles mp on mp.user_id = c.user_id
      order by score desc, mp.activated_at desc, mp.user_id
      limit ${input.limit}
    )
    select ${cardColumns}, (${sameProgramme}) as "sameProgramme", ${matchingTags} as "matchingTags",
           ${sharedLanguages} as "sharedLanguages", u.username, u.image
    from ranked r join mentor_profiles mp on mp.user_id = r.user_id join users u on u.id = r.user_id
    order by r.score desc, r.activated_at desc, r.user_id`;
}

/**
 * The least score a suggestion shown can have, from the exact counts: when at least `limit`
 * mentors besides those excluded are known to score S or more (those with a tag and the programme
 * score 5 or more, for instance), no mentor scoring less is shown, and the groups of patterns
 * scoring less need not be read. 0 without counts.
 */
function leastScoreShown(input: SuggestionInput, interests: string[], languages: string[], counts?: SuggestionCounts): number {
  if (!counts) return 0;
  const programme = input.programme;
  const known: Array<{ score: number; mentors: number }> = [];
  for (const tag of interests) {
    if (programme) known.push({ score: 5, mentors: counts('expertise', tag, 'programme', programme) });
    for (const language of languages) known.push({ score: 4, mentors: counts('expertise', tag, 'language', language) });
    known.push({ score: 3, mentors: counts('expertise', tag, 'total', '') });
  }
  if (programme) {
    for (const language of languages) known.push({ score: 3, mentors: counts('programme', programme, 'language', language) });
    known.push({ score: 2, mentors: counts('programme', programme, 'total', '') });
  }
  // The excluded may be among them (the member themselves, mentors already asked).
  const enough = input.limit + input.excludeUserIds.length;
  return Math.max(0, ...known.filter(({ mentors }) => mentors >= enough).map(({ score }) => score));
}

export async function runSuggestions(db: Db, statement: SQL): Promise<SuggestionRow[]> {
  return queryRows<SuggestionRow>(db, statement);
}
