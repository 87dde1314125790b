import { verifyPassword } from 'better-auth/crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '../../contract/accounts';
import { createTestDatabase } from '../../test/database';
import type { Database } from '../db/client';
import { accounts, users } from '../db/schema';
import { DEMO_PASSWORD, DEMO_SIGN_IN, seedDemoCommunity, seedDemoDataOnStartup } from './demo-community';

const now = new Date('2026-03-15T12:00:00Z');
const logger = () => {
  const lines: string[] = [];
  return { lines, info: (message: string) => void lines.push(message) };
};
const allUsers = (database: Database) => database.db.select().from(users).orderBy(asc(users.username));

describe('the demo community', () => {
  const databases: Database[] = [];
  let database: Database;
  let members: Awaited<ReturnType<typeof allUsers>>;
  const fresh = async () => {
    const created = await createTestDatabase();
    databases.push(created);
    return created;
  };

  beforeAll(async () => {
    database = await fresh();
    expect(await seedDemoCommunity(database.db, { now })).toEqual({ created: true, members: 39 });
    members = await allUsers(database);
  });
  afterAll(() => Promise.all(databases.map((item) => item.close())));

  it('has students, alumni, staff and one admin', () => {
    const count = (role: string) => members.filter((member) => member.role === role).length;
    expect([count('student'), count('alumnus'), count('staff')]).toEqual([12, 20, 7]);
    const admins = members.filter((member) => member.isAdmin);
    expect(admins.map((admin) => [admin.username, admin.role])).toEqual([[DEMO_SIGN_IN.admin, 'staff']]);
    for (const [role, username] of Object.entries(DEMO_SIGN_IN)) {
      const member = members.find((item) => item.username === username);
      expect(member?.role, username).toBe(role === 'admin' ? 'staff' : role);
    }
  });

  it('gives every member valid, verified, unique sign-in details on reserved domains', () => {
    for (const member of members) {
      expect(member.username).toMatch(/^[a-z0-9._]{3,30}$/);
      expect(member.displayUsername).toBe(member.username);
      expect(member.email).toMatch(/^[a-z0-9._]+@example\.(org|com)$/);
      expect(member.emailVerified).toBe(true);
      expect(member.name).toBe(`${member.firstName} ${member.familyName}`);
    }
    expect(new Set(members.map((member) => member.email)).size).toBe(members.length);
    expect(new Set(members.map((member) => member.language))).toEqual(new Set(['en', 'nl']));
  });

  it('gives years and birthdays that fit each role', () => {
    for (const member of members) {
      const age = ageOn(member.dateOfBirth as string, now);
      if (member.role === 'staff') {
        expect([member.studyProgramme, member.startYear, member.graduationYear]).toEqual([null, null, null]);
        expect(age).toBeGreaterThanOrEqual(26);
        continue;
      }
      const startYear = member.startYear as number;
      expect(member.studyProgramme).toBeTruthy();
      expect(startYear - Number(member.dateOfBirth?.slice(0, 4))).toBeGreaterThanOrEqual(17);
      if (member.role === 'student') {
        expect(member.graduationYear).toBeNull();
        expect(startYear).toBeGreaterThanOrEqual(2019);
        expect(startYear).toBeLessThanOrEqual(2025);
      } else {
        expect(member.graduationYear).toBeGreaterThan(startYear);
        expect(member.graduationYear).toBeLessThanOrEqual(2025);
      }
      expect(member.createdAt.getTime()).toBeLessThan(now.getTime());
    }
  });

  it('lets every member sign in with the demo password', async () => {
    const logins = await database.db.select().from(accounts);
    expect(logins).toHaveLength(members.length);
    for (const login of logins) {
      expect(login.providerId).toBe('credential');
      expect(login.accountId).toBe(login.userId);
    }
    // One shared hash: verifying one verifies them all.
    expect(new Set(logins.map((login) => login.password)).size).toBe(1);
    expect(await verifyPassword({ hash: logins[0]?.password as string, password: DEMO_PASSWORD })).toBe(true);
    expect(await verifyPassword({ hash: logins[0]?.password as string, password: 'wrong-password' })).toBe(false);
  });

  it('does nothing once the database has members', async () => {
    expect(await seedDemoCommunity(database.db, { now })).toEqual({ created: false });
    const log = logger();
    await seedDemoDataOnStartup(database.db, { demoData: true }, log);
    expect(log.lines).toEqual([]);
    expect(await allUsers(database)).toHaveLength(39);
  });

  it('is the same community on every database, and says at start-up how to sign in', async () => {
    const other = await fresh();
    const log = logger();
    await seedDemoDataOnStartup(other.db, { demoData: false }, log);
    expect(await allUsers(other)).toEqual([]);
    expect(log.lines).toEqual([expect.stringContaining('npm run admin:create -- --email')]);

    await seedDemoDataOnStartup(other.db, { demoData: true }, log);
    expect(log.lines[1]).toContain(`alumnus '${DEMO_SIGN_IN.alumnus}'`);
    expect(log.lines[1]).toContain(`admin '${DEMO_SIGN_IN.admin}' with password '${DEMO_PASSWORD}'`);
    // Years depend on the date, identities and preferences only on the seed.
    const identity = ({ id, username, email, language, showEmail, emailNotifications }: (typeof members)[number]) => ({
      id,
      username,
      email,
      language,
      showEmail,
      emailNotifications,
    });
    expect((await allUsers(other)).map(identity)).toEqual(members.map(identity));
  });

  it('is created once when two instances start at the same time', async () => {
    const other = await fresh();
    const results = await Promise.all([seedDemoCommunity(other.db, { now }), seedDemoCommunity(other.db, { now })]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await allUsers(other)).toHaveLength(39);
    const [admin] = await other.db.select().from(users).where(eq(users.isAdmin, true));
    expect(admin?.username).toBe(DEMO_SIGN_IN.admin);
  });
});
