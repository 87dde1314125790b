import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { mentoringRequests, mentorships } from '../../db/schema';
import { cardColumns, textArray } from './mentor-search.sql';
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
 * Available mentors who share the member's programme or have expertise the member is interested
 * in, with a shared language as a further reason; language alone only when the member has
 * neither. Ranked by each matching tag (3: what the member asked for), the same programme (2),
 * a shared language (1).
 *
 * Ranked and limited inside mentor_profiles on the cheapest form of the score (a count of matching
 * tags, an overlap test for languages); the reasons' lists and the users join only for the rows shown.
 */
export function buildSuggestionStatement(input: SuggestionInput): SQL | null {
  const byProgramme = input.programme ? sql`mp.study_programme = ${input.programme}` : null;
  const byInterest = input.interests.length ? sql`mp.expertise && ${textArray(input.interests)}` : null;
  const byLanguage = input.languages.length ? sql`mp.languages && ${textArray(input.languages)}` : null;
  const candidates = [byProgramme, byInterest].filter((condition): condition is SQL => condition !== null);
  const candidate = candidates.length ? sql`(${sql.join(candidates, sql` or `)})` : byLanguage;
  if (!candidate) return null;
  const sameProgramme = byProgramme ?? sql`false`;
  // The number of tags in both lists (the cardinality of their intersection) without building it:
  // one containment test per distinct interest.
  const interests = [...new Set(input.interests)];
  const tagCount = interests.length
    ? sql`(${sql.join(interests.map((tag) => sql`(case when mp.expertise @> array[${tag}]::text[] then 1 else 0 end)`), sql` + `)})`
    : sql`0`;
  const score = sql`(3 * ${tagCount} + (case when ${sameProgramme} then 2 else 0 end) + (case when ${byLanguage ?? sql`false`} then 1 else 0 end))::int`;
  const matchingTags = input.interests.length
    ? sql`array(select unnest(s.expertise) intersect select unnest(${textArray(input.interests)}) order by 1)`
    : sql`'{}'::text[]`;
  const sharedLanguages = input.languages.length
    ? sql`array(select unnest(s.languages) intersect select unnest(${textArray(input.languages)}) order by 1)`
    : sql`'{}'::text[]`;
  const excluded = input.excludeUserIds.length ? sql`and mp.user_id <> all(${textArray(input.excludeUserIds)})` : sql``;
  return sql`
    select s.*, ${matchingTags} as "matchingTags", ${sharedLanguages} as "sharedLanguages", u.username, u.image from (
      select ${cardColumns}, mp.activated_at, (${sameProgramme}) as "sameProgramme", ${score} as score
      from mentor_profiles mp
      where mp.is_listed and mp.is_available and ${candidate} ${excluded}
      order by score desc, mp.activated_at desc, mp.user_id
      limit ${input.limit}
    ) s join users u on u.id = s."userId"
    order by s.score desc, s.activated_at desc, s."userId"`;
}

export async function runSuggestions(db: Db, statement: SQL): Promise<SuggestionRow[]> {
  return queryRows<SuggestionRow>(db, statement);
}

/**
 * Mentors the member has a pending request to or an active mentorship with: not suggested again.
 * A read of mentoring's tables inside the suggestions' read model (ADR 0020: mentoring owns and
 * writes them; this query only reads them, so mentors never calls into mentoring).
 */
export async function listEngagedMentorIds(db: Db, menteeId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select mentor_id as id from ${mentoringRequests} where mentee_id = ${menteeId} and status = 'pending'
        union select mentor_id from ${mentorships} where mentee_id = ${menteeId} and ended_at is null`,
  );
  return rows.map((row) => row.id);
}
