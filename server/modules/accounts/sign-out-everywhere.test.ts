import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, createMember, sessionCookie } from '../../../test/factories';

/**
 * Two instances on one database, each keeping members' good standing in memory for search
 * (ADR 0012): a password change on one signs the member's other devices out on the other too.
 */
describe('a password change signs other devices out on every instance', () => {
  let t: TestApp;
  let other: FastifyInstance;
  beforeAll(async () => {
    t = await createTestApp();
    other = await buildApp({ config: t.config, database: t.database, webDist: false, logger: false });
    await other.ready();
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  it('stops serving the other device on the other instance, where its standing was kept', async () => {
    const { cookie, input } = await createMember(t);
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: ORIGIN }, payload: { email: input.email, password: TEST_PASSWORD } });
    const otherDevice = sessionCookie(signIn.headers['set-cookie']);
    const search = () => other.inject({ method: 'GET', url: '/api/mentors?q=consulting', headers: { cookie: otherDevice } });
    expect((await search()).statusCode).toBe(200);
    expect((await search()).statusCode, 'served from the kept standing').toBe(200);

    const change = await t.app.inject({
      method: 'POST',
      url: '/api/auth/change-password',
      headers: { origin: ORIGIN, cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-passphrase' },
    });
    expect(change.statusCode).toBe(200);
    await vi.waitFor(async () => expect((await search()).statusCode).toBe(401));
  });
});
