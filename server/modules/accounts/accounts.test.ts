import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, buildRegistration, createMember, sessionCookie } from '../../../test/factories';

describe('registration and sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const register = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: ORIGIN }, payload: payload as object });

  it('registers an alumnus, signs them in, and shows the account on /api/me', async () => {
    const { user, cookie, input } = await createMember(t, { role: 'alumnus', username: 'Sanne.deVries' });
    expect(user).toMatchObject({ role: 'alumnus', username: 'sanne.devries', displayUsername: 'Sanne.deVries', showEmail: false, emailNotifications: true });
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: input.email, firstName: 'Test', needsOnboarding: false });
  });

  it('answers /api/me without a session with 401 unauthenticated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('refuses a user name that differs only in case with 409 username_taken', async () => {
    await createMember(t, { username: 'Jan.Jansen' });
    const res = await register(buildRegistration({ username: 'jan.JANSEN' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'username_taken', details: { field: 'username' } });
  });

  it('refuses an email address already in use, whatever its case, with 409 email_taken', async () => {
    const { input } = await createMember(t);
    const res = await register(buildRegistration({ email: input.email.toUpperCase() }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('email_taken');
  });

  it.each([
    ['a short password', { password: 'short1!' }, 'password'],
    ['a common password', { password: 'password123' }, 'password'],
    ['a user name with spaces', { username: 'jan jansen' }, 'username'],
    ['a two-letter user name', { username: 'jj' }, 'username'],
    ['an alumnus without graduation year', { role: 'alumnus', graduationYear: undefined }, 'graduationYear'],
    ['a student without study programme', { role: 'student', studyProgramme: undefined }, 'studyProgramme'],
    ['a student with a graduation year', { role: 'student', graduationYear: 2020 }, 'graduationYear'],
    ['graduation before the start', { role: 'alumnus', startYear: 2015, graduationYear: 2012 }, 'graduationYear'],
    ['a date of birth in the future', { dateOfBirth: '2100-01-01' }, 'dateOfBirth'],
    ['an unknown role', { role: 'admin' }, 'role'],
  ])('refuses %s with 400 validation_failed naming the field', async (_what, overrides, field) => {
    const res = await register({ ...buildRegistration(), ...overrides });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('validation_failed');
    expect(error.details.issues.map((issue: { path: string }) => issue.path)).toContain(field);
  });

  it('registers staff without study details', async () => {
    const { user } = await createMember(t, { role: 'staff' });
    expect(user.role).toBe('staff');
  });

  it('signs in with the user name in any case, and with the email address', async () => {
    const { input } = await createMember(t, { username: 'Pieter.B' });
    const byName = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/username',
      headers: { origin: ORIGIN },
      payload: { username: 'PIETER.b', password: TEST_PASSWORD },
    });
    expect(byName.statusCode).toBe(200);
    const cookie = sessionCookie(byName.headers['set-cookie']);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().username).toBe('pieter.b');

    const byEmail = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: ORIGIN },
      payload: { email: input.email, password: TEST_PASSWORD },
    });
    expect(byEmail.statusCode).toBe(200);
  });

  it('answers a wrong password with 401 invalid_credentials in the error model', async () => {
    const { input } = await createMember(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: ORIGIN },
      payload: { email: input.email, password: 'not-the-password' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'invalid_credentials', requestId: expect.any(String) });
  });

  it('never lets a member change their own user name', async () => {
    const { cookie } = await createMember(t, { username: 'fixed.name' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/update-user',
      headers: { origin: ORIGIN, cookie },
      payload: { username: 'other.name' },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().username).toBe('fixed.name');
  });

  it('extends a session that is used a day after its last extension, and renews the cookie', async () => {
    const { cookie, user } = await createMember(t);
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);
    await t.database.db.update(sessions).set({ expiresAt: inDays(28) }).where(eq(sessions.userId, user.id));
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toContain('mn.session_token=');
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id));
    expect(session!.expiresAt.getTime()).toBeGreaterThan(inDays(29.9).getTime());
  });

  it('signs out: the session cookie no longer works', async () => {
    const { cookie } = await createMember(t);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { origin: ORIGIN, cookie }, payload: {} });
    expect(out.statusCode).toBe(200);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });
});
