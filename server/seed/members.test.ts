import { verifyPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { type Database, queryRows } from '../db/client';
import { DEMO_PASSWORD } from './demo-community';
import { type SeedProgress, seedMembers } from './members';

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

  it('refuses a count that is not a whole number', async () => {
    await expect(seedMembers(database.db, { count: -1 })).rejects.toThrow(RangeError);
    await expect(seedMembers(database.db, { count: 2.5 })).rejects.toThrow(RangeError);
    await expect(seedMembers(database.db, { count: 10, batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
