import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, verifications } from '../../db/schema';
import { deliverOutbox } from '../../../test/outbox-worker';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, createMember } from '../../../test/factories';
import { linkFromLatestMail } from '../../../test/outbox';
import { RESET_REQUEST_FLOOR_MS } from './auth.routes';

describe('password reset tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN }, payload });
  const requestReset = (email: string) => post('/api/auth/request-password-reset', { email });
  const tokenOfLatestMail = async (email: string) => (await linkFromLatestMail(t, email)).searchParams.get('token')!;

  it('keeps only a hash of the token, and no link in the outbox once the mail is sent', async () => {
    const { input } = await createMember(t);
    await requestReset(input.email);
    const token = await tokenOfLatestMail(input.email);
    const stored = JSON.stringify(await t.database.db.select().from(verifications));
    expect(stored).not.toContain(token);

    await deliverOutbox(t);
    expect(JSON.stringify(await t.database.db.select().from(outbox))).not.toContain(token);
    // The member's link still works: the hash of what they bring is what is looked up.
    expect((await post('/api/auth/reset-password', { token, newPassword: 'reset-long-passphrase' })).statusCode).toBe(200);
  });

  it('stops an older link working once a newer one is sent', async () => {
    const { input } = await createMember(t);
    await requestReset(input.email);
    const older = await tokenOfLatestMail(input.email);
    await requestReset(input.email);
    const newer = await tokenOfLatestMail(input.email);
    expect(newer).not.toBe(older);

    const refused = await post('/api/auth/reset-password', { token: older, newPassword: 'reset-long-passphrase' });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'invalid_token']);
    expect((await post('/api/auth/sign-in/email', { email: input.email, password: TEST_PASSWORD })).statusCode).toBe(200);
    expect((await post('/api/auth/reset-password', { token: newer, newPassword: 'reset-long-passphrase' })).statusCode).toBe(200);
  });

  it('takes as long for an address without an account as for one with it', async () => {
    const { input } = await createMember(t);
    const timed = async (email: string) => {
      const started = performance.now();
      expect((await requestReset(email)).statusCode).toBe(200);
      return performance.now() - started;
    };
    // Each answer waits out the same floor, which is longer than the work for a known address.
    for (const elapsed of [await timed(input.email), await timed('nobody.here@test.example')]) expect(elapsed).toBeGreaterThanOrEqual(RESET_REQUEST_FLOOR_MS - 5);
  });
});
