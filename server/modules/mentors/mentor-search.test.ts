import { type SQL, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type MentorCard, type MentorFacetsResult, MentorSearchQuerySchema, type MentorSearchResult, type UpdateMentorProfile } from '../../../contract/mentors';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { queryRows } from '../../db/client';
import { mentorProfiles } from '../../db/schema';
import { seedMembers } from '../../seed/members';
import { estimatedMatches, executeOn, executeSearch } from './mentor-search.repo';
import { buildSearchStatements } from './mentor-search.sql';
import type { EstimatePlan, Execute, SearchStatements } from './mentor-search.types';

/** A word no other test uses, letters only, so it is one lexeme and one trigram set. */
let counter = 0;
const uniqueWord = () => {
  counter += 1;
  const letters = (counter * 7919 + Date.now()).toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)]!);
  return `zq${letters}`;
};

const statementsFor = (query: string): SearchStatements => {
  const { page, pageSize, ...filters } = MentorSearchQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
  return buildSearchStatements(filters, { limit: pageSize, offset: (page - 1) * pageSize });
};

/** An EXPLAIN answer in which the planner expects `rows` of `filtered` mentors to match every probe of the plan. */
function plannerExpects(rows: number, filtered: number, plan: EstimatePlan) {
  const probes = (plan.parts.length === 0 ? 1 : plan.blend ? plan.parts.length + 1 : plan.parts.length) * 2;
  const initPlans = [filtered, ...Array<number>(probes).fill(rows)].map((estimate, i) => ({
    'Subplan Name': `InitPlan ${i + 1}`,
    'Plan Rows': 1,
    Plans: [{ 'Plan Rows': estimate }],
  }));
  return [{ Plan: { 'Plan Rows': 1, Plans: initPlans } }];
}

