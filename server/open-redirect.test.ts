import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';
import { ORIGIN, TEST_PASSWORD, createMember } from '../test/factories';

/**
 * Nothing sends a browser to an address outside this site: every place that takes an address to
 * return to (better-auth's callbackURL, errorCallbackURL, newUserCallbackURL, redirectTo) refuses
 * a foreign one, in each of the forms a browser reads as another host.
 */
const FOREIGN = ['https://evil.example/', '//evil.example/', '/\\evil.example/', 'https:evil.example', 'javascript:alert(1)'];

describe('no open redirects', () => {
  let t: TestApp;
  let member: Awaited<ReturnType<typeof createMember>>;
  beforeAll(async () => {
    // better-auth's address checks stay on under tests too (auth.ts: disableOriginCheck: false).
    t = await createTestApp();
    member = await createMember(t);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, payload });
  const leavesSite = (location: unknown) =>
    typeof location === 'string' && new URL(location, ORIGIN).origin !== ORIGIN;

  it('refuses a foreign address to return to after signing in', async () => {
    for (const callbackURL of FOREIGN) {
      const res = await post('/api/auth/sign-in/email', { email: member.input.email, password: TEST_PASSWORD, callbackURL });
      expect([callbackURL, res.statusCode], res.body).toEqual([callbackURL, 403]);
      expect(leavesSite(res.headers.location), callbackURL).toBe(false);
    }
  });

  it('refuses a foreign address for the password-reset link', async () => {
    for (const redirectTo of FOREIGN) {
      const res = await post('/api/auth/request-password-reset', { email: member.input.email, redirectTo });
      expect([redirectTo, res.statusCode], res.body).toEqual([redirectTo, 403]);
    }
  });

  it('refuses a foreign address for a provider sign-in or link, after it and on error', async () => {
    for (const url of FOREIGN) {
      for (const field of ['callbackURL', 'errorCallbackURL', 'newUserCallbackURL']) {
        const signIn = await post('/api/auth/sign-in/social', { provider: 'linkedin', [field]: url });
        expect([field, url, signIn.statusCode], signIn.body).toEqual([field, url, 403]);
        const link = await post('/api/auth/link-social', { provider: 'linkedin', [field]: url }, member.cookie);
        expect([field, url, link.statusCode], link.body).toEqual([field, url, 403]);
      }
    }
  });

  it('still takes an address on this site', async () => {
    const res = await post('/api/auth/sign-in/email', { email: member.input.email, password: TEST_PASSWORD, callbackURL: '/profile' });
    expect(res.statusCode).toBe(200);
  });

  it('does not follow a foreign address from the reset link', async () => {
    for (const callbackURL of FOREIGN) {
      const res = await t.app.inject({ method: 'GET', url: `/api/auth/reset-password/made-up-token?callbackURL=${encodeURIComponent(callbackURL)}` });
      expect(leavesSite(res.headers.location), `${callbackURL} → ${res.statusCode} ${String(res.headers.location)}`).toBe(false);
    }
  });
});
