import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDUSTRIES } from '../../contract/mentors';
import { createTestDatabase } from '../../test/database';
import { type Database, queryRows } from '../db/client';
import { listExpertiseTags } from '../modules/mentors/mentors.repo';
import { seedDemoCommunity } from './demo-community';

describe('the demo mentors', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemoCommunity(database.db, { now: new Date('2026-03-15T12:00:00Z') });
  });
  afterAll(() => database.close());

  it('gives every demo alumnus a filled-in mentor profile, two of them paused and one full (demo requests)', async () => {
    const rows = await queryRows<{ role: string; expertise: string[]; industry: string; isAvailable: boolean; headline: string | null; isPaused: boolean }>(
      database.db,
      sql`select u.role, mp.expertise, mp.industry, mp.is_available as "isAvailable", mp.headline, mp.paused_at is not null as "isPaused"
          from mentor_profiles mp join users u on u.id = mp.user_id`,
    );
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((row) => row.role))).toEqual(new Set(['alumnus']));
    expect(rows.filter((row) => row.isPaused)).toHaveLength(2);
    expect(rows.filter((row) => !row.isAvailable)).toHaveLength(3);
    for (const row of rows) {
      expect(row.headline).toBeTruthy();
      expect(INDUSTRIES).toContain(row.industry);
      expect(row.expertise.length).toBeGreaterThan(0);
    }
  });

  it('uses the curated spelling for every demo expertise, so the filters group them', async () => {
    const curated = new Set(await listExpertiseTags(database.db));
    const [row] = await queryRows<{ tags: string[] }>(database.db, sql`select array_agg(distinct tag) as tags from mentor_profiles, unnest(expertise) tag`);
    expect(row!.tags.filter((tag) => !curated.has(tag))).toEqual([]);
  });

  it('gives some students interests that match mentors', async () => {
    const [row] = await queryRows<{ students: number }>(
      database.db,
      sql`select count(*)::int as students from users u where u.role = 'student' and cardinality(u.interests) > 0
          and exists (select 1 from mentor_profiles mp where mp.expertise && u.interests)`,
    );
    expect(row!.students).toBe(5);
  });

  it('has requests in every state and mentorships whose counts match the profiles', async () => {
    const states = await queryRows<{ status: string }>(database.db, sql`select distinct status::text as status from mentoring_requests order by 1`);
    expect(states.map((row) => row.status)).toEqual(['accepted', 'declined', 'expired', 'pending', 'withdrawn']);
    const drift = await queryRows<{ userId: string }>(
      database.db,
      sql`select p.user_id as "userId" from mentor_profiles p
          where p.active_mentees <> (select count(*) from mentorships m where m.mentor_id = p.user_id and m.ended_at is null)
             or p.active_mentees > p.max_mentees`,
    );
    expect(drift).toEqual([]);
  });
});
