import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifications } from '../../db/schema';
import { hashedIdentifier } from './verification-hash';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, createMember, sessionCookie } from '../../../test/factories';
import { linkFromLatestMail, notificationTypes, queuedMails } from '../../../test/outbox';

describe('password change, reset and sign-in limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, payload });
  const signIn = (email: string, password: string) => post('/api/auth/sign-in/email', { email, password });
  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });

  describe('change under My account → Security', () => {
    it('keeps the password when the current one is wrong', async () => {
      const { cookie, input } = await createMember(t);
      const res = await post('/api/auth/change-password', { currentPassword: 'not-the-password', newPassword: 'a-new-long-passphrase' }, cookie);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('wrong_password');
      expect((await signIn(input.email, TEST_PASSWORD)).statusCode).toBe(200);
      expect((await signIn(input.email, 'a-new-long-passphrase')).statusCode).toBe(401);
    });

    it('refuses a weak new password with validation_failed', async () => {
      const { cookie } = await createMember(t);
      const res = await post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'qwertyuiop' }, cookie);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    });

    it('changes it, signs out the other devices, keeps this one, and tells the member', async () => {
      const { cookie, input, user } = await createMember(t);
      const otherDevice = sessionCookie((await signIn(input.email, TEST_PASSWORD)).headers['set-cookie']);
      expect((await me(otherDevice)).statusCode).toBe(200);

      const res = await post('/api/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-passphrase' }, cookie);
      expect(res.statusCode).toBe(200);
      expect((await me(cookie)).statusCode).toBe(200);
      expect((await me(otherDevice)).statusCode).toBe(401);
      expect((await signIn(input.email, 'a-new-long-passphrase')).statusCode).toBe(200);
      expect((await signIn(input.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect(await notificationTypes(t, user.id)).toContain('password_changed');
    });
  });

  describe('forgotten password', () => {
    const requestReset = (email: string) => post('/api/auth/request-password-reset', { email });

    it('answers the same whether or not the address has an account', async () => {
      const { input } = await createMember(t);
      const known = await requestReset(input.email);
      const unknown = await requestReset('nobody@test.example');
      expect(known.statusCode).toBe(200);
      expect(unknown.statusCode).toBe(200);
      expect(unknown.json()).toEqual(known.json());
      expect(await queuedMails(t, 'nobody@test.example')).toEqual([]);
    });

    it('resets through the mailed link once, signing out every session', async () => {
      const { input, cookie, user } = await createMember(t);
      await requestReset(input.email);
      const link = await linkFromLatestMail(t, input.email);
      expect(link.pathname).toBe('/reset-password');
      const token = link.searchParams.get('token')!;

      const reset = await post('/api/auth/reset-password', { token, newPassword: 'reset-long-passphrase' });
      expect(reset.statusCode).toBe(200);
      expect((await me(cookie)).statusCode).toBe(401);
      expect((await signIn(input.email, 'reset-long-passphrase')).statusCode).toBe(200);
      expect(await notificationTypes(t, user.id)).toContain('password_changed');

      const again = await post('/api/auth/reset-password', { token, newPassword: 'another-long-passphrase' });
      expect(again.statusCode).toBe(400);
      expect(again.json().error.code).toBe('invalid_token');
    });

    it('refuses an expired link', async () => {
      const { input } = await createMember(t);
      await requestReset(input.email);
      const token = (await linkFromLatestMail(t, input.email)).searchParams.get('token')!;
      // An hour and a bit later:
      await t.database.db
        .update(verifications)
        .set({ expiresAt: new Date(Date.now() - 60_000) })
        .where(eq(verifications.identifier, hashedIdentifier(`reset-password:${token}`)));
      const res = await post('/api/auth/reset-password', { token, newPassword: 'reset-long-passphrase' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('invalid_token');
    });

    it('holds the reset password to the same rules', async () => {
      const { input } = await createMember(t);
      await requestReset(input.email);
      const token = (await linkFromLatestMail(t, input.email)).searchParams.get('token')!;
      const res = await post('/api/auth/reset-password', { token, newPassword: 'password123' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      const [row] = await t.database.db.select().from(verifications).where(eq(verifications.identifier, hashedIdentifier(`reset-password:${token}`)));
      expect(row, 'a refused attempt does not use up the link').toBeDefined();
    });
  });
});

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { RATE_LIMITS: 'true' } });
  });
  afterAll(() => t.close());

  it('answers the sixth sign-in attempt within a minute with 429 rate_limited', async () => {
    const { input } = await createMember(t);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in/email',
        headers: { origin: ORIGIN },
        payload: { email: input.email, password: 'wrong-password-guess' },
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error.code).toBe('rate_limited');
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('limits password-reset requests too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/request-password-reset',
        headers: { origin: ORIGIN },
        payload: { email: 'someone@test.example' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
