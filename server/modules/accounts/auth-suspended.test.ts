import { eq, sql } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, createMember } from '../../../test/factories';

/** A suspended member gets nothing from better-auth's endpoints either, except signing out. */
describe('suspended members and the sign-in endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}) }, payload });
  const suspend = (id: string) => t.database.db.execute(sql`update users set suspended_at = now() where id = ${id}`);

  it('refuses to sign them in, by email or user name, and starts no session', async () => {
    const { user, input } = await createMember(t);
    await suspend(user.id);
    for (const res of [
      await post('/api/auth/sign-in/email', { email: input.email, password: TEST_PASSWORD }),
      await post('/api/auth/sign-in/username', { username: input.username, password: TEST_PASSWORD }),
    ]) {
      expect([res.statusCode, res.json().error.code]).toEqual([403, 'account_suspended']);
      expect(res.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/session_token=[^;]/)]));
    }
    const rows = await t.database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(rows, 'only the session registration made').toHaveLength(1);
  });

  it('refuses their existing session on better-auth endpoints, but lets them sign out', async () => {
    const { user, cookie } = await createMember(t);
    await suspend(user.id);
    const link = await post('/api/auth/link-social', { provider: 'linkedin', callbackURL: '/profile' }, cookie);
    expect([link.statusCode, link.json().error.code]).toEqual([403, 'account_suspended']);
    expect((await post('/api/auth/sign-out', {}, cookie)).statusCode).toBe(200);
  });

  it('still signs in a member in good standing', async () => {
    const { input } = await createMember(t);
    expect((await post('/api/auth/sign-in/email', { email: input.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });
});
