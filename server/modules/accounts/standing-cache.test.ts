import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember } from '../../../test/factories';
import { findSessionStanding } from './accounts.repo';
import { readSignedSessionCookie, verifySessionCookie } from './session-cookie';
import { type StandingCache, startStandingCache } from './standing-cache';

// On PGlite a change is announced before the statement that made it returns; on PostgreSQL a
// moment later, on the listening connection: hence waitFor wherever a change must arrive.
describe('member standing cache', () => {
  let t: TestApp;
  let cache: StandingCache;
  beforeAll(async () => {
    t = await createTestApp();
    cache = await startStandingCache(t.database, t.app.log);
  });
  afterAll(async () => {
    await cache.close();
    await t.close();
  });

  /** A signed-in member whose standing is read from the database and kept. */
  async function remembered() {
    const member = await createMember(t, { role: 'student' });
    const signed = readSignedSessionCookie(member.cookie)!;
    const since = cache.version();
    const standing = await findSessionStanding(t.database.db, verifySessionCookie(signed, t.config)!, new Date());
    cache.remember(signed, standing!, since);
    expect(cache.isKnownGood(signed, new Date())).toBe(true);
    return { id: member.user.id, signed, standing: standing! };
  }
  /** Waits until a change to someone else is announced: what was announced before it has arrived. */
  async function afterAnnouncements() {
    const since = cache.version();
    const other = await createMember(t, { role: 'staff' });
    await t.database.db.execute(sql`update users set suspended_at = now() where id = ${other.user.id}`);
    await vi.waitFor(() => expect(cache.version()).not.toBe(since));
  }

  it('keeps a good standing until the member is suspended, and through changes that do not touch it', async () => {
    const member = await remembered();
    await t.database.db.execute(sql`update users set bio = 'Still here' where id = ${member.id}`);
    await afterAnnouncements();
    expect(cache.isKnownGood(member.signed, new Date())).toBe(true);

    await t.database.db.execute(sql`update users set suspended_at = now() where id = ${member.id}`);
    await vi.waitFor(() => expect(cache.isKnownGood(member.signed, new Date())).toBe(false));
  });

  it.each([
    ['signed out', (id: string) => sql`delete from sessions where user_id = ${id}`],
    ['extended', (id: string) => sql`update sessions set expires_at = expires_at + interval '1 day' where user_id = ${id}`],
    ['given a new user name', (id: string) => sql`update users set username = username || 'x' where id = ${id}`],
    ['deleted', (id: string) => sql`delete from users where id = ${id}`],
  ])('forgets a member whose session or account is %s', async (_change, statement) => {
    const member = await remembered();
    await t.database.db.execute(statement(member.id));
    await vi.waitFor(() => expect(cache.isKnownGood(member.signed, new Date())).toBe(false));
  });

  it('keeps nothing read before a change was announced, since the change may be to it', async () => {
    const member = await remembered();
    const signed = `${member.signed}x`;
    const since = cache.version();
    await afterAnnouncements();
    cache.remember(signed, member.standing, since);
    expect(cache.isKnownGood(signed, new Date())).toBe(false);
  });

  it('leaves a session due for its daily refresh, or expired, to the database', async () => {
    const member = await remembered();
    const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);
    expect(cache.isKnownGood(member.signed, inDays(2))).toBe(false);
    const expired = await remembered();
    expect(cache.isKnownGood(expired.signed, inDays(31))).toBe(false);
    // Asked the database again at an ordinary moment, it knows the member once more.
    cache.remember(member.signed, member.standing, cache.version());
    expect(cache.isKnownGood(member.signed, new Date())).toBe(true);
  });

  it('serves nothing once closed', async () => {
    const own = await startStandingCache(t.database, t.app.log);
    const member = await remembered();
    own.remember(member.signed, member.standing, own.version());
    expect(own.isKnownGood(member.signed, new Date())).toBe(true);
    await own.close();
    expect(own.isKnownGood(member.signed, new Date())).toBe(false);
    own.remember(member.signed, member.standing, own.version());
    expect(own.isKnownGood(member.signed, new Date())).toBe(false);
  });
});