// Tests build their own mentors through the API, several each: slow on a busy machine.
describe('mentor search', { timeout: 60_000 }, () => {
  let t: TestApp;
  let searcher: { cookie: string };
  beforeAll(async () => {
    t = await createTestApp();
    searcher = await createMember(t, { role: 'student' });
    // A population to search among (generated mentors all speak English); each test adds its own
    // mentors with words and programmes nobody else has. The same population every run: about one
    // in twelve is paused, and a random 1,100 left 1,000 or fewer available in one run in ten, too
    // few for the test that counts to 1,000 and says there are more.
    await seedMembers(t.database.db, { count: 1200, runId: 'search' });
  });
  afterAll(() => t.close());

  const search = async (query: string, cookie = searcher.cookie): Promise<MentorSearchResult> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/mentors?${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const facets = async (query: string): Promise<MentorFacetsResult> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/mentors/facets?${query}`, headers: { cookie: searcher.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const names = (result: MentorSearchResult) => result.items.map((item: MentorCard) => item.name).sort();
  const mentorIn = (programme: string, familyName: string, profile: UpdateMentorProfile = {}, graduationYear = 2014) =>
    createMentor(t, profile, { studyProgramme: programme, familyName, graduationYear, startYear: graduationYear - 4 });

  describe('filters', () => {
    const programme = `Programme ${uniqueWord()}`;
    const tag = `Tag ${uniqueWord()}`;
    const p = `programme=${encodeURIComponent(programme)}`;
    beforeAll(async () => {
      await mentorIn(programme, 'Alpha', {
        expertise: ['Marketing', tag],
        industry: 'finance',
        city: 'Amsterdam',
        country: 'NL',
        languages: ['nl', 'en'],
      }, 2010);
      await mentorIn(programme, 'Bravo', {
        expertise: [tag],
        industry: 'legal',
        city: 'Paris',
        country: 'FR',
        languages: ['fr', 'en'],
      }, 2015);
      await mentorIn(programme, 'Charlie', {
        expertise: ['Finance'],
        industry: 'finance',
        city: 'Amsterdam',
        country: 'NL',
        languages: ['en'],
      }, 2020);
    });

    it.each([
      ['', ['Alpha', 'Bravo', 'Charlie']],
      [`expertise=${encodeURIComponent(tag)}`, ['Alpha', 'Bravo']],
      [`expertise=${encodeURIComponent(tag)}&expertise=Marketing`, ['Alpha']],
      ['industry=finance', ['Alpha', 'Charlie']],
      ['country=NL', ['Alpha', 'Charlie']],
      ['city=Paris', ['Bravo']],
      ['language=nl', ['Alpha']],
      ['language=en&language=fr', ['Bravo']],
      ['gradFrom=2012', ['Bravo', 'Charlie']],
      ['gradTo=2012', ['Alpha']],
      ['gradFrom=2012&gradTo=2016', ['Bravo']],
      [`expertise=${encodeURIComponent(tag)}&industry=finance&country=NL&language=en&gradTo=2010`, ['Alpha']],
      ['industry=finance&city=Paris', []],
      ['language=kl', []],
    ])('programme + %s', async (filters, expected) => {
      const result = await search(`${p}${filters ? `&${filters}` : ''}`);
      expect(names(result)).toEqual(expected.map((name) => `Test ${name}`));
      expect(result.total).toBe(expected.length);
    });

    it('counts the results per filter value', async () => {
      const { total, facets: counts } = await facets(p);
      expect(total).toBe(3);
      expect(counts.programme).toEqual([{ value: programme, count: 3 }]);
      expect(counts.graduationYear).toEqual([
        { value: '2010', count: 1 },
        { value: '2015', count: 1 },
        { value: '2020', count: 1 },
      ]);
      expect(counts.industry).toEqual([
        { value: 'finance', count: 2 },
        { value: 'legal', count: 1 },
      ]);
      expect(counts.expertise).toEqual(
        expect.arrayContaining([
          { value: tag, count: 2 },
          { value: 'Marketing', count: 1 },
        ]),
      );
      expect(counts.language[0]).toEqual({ value: 'en', count: 3 });
      expect(counts.country).toEqual([
        { value: 'NL', count: 2 },
        { value: 'FR', count: 1 },
      ]);
      expect(counts.city).toEqual([
        { value: 'Amsterdam', count: 2 },
        { value: 'Paris', count: 1 },
      ]);
    });

    it('shows on each result what a mentee scans for', async () => {
      const { items } = await search(`${p}&city=Paris`);
      expect(items[0]).toMatchObject({
        name: 'Test Bravo',
        username: expect.any(String),
        image: null,
        studyProgramme: programme,
        graduationYear: 2015,
        expertise: [tag],
        availability: 'available',
        responsiveness: null,
      });
    });
  });

  it('leaves paused and full mentors out of "available only", and marks them when it is off', async () => {
    const programme = `Programme ${uniqueWord()}`;
    const p = `programme=${encodeURIComponent(programme)}`;
    const paused = await mentorIn(programme, 'Paused');
    const full = await mentorIn(programme, 'Full', { maxMentees: 1 });
    await mentorIn(programme, 'Open');
    await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/pause', headers: { cookie: paused.cookie } });
    await t.database.db.update(mentorProfiles).set({ activeMentees: 1 }).where(eq(mentorProfiles.userId, full.user.id));

    expect(names(await search(p))).toEqual(['Test Open']);
    const all = await search(`${p}&available=false`);
    expect(all.items.map((item) => [item.name, item.availability])).toEqual([
      ['Test Open', 'available'],
      // Unavailable mentors come after available ones; the newest first among them.
      ['Test Full', 'full'],
      ['Test Paused', 'paused'],
    ]);

    await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/resume', headers: { cookie: paused.cookie } });
    expect(names(await search(p))).toEqual(['Test Open', 'Test Paused']);
  });

  it('ranks a name or expertise match above a bio match', async () => {
    const word = uniqueWord();
    const inBio = await createMentor(t, { headline: 'Mentor' }, { familyName: 'Biography' });
    await t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: inBio.cookie }, payload: { bio: `I once worked on ${word} projects, and ${word} again.` } });
    await createMentor(t, { expertise: [word] }, { familyName: 'Expert' });
    await createMentor(t, {}, { familyName: word });
    await createMentor(t, { approach: `Questions about ${word}` }, { familyName: 'Approach' });

    const result = await search(`q=${word}`);
    expect(result.total).toBe(4);
    const order = result.items.map((item) => item.name);
    expect(order.slice(0, 2).sort()).toEqual(['Test Expert', `Test ${word}`].sort());
    expect(order.slice(2)).toEqual(['Test Approach', 'Test Biography']);
  });

  it('finds a name typed with a typo, and stemmed words', async () => {
    const word = uniqueWord();
    const family = `Van${word}berg`;
    await createMentor(t, { headline: 'Consultant in strategy', expertise: [`Consulting ${word}`] }, { familyName: family });

    const typo = `Van${word.slice(0, -1)}berg`; // one letter missing
    expect(names(await search(`q=${encodeURIComponent(typo)}`))).toContain(`Test ${family}`);
    expect(names(await search(`q=${encodeURIComponent(`consultants ${word}`)}`))).toEqual([`Test ${family}`]);
  });

  it('pages without overlaps or gaps, the same way every time', async () => {
    const programme = `Programme ${uniqueWord()}`;
    const word = uniqueWord();
    for (let i = 0; i < 7; i++) await mentorIn(programme, `Page${i}`, { expertise: [word] });

    for (const base of [`programme=${encodeURIComponent(programme)}`, `q=${word}`]) {
      const pages = [];
      for (let page = 1; page <= 3; page++) pages.push(await search(`${base}&pageSize=3&page=${page}`));
      expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
      expect(pages[0]).toMatchObject({ total: 7, pageCount: 3, page: 1, pageSize: 3 });
      const seen = pages.flatMap((page) => page.items.map((item) => item.userId));
      expect(new Set(seen).size).toBe(7);
      expect((await search(`${base}&pageSize=3&page=2`)).items).toEqual(pages[1]!.items);
    }
  });

  it('counts from the summary exactly what counting the profiles gives', async () => {
    // A mentor who has filled in nothing: no industry and no place, counted under no value.
    const programme = `Programme ${uniqueWord()}`;
    await createMentor(t, {}, { studyProgramme: programme });
    const [expected] = await queryRows<{ available: number; listed: number }>(
      t.database.db,
      sql`select count(*) filter (where is_available)::int as available, count(*) filter (where is_listed)::int as listed from mentor_profiles`,
    );
    expect((await facets('')).total).toBe(expected!.available);
    expect((await facets('available=false')).total).toBe(expected!.listed);
    expect((await search('')).total).toBe(expected!.available);
    // One filter is answered from mentor_facet_pairs; adding gradFrom=1900, which every alumnus
    // passes, makes two, which are counted over the profiles.
    for (const state of [
      '',
      'available=false',
      'industry=finance',
      'language=en',
      'expertise=Marketing',
      'country=NL&available=false',
      `programme=${encodeURIComponent(programme)}`,
    ]) {
      const summary = await facets(state);
      const counted = await facets(`${state}&gradFrom=1900`);
      expect(summary, state).toEqual(counted);
      expect((await search(state)).total, state).toBe(summary.total);
      expect((await search(`${state}&gradFrom=1900`)).total, `${state} and a range`).toBe(counted.total);
    }
    const range = await facets('gradFrom=2012&gradTo=2016');
    expect(range.facets.graduationYear.every(({ value }) => Number(value) >= 2012 && Number(value) <= 2016)).toBe(true);
    expect(range.total).toBe(range.facets.graduationYear.reduce((sum, { count }) => sum + count, 0));
    expect((await search('gradFrom=2012&gradTo=2016')).total).toBe(range.total);
  });

  it('keeps the summary right through pausing, resuming and a change of programme', async () => {
    const programme = `Programme ${uniqueWord()}`;
    const mentor = await mentorIn(programme, 'Counted', { expertise: ['Marketing'] });
    const p = `programme=${encodeURIComponent(programme)}`;
    expect((await facets(p)).total).toBe(1);
    await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/pause', headers: { cookie: mentor.cookie } });
    expect([(await facets(p)).total, (await facets(`${p}&available=false`)).total]).toEqual([0, 1]);
    await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/resume', headers: { cookie: mentor.cookie } });
    await t.database.db.execute(sql`update users set study_programme = 'Elsewhere' where id = ${mentor.user.id}`);
    expect((await facets(p)).total).toBe(0);
    expect(await facets(`${p}&gradFrom=1900`)).toEqual(await facets(p));
  });

  it('counts two filters from the summary, and counts up to 1,000 with more, saying so', async () => {
    const two = 'language=en&gradFrom=1900';
    expect(await search(two)).toMatchObject({ totalIsExact: true, total: (await facets(two)).total });
    expect((await facets(two)).total).toBeGreaterThan(1000);
    const three = 'language=en&language=eo&gradFrom=1900';
    expect(await search(three)).toMatchObject({ totalIsExact: true, total: 0 });
    // Every mentor learns Esperanto for a moment: three filters that more than 1,000 pass.
    await t.database.db.execute(sql`update users set languages = languages || '{eo}' where id in (select user_id from mentor_profiles)`);
    try {
      expect(await search(three)).toMatchObject({ total: 1000, totalIsExact: false, pageCount: 50 });
      expect((await facets(three)).total).toBeGreaterThan(1000);
    } finally {
      await t.database.db.execute(sql`update users set languages = array_remove(languages, 'eo') where 'eo' = any(languages)`);
    }
  });

  it('ranks the first 300 text matches, best first, and says there are more', async () => {
    const word = uniqueWord();
    await t.database.db.execute(
      sql`update users set bio = coalesce(bio, '') || ' ' || ${word} where id in (select user_id from mentor_profiles where is_available limit 400)`,
    );
    await createMentor(t, { expertise: [word] }, { familyName: 'Newest' });
    const result = await search(`q=${word}`);
    expect(result).toMatchObject({ total: 300, totalIsExact: false, pageCount: 15 });
    expect(result.items[0]!.name).toBe('Test Newest');
    expect((await search(`q=${word}&page=16`)).items).toEqual([]);
  });

  it('gives the same page whether it walks the browse index or gathers the matches', async () => {
    const word = uniqueWord();
    await t.database.db.execute(
      sql`update users set bio = coalesce(bio, '') || ' ' || ${word} where id in (select user_id from mentor_profiles where is_listed limit 60)`,
    );
    const execute = executeOn(t.database.db);
    const ids = async (statement: SQL) => (await execute<{ userId: string }>(statement)).map((row) => row.userId);
    for (const query of [`q=${word}&available=false`, `q=${word}&language=en`, 'language=en&gradFrom=1990&gradTo=2010&page=3']) {
      const statements = statementsFor(query);
      const [walked, ...others] =
        statements.kind === 'text'
          ? // 60 matches: whether names are looked for too changes nothing.
            await Promise.all([ids(statements.page('walk', true)), ids(statements.page('gather', true)), ids(statements.page('walk', false))])
          : statements.kind === 'summary'
            ? await Promise.all([ids(statements.walk), ids(statements.gather)])
            : [];
      expect(walked!.length, query).toBeGreaterThan(0);
      for (const other of others) expect(other, query).toEqual(walked);
    }
  });

  it('finds words among the mentors with every filter value, through the index of words and filter values', async () => {
    const word = uniqueWord();
    const city = "'s-Hertogenbosch";
    const tag = `Tag "${uniqueWord()}" & more`;
    await createMentor(t, { expertise: [word, tag], city, country: 'NL', industry: 'finance', languages: ['nl'] }, { familyName: 'Match' });
    await createMentor(t, { expertise: [word, tag], city, country: 'NL', industry: 'legal', languages: ['nl'] }, { familyName: 'Industry' });
    await createMentor(t, { expertise: [word], city, country: 'NL', industry: 'finance', languages: ['nl'] }, { familyName: 'Tag' });
    await createMentor(t, { expertise: [word, tag], city: 'Breda', country: 'NL', industry: 'finance', languages: ['nl'] }, { familyName: 'City' });
    const query = `q=${word}&city=${encodeURIComponent(city)}&industry=finance&expertise=${encodeURIComponent(tag)}&language=nl&country=NL`;
    expect(names(await search(query))).toEqual(['Test Match']);
    const statements = statementsFor(query);
    if (statements.kind !== 'text') throw new Error('not a text search');
    for (const route of ['walk', 'gather'] as const) {
      const rows = await executeOn(t.database.db)<{ name: string }>(statements.page(route, false));
      expect(rows.map((row) => row.name), route).toEqual(['Test Match']);
    }
    expect((await facets(query)).total).toBe(1);
  });

  it("asks again with names that look like the query when a word the planner expected often matches fewer than 20", async () => {
    const word = uniqueWord();
    const family = `Van${word}berg`;
    await createMentor(t, { headline: 'Tax adviser' }, { familyName: family });
    const typo = `Van${word.slice(0, -1)}berg`;
    const common = uniqueWord();
    await t.database.db.execute(
      sql`update users set bio = coalesce(bio, '') || ' ' || ${common} where id in (select user_id from mentor_profiles where is_listed limit 30)`,
    );
    // What the planner says of a common word among 100,000 mentors; the rest runs as it would.
    const run = async (q: string) => {
      const statements = statementsFor(`q=${encodeURIComponent(q)}&available=false`);
      if (statements.kind !== 'text') throw new Error('not a text search');
      const executed: SQL[] = [];
      const execute: Execute = async <T>(statement: SQL) => {
        executed.push(statement);
        if (statement === statements.estimate.explain) return [{ 'QUERY PLAN': plannerExpects(5000, 100_000, statements.estimate.plan) }] as T[];
        return executeOn(t.database.db)<T>(statement);
      };
      const result = await executeSearch(execute, statements, { offset: 0, pageSize: 20 });
      return { result, statements: executed.length };
    };

    const typed = await run(typo);
    expect(typed.statements).toBe(3); // the estimate, the page without names, the page with them
    expect(typed.result.rows.map((row) => row.name)).toContain(`Test ${family}`);
    const plenty = await run(common);
    expect(plenty.statements).toBe(2);
    expect(plenty.result.total).toBe(30);
  });

  it("reads the planner's estimate of the matches from one EXPLAIN, however many words", async () => {
    const [common, rare] = [uniqueWord(), uniqueWord()];
    await t.database.db.execute(
      sql`update users set bio = coalesce(bio, '') || ' ' || ${common} where id in (select user_id from mentor_profiles where is_listed limit 600)`,
    );
    await t.database.db.execute(sql`analyze mentor_profiles`);
    const estimate = async (q: string) => {
      const statements = statementsFor(`q=${encodeURIComponent(q)}&available=false`);
      if (statements.kind !== 'text') throw new Error('not a text search');
      return estimatedMatches(executeOn(t.database.db), statements.estimate);
    };
    // Both parses find the word in the same 600 mentors: about 600 expected, not twice that.
    const word = await estimate(common);
    expect(word.matches).toBeGreaterThan(300);
    expect(word.matches).toBeLessThan(900);
    expect(word.share).toBeGreaterThan(0.2);
    // A word the planner holds no statistics for: at most 0.5% of the mentors, so names are looked for at once.
    const unknown = await estimate(rare);
    expect(unknown.matches).toBeLessThan(100);
    expect(unknown.share).toBeLessThanOrEqual(0.005);
    // Two words: between the rarest word's estimate and the planner's estimate of both together.
    const both = await estimate(`${common} ${rare}`);
    expect(both.matches).toBeGreaterThan(0);
    expect(both.matches).toBeLessThan(word.matches);
  });

  it('gives the total for a page past the end of a text search', async () => {
    const word = uniqueWord();
    await createMentor(t, { expertise: [word] });
    const result = await search(`q=${word}&page=3`);
    expect(result).toMatchObject({ items: [], total: 1, pageCount: 1 });
  });

  it('answers only a signed-in member, though the search runs while the session is checked', async () => {
    const member = await createMember(t, { role: 'student' });
    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: member.cookie } });
    expect((await get('/api/mentors')).statusCode).toBe(200);
    expect((await get('/api/mentors')).statusCode).toBe(200); // now from memory

    await t.database.db.execute(sql`update users set suspended_at = now() where id = ${member.user.id}`);
    // The member's good standing was kept in memory; it goes once the suspension is announced,
    // at once on PGlite, a moment later on PostgreSQL (standing-cache.ts).
    await vi.waitFor(async () => expect((await get('/api/mentors')).statusCode).toBe(403));
    for (const url of ['/api/mentors', '/api/mentors/facets', '/api/mentors?q=consulting']) {
      const res = await get(url);
      expect([res.statusCode, res.json().error.code], url).toEqual([403, 'account_suspended']);
      expect(res.json()).not.toHaveProperty('items');
    }
    // Signed out elsewhere: the cookie is still validly signed, but its session is gone.
    await t.database.db.execute(sql`update users set suspended_at = null where id = ${member.user.id}`);
    await t.database.db.execute(sql`delete from sessions where user_id = ${member.user.id}`);
    await vi.waitFor(async () => expect((await get('/api/mentors')).statusCode).toBe(401));
    for (const url of ['/api/mentors', '/api/mentors/facets']) {
      const res = await get(url);
      expect([res.statusCode, res.json().error.code], url).toEqual([401, 'unauthenticated']);
    }
  });

  it('answers a member who has not finished registering 403, and extends a session due for its refresh', async () => {
    const member = await createMember(t, { role: 'student' });
    const get = () => t.app.inject({ method: 'GET', url: '/api/mentors', headers: { cookie: member.cookie } });
    await t.database.db.execute(sql`update users set username = null where id = ${member.user.id}`);
    expect((await get()).json().error.code).toBe('onboarding_required');
    await t.database.db.execute(sql`update users set username = ${`back.${member.user.id.slice(0, 8)}`} where id = ${member.user.id}`);

    // Last extended more than a day ago: the search extends it and sends the renewed cookie.
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);
    await t.database.db.execute(sql`update sessions set expires_at = ${inDays(28).toISOString()} where user_id = ${member.user.id}`);
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('mn.session_token=');
    const [session] = await queryRows<{ expiresAt: string }>(t.database.db, sql`select expires_at as "expiresAt" from sessions where user_id = ${member.user.id}`);
    expect(new Date(session!.expiresAt).getTime()).toBeGreaterThan(inDays(29.9).getTime());
  });

  it('lets staff search as well as students', async () => {
    const staff = await createMember(t, { role: 'staff' });
    expect((await search('', staff.cookie)).total).toBeGreaterThan(0);
  });

  it.each([
    'page=0',
    'pageSize=51',
    'page=501',
    'gradFrom=2015&gradTo=2010',
    'industry=astrology',
    'available=maybe',
    `q=${'x'.repeat(201)}`,
  ])('refuses %s with 400', async (query) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/mentors?${query}`, headers: { cookie: searcher.cookie } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('treats a query of punctuation as no query', async () => {
    const result = await search(`q=${encodeURIComponent('?!')}`);
    expect(result.total).toBe((await search('')).total);
    // Only English stop words: the simple parse still looks for them, and nothing breaks.
    expect((await search('q=the')).items).toBeInstanceOf(Array);
    expect((await facets('q=the')).total).toBeGreaterThanOrEqual(0);
  });
});
