import { verifyPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { type Database, queryRows } from '../db/client';
import { DEMO_PASSWORD } from './demo-community';
import { buildMentors, type SeedProgress, seedMembers } from './members';
import { createRandom } from './random';

describe('seedMembers', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const totals = async () => {
    const [row] = await queryRows<Record<string, number>>(
      database.db,
      sql`select count(*)::int as users,
                 count(distinct username)::int as usernames,
                 count(distinct lower(email))::int as emails,
                 count(*) filter (where role = 'alumnus' and email_verified and graduation_year >= start_year)::int as alumni,
                 (select count(*)::int from accounts a join users u on u.id = a.user_id
                   where a.provider_id = 'credential' and a.account_id = u.id) as logins
          from users`,
    );
    return row;
  };

  it('inserts the members batch by batch and reports progress after each batch', async () => {
    const progress: SeedProgress[] = [];
    const result = await seedMembers(database.db, { count: 1200, batchSize: 500, onProgress: (p) => progress.push(p) });
    expect(result.inserted).toBe(1200);
    expect(progress).toEqual([
      { done: 500, total: 1200 },
      { done: 1000, total: 1200 },
      { done: 1200, total: 1200 },
    ]);
    expect(await totals()).toEqual({ users: 1200, usernames: 1200, emails: 1200, alumni: 1200, logins: 1200 });
  });

  it('adds new, unique members when run again', async () => {
    const first = await seedMembers(database.db, { count: 300 });
    const second = await seedMembers(database.db, { count: 300 });
    expect(first.runId).not.toBe(second.runId);
    expect(await totals()).toEqual({ users: 1800, usernames: 1800, emails: 1800, alumni: 1800, logins: 1800 });
  });

  it('gives valid user names, and a password login that works', async () => {
    const rows = await queryRows<{ username: string; password: string }>(
      database.db,
      sql`select u.username, a.password from users u join accounts a on a.user_id = u.id`,
    );
    for (const { username } of rows) expect(username).toMatch(/^[a-z0-9._]{3,30}$/);
    const [sample] = rows;
    expect(await verifyPassword({ hash: sample?.password as string, password: DEMO_PASSWORD })).toBe(true);
  });

  it('gives every member an activated, filled-in mentor profile that search finds', async () => {
    const [row] = await queryRows<Record<string, number>>(
      database.db,
      sql`select count(*)::int as profiles,
                 count(*) filter (where mp.is_listed and mp.name = u.name and mp.languages = u.languages)::int as copied,
                 count(*) filter (where cardinality(mp.expertise) between 1 and 4 and mp.industry is not null
                                  and mp.approach is not null and mp.max_mentees between 1 and 5)::int as complete,
                 count(*) filter (where mp.paused_at is not null)::int as paused,
                 count(*) filter (where u.headline is not null and u.city is not null and u.job_title is not null)::int as personal
          from mentor_profiles mp join users u on u.id = mp.user_id`,
    );
    expect(row).toMatchObject({ profiles: 1800, copied: 1800, complete: 1800, personal: 1800 });
    // About one in twelve has paused.
    expect(row!.paused).toBeGreaterThan(50);
    expect(row!.paused).toBeLessThan(300);
    const [counts] = await queryRows<{ listed: number; available: number }>(
      database.db,
      sql`select listed, available from mentor_facet_pairs where facet_a = 'total' and facet_b = 'total'`,
    );
    expect(counts).toEqual({ listed: 1800, available: 1800 - row!.paused! });
  });

  it('refuses a count that is not a whole number', async () => {
    await expect(seedMembers(database.db, { count: -1 })).rejects.toThrow(RangeError);
    await expect(seedMembers(database.db, { count: 2.5 })).rejects.toThrow(RangeError);
    await expect(seedMembers(database.db, { count: 10, batchSize: 0 })).rejects.toThrow(RangeError);
  });

  it('gives two runs different ids even where their random draws meet (a 1M-member bench run met one)', () => {
    // Every seed of the generator walks the same 2^32-long cycle, so two large runs can draw the same
    // numbers; the ids come from the run id and the position, not from the draws.
    const now = new Date();
    const ids = (runId: string) => buildMentors(createRandom(7), runId, 0, 50, now).rows.map((row) => row.id);
    const first = ids('aaaaa');
    expect(new Set([...first, ...ids('bbbbb')]).size).toBe(100);
    expect(ids('aaaaa')).toEqual(first);
    for (const id of first) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
