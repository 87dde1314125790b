import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import type { Database } from '../db/client';
import { users } from '../db/schema';
import { grantAdmin } from './grant-admin';

describe('grantAdmin', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const buildMember = async (username: string, email = `${username}@example.org`) => {
    const [member] = await database.db
      .insert(users)
      .values({ id: randomUUID(), name: username, email, username, role: 'staff' })
      .returning();
    return member as typeof users.$inferSelect;
  };
  const isAdmin = async (id: string) =>
    (await database.db.select({ isAdmin: users.isAdmin }).from(users).where(eq(users.id, id)))[0]?.isAdmin;

  it('grants admin to the member with that email, in any case', async () => {
    const member = await buildMember('office.head', 'Office.Head@Example.org');
    const other = await buildMember('bystander');
    const result = await grantAdmin(database.db, '  OFFICE.HEAD@example.ORG ');
    expect(result).toEqual({
      outcome: 'granted',
      member: { id: member.id, email: 'Office.Head@Example.org', username: 'office.head', name: 'office.head' },
    });
    expect(await isAdmin(member.id)).toBe(true);
    expect(await isAdmin(other.id)).toBe(false);
  });

  it('finds a member by user name too', async () => {
    const member = await buildMember('advisor.one');
    expect((await grantAdmin(database.db, 'Advisor.One')).outcome).toBe('granted');
    expect(await isAdmin(member.id)).toBe(true);
  });

  it('says so when the member is already an admin', async () => {
    const member = await buildMember('twice.granted');
    await grantAdmin(database.db, member.email);
    expect(await grantAdmin(database.db, member.email)).toMatchObject({ outcome: 'already_admin', member: { id: member.id } });
    expect(await isAdmin(member.id)).toBe(true);
  });

  it('refuses an unknown email or user name', async () => {
    expect(await grantAdmin(database.db, 'nobody@example.org')).toEqual({ outcome: 'not_found' });
    expect(await grantAdmin(database.db, 'nobody')).toEqual({ outcome: 'not_found' });
    expect(await grantAdmin(database.db, '   ')).toEqual({ outcome: 'not_found' });
  });
});
