import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import { queryRows } from './db/client';
import { ORIGIN, buildRegistration, createMember, createMentor } from '../test/factories';
import { MOTIVATION } from '../test/mentoring';

/**
 * Fields a member may not set — admin rights, role, suspension, ids, someone else's rows — are
 * never taken from a body, whether the route refuses the body (400) or ignores the extra fields.
 */
const PRIVILEGED = {
  id: '00000000-0000-4000-8000-000000000000',
  isAdmin: true,
  is_admin: true,
  suspendedAt: null,
  emailVerified: true,
  userId: '00000000-0000-4000-8000-000000000000',
};

describe('mass assignment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: 'POST' | 'PATCH' | 'PUT' | 'GET', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });
  const row = async (id: string) => {
    const [user] = await queryRows<Record<string, unknown>>(
      t.database.db,
      sql`select is_admin as "isAdmin", role, email, date_of_birth::text as "dateOfBirth", email_verified as "emailVerified" from users where id = ${id}`,
    );
    return user!;
  };
  const accepted = (status: number) => expect([200, 201, 400]).toContain(status);

  it('makes no admin at registration', async () => {
    const input = buildRegistration({ role: 'student' });
    const res = await call('POST', '/api/auth/sign-up/email', undefined, { ...input, ...PRIVILEGED });
    accepted(res.statusCode);
    const users = await queryRows<{ id: string; isAdmin: boolean }>(t.database.db, sql`select id, is_admin as "isAdmin" from users where email = ${input.email}`);
    for (const user of users) {
      expect(user).toMatchObject({ isAdmin: false });
      expect(user.id).not.toBe(PRIVILEGED.id);
    }
  });

  it('changes no admin right, role, email or date of birth through the profile or the settings', async () => {
    const member = await createMember(t, { role: 'student' });
    const before = await row(member.user.id);
    const extra = { ...PRIVILEGED, role: 'staff', email: 'taken.over@test.example', dateOfBirth: '1950-01-01', needsOnboarding: true };
    accepted((await call('PATCH', '/api/me', member.cookie, { headline: 'Still a student', ...extra })).statusCode);
    accepted((await call('PATCH', '/api/me/settings', member.cookie, { showEmail: false, ...extra })).statusCode);
    expect(await row(member.user.id)).toEqual(before);
  });

  it('keeps a mentor profile to its owner, and its counts to the server', async () => {
    const mentor = await createMentor(t);
    const other = await createMentor(t, { headline: 'The other mentor' });
    const res = await call('PUT', '/api/me/mentor-profile', mentor.cookie, {
      headline: 'Mine',
      ...PRIVILEGED,
      userId: other.user.id,
      activeMentees: 4,
      isListed: false,
      pausedAt: new Date().toISOString(),
    });
    accepted(res.statusCode);
    const theirs = await call('GET', `/api/members/${other.user.username}/mentor-profile`, mentor.cookie);
    expect(theirs.json()).toMatchObject({ headline: 'The other mentor' });
    const mine = (await call('GET', '/api/me/mentor-profile', mentor.cookie)).json();
    expect(JSON.stringify(mine)).not.toContain('"activeMentees":4');
    expect(JSON.stringify(mine)).not.toMatch(/"pausedAt":"\d/);
  });

  it('sends a request as the caller, pending, whatever the body says', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    const bystander = await createMember(t, { role: 'student' });
    const res = await call('POST', '/api/requests', mentee.cookie, {
      mentorUsername: mentor.user.username,
      motivation: MOTIVATION,
      menteeId: bystander.user.id,
      mentorId: mentee.user.id,
      status: 'accepted',
      mentorshipId: PRIVILEGED.id,
    });
    accepted(res.statusCode);
    if (res.statusCode === 201) {
      expect(res.json()).toMatchObject({ status: 'pending', mentee: { userId: mentee.user.id }, mentor: { userId: mentor.user.id }, mentorshipId: null });
    }
    const theirs = await call('GET', '/api/requests', bystander.cookie);
    expect(theirs.json().items).toEqual([]);
  });

  it('makes no admin when onboarding is completed', async () => {
    const member = await createMember(t, { role: 'student' });
    await t.database.db.execute(sql`update users set role = null, username = null where id = ${member.user.id}`);
    const res = await call('POST', '/api/me/onboarding', member.cookie, {
      role: 'staff',
      username: `onboarded.${Date.now().toString(36)}`,
      dateOfBirth: '1985-06-01',
      ...PRIVILEGED,
    });
    accepted(res.statusCode);
    expect(await row(member.user.id)).toMatchObject({ isAdmin: false });
  });
});
