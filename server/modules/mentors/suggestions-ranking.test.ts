import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/database';
import { type Database, queryRows } from '../../db/client';
import { seedMembers } from '../../seed/members';
import { cardColumns, textArray } from './mentor-search.sql';
import { type SuggestionInput, type SuggestionRow, buildSuggestionStatement, findSuggestionFacts, runSuggestions } from './mentor-suggestions.repo';

/**
 * The suggestions statement as it was before issue 18: every candidate's reasons computed and every
 * candidate joined to users, then ranked. The statement in use must pick the same mentors, in the same order.
 */
function referenceStatement(input: SuggestionInput): SQL | null {
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

const shown = (rows: SuggestionRow[]) =>
  rows.map((row) => ({
    userId: row.userId,
    username: row.username,
    sameProgramme: row.sameProgramme,
    matchingTags: row.matchingTags,
    sharedLanguages: row.sharedLanguages,
  }));

describe('the suggestions statement ranks like the reference (every candidate scored)', { timeout: 120_000 }, () => {
  let database: Database;
  let programmes: string[];
  let tags: string[];
  let mentorIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedMembers(database.db, { count: 3000, runId: 'sugg1' });
    const column = async (statement: SQL) => (await queryRows<{ v: string }>(database.db, statement)).map((row) => row.v);
    programmes = await column(sql`select study_programme as v from mentor_profiles group by 1 order by count(*) desc, 1 limit 4`);
    // Common tags and rare ones, so both ties and single matches are compared.
    tags = await column(sql`select t as v from mentor_profiles, unnest(expertise) t group by 1 order by count(*) desc, 1`);
    mentorIds = await column(sql`select user_id as v from mentor_profiles order by activated_at desc limit 5`);
  });
  afterAll(() => database?.close());

  it('gives the same mentors in the same order, with the same reasons, for many kinds of member', async () => {
    const common = tags.slice(0, 3);
    const rare = tags.slice(-3);
    const inputs: SuggestionInput[] = [];
    for (const limit of [3, 40]) {
      for (const programme of [null, ...programmes.slice(0, 2)]) {
        for (const interests of [[], common.slice(0, 1), common, [...rare, common[0]!], ['No such tag']]) {
          for (const languages of [[], ['nl'], ['en', 'nl'], ['fr']]) {
            inputs.push({ programme, interests, languages, excludeUserIds: [], limit });
          }
        }
      }
    }
    inputs.push({ programme: programmes[2]!, interests: common, languages: ['en'], excludeUserIds: mentorIds, limit: 3 });
    inputs.push({ programme: programmes[3]!, interests: [], languages: [], excludeUserIds: mentorIds.slice(0, 1), limit: 10 });
    // Interests that go together (two and three tags on one mentor), with and without the programme.
    for (const programme of [null, programmes[0]!]) {
      inputs.push({ programme, interests: tags.slice(0, 6), languages: ['en'], excludeUserIds: [], limit: 12 });
      inputs.push({ programme, interests: [...tags.slice(0, 4), 'No such tag'], languages: [], excludeUserIds: mentorIds.slice(0, 2), limit: 3 });
    }

    let compared = 0;
    for (const input of inputs) {
      const statement = buildSuggestionStatement(input);
      // As the app runs it: groups the summary counts say are empty left out, small ones gathered.
      const planned = buildSuggestionStatement(input, (await findSuggestionFacts(database.db, '', input)).counts);
      const reference = referenceStatement(input);
      expect(statement === null, JSON.stringify(input)).toBe(reference === null);
      if (!statement || !planned || !reference) continue;
      const expected = shown(await runSuggestions(database.db, reference));
      expect(shown(await runSuggestions(database.db, statement)), JSON.stringify(input)).toEqual(expected);
      expect(shown(await runSuggestions(database.db, planned)), `${JSON.stringify(input)} planned`).toEqual(expected);
      if (expected.length) compared++;
    }
    // Most inputs find someone: the comparison is not of empty lists.
    expect(compared).toBeGreaterThan(inputs.length / 2);
  });
});
