import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, sessions } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember } from '../../../test/factories';

/**
 * A member without a password (LinkedIn only) has nothing to type to prove it is them: a stolen
 * session must not be enough to move the account to the thief's address for good.
 */
describe('changing the email of an account without a password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { LINKEDIN_CLIENT_ID: 'client', LINKEDIN_CLIENT_SECRET: 'secret', LINKEDIN_DISCOVERY_URL: 'http://127.0.0.1:9/.well-known/openid-configuration' } });
  });
  afterAll(() => t.close());

  async function linkedInOnlyMember() {
    const member = await createMember(t);
    await t.database.db.delete(accounts).where(and(eq(accounts.userId, member.user.id), eq(accounts.providerId, 'credential')));
    const now = new Date();
    await t.database.db.insert(accounts).values({ id: randomUUID(), accountId: `li-${member.user.id}`, providerId: 'linkedin', userId: member.user.id, createdAt: now, updatedAt: now });
    return member;
  }
  const signedInMinutesAgo = (userId: string, minutes: number) =>
    t.database.db.update(sessions).set({ createdAt: new Date(Date.now() - minutes * 60_000) }).where(eq(sessions.userId, userId));
  const changeEmail = (cookie: string) =>
    t.app.inject({ method: 'POST', url: '/api/me/email-change', headers: { cookie }, payload: { newEmail: `thief.${randomUUID()}@evil.example` } });

  it('asks for a fresh sign-in with the provider when the session is older than ten minutes', async () => {
    const member = await linkedInOnlyMember();
    await signedInMinutesAgo(member.user.id, 60);
    const res = await changeEmail(member.cookie);
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'reauthentication_required']);
    expect(res.json().error.details).toEqual({ providers: ['linkedin'] });
  });

  it('starts the change right after a fresh sign-in', async () => {
    const member = await linkedInOnlyMember();
    await signedInMinutesAgo(member.user.id, 2);
    expect((await changeEmail(member.cookie)).statusCode).toBe(202);
  });

  it('still asks a member with a password for it, however fresh the session', async () => {
    const member = await createMember(t);
    const res = await changeEmail(member.cookie);
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'password_required']);
  });
});
