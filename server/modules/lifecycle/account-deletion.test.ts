import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_PASSWORD, createMember } from '../../../test/factories';
import { aggregates, buildBusyMember, memberReferences, placesHolding } from '../../../test/member-data';
import { queuedMails } from '../../../test/outbox';
import { queryRows } from '../../db/client';
import { auditLog, mentorProfiles, notifications, users } from '../../db/schema';

type Method = 'GET' | 'POST' | 'DELETE';

describe('deleting an account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, cookie?: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const code = (res: LightMyRequestResponse) => res.json().error?.code as string;
  const makeAdmin = (id: string) => t.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, id));
  const notificationsOf = async (userId: string) =>
    (await t.database.db.select().from(notifications).where(eq(notifications.userId, userId))).map((row) => ({ type: row.type, data: row.data }));

  it('ends the mentorships, withdraws the requests telling the other side, and leaves no row pointing at the member', { timeout: 90_000 }, async () => {
    const world = await buildBusyMember(t);
    const { member } = world;
    const before = await aggregates(t.database.db);

    const res = await call('DELETE', '/api/me', member.cookie, { currentPassword: TEST_PASSWORD });
    expect(res.statusCode, res.body).toBe(204);
    expect(String(res.headers['set-cookie'])).toContain('mn.session_token=;');

    // Nothing anywhere holds the member's id: no reference (every foreign key to users, found by
    // the database) and no text (every text and JSON column of every table).
    expect(await placesHolding(t.database.db, member.user.id)).toEqual({});
    expect((await memberReferences(t.database.db)).length).toBeGreaterThan(10);

    // Signed out everywhere: the session is gone.
    expect((await call('GET', '/api/me', member.cookie)).statusCode).toBe(401);

    // The other side is told, each in the words of what happened to them.
    const told = { otherName: member.user.name };
    expect(await notificationsOf(world.asked.user.id)).toContainEqual({ type: 'request_closed_by_deletion', data: { ...told, direction: 'incoming' } });
    expect(await notificationsOf(world.student.user.id)).toContainEqual({ type: 'request_closed_by_deletion', data: { ...told, direction: 'outgoing' } });
    expect(await notificationsOf(world.mentor.user.id)).toContainEqual({ type: 'mentorship_ended_by_deletion', data: { ...told, role: 'mentor' } });
    expect(await notificationsOf(world.mentee.user.id)).toContainEqual({ type: 'mentorship_ended_by_deletion', data: { ...told, role: 'mentee' } });
    // The mentor who lost a mentee has the place back.
    const [profile] = await t.database.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, world.mentor.user.id));
    expect(profile!.activeMentees).toBe(0);
    // The motivation the member wrote is gone from the mentor's notification about it too.
    const received = (await notificationsOf(world.asked.user.id)).find((row) => row.type === 'request_received');
    expect(received!.data).not.toHaveProperty('motivation');

    // The statistics keep every request and mentorship: the pending ones are now withdrawn, the active ones ended.
    const after = await aggregates(t.database.db);
    const count = (counts: Record<string, number>, status: string) => counts[status] ?? 0;
    for (const status of ['accepted', 'declined', 'expired']) expect(count(after.requests, status)).toBe(count(before.requests, status));
    expect(count(after.requests, 'pending')).toBe(count(before.requests, 'pending') - 2);
    expect(count(after.requests, 'withdrawn')).toBe(count(before.requests, 'withdrawn') + 2);
    expect(after.mentorships).toEqual({ active: before.mentorships.active - 2, ended: before.mentorships.ended + 2 });

    // The mentor's conversation stays readable, from a deleted member, who can no longer be written to.
    const list = (await call('GET', '/api/conversations', world.mentor.cookie)).json();
    expect(list.items.find((item: { id: string }) => item.id === world.conversation)).toMatchObject({ other: { userId: null, name: null }, can: { send: false } });
    const thread = (await call('GET', `/api/conversations/${world.conversation}/messages`, world.mentor.cookie)).json();
    expect(thread.items.map((item: { body: string; fromMe: boolean }) => [item.body, item.fromMe])).toEqual(
      expect.arrayContaining([
        ['Thank you for accepting!', false],
        ['See you on Monday.', true],
      ]),
    );
    // The mentor's lists no longer show the deleted member's requests and mentorships.
    const requests = (await call('GET', '/api/requests', world.mentor.cookie)).json();
    expect(requests.items).toEqual([]);
    expect((await call('GET', `/api/requests/${world.requests.acceptedOut}`, world.mentor.cookie)).statusCode).toBe(404);

    // Told by mail (account mail ignores the notification setting), in the member's language.
    const [mail] = await queuedMails(t, member.input.email);
    expect(mail).toMatchObject({ template: 'account_deleted', data: { byAdmin: false, reason: null } });
    // The user name is free again.
    expect((await call('GET', `/api/members/${member.user.username}`, world.mentor.cookie)).statusCode).toBe(404);
  });

  it('asks for the password, and counts a wrong one', async () => {
    const member = await createMember(t);
    const missing = await call('DELETE', '/api/me', member.cookie, {});
    expect([missing.statusCode, code(missing)]).toEqual([400, 'password_required']);
    const wrong = await call('DELETE', '/api/me', member.cookie, { currentPassword: 'not-my-password' });
    expect([wrong.statusCode, code(wrong)]).toEqual([400, 'wrong_password']);
    expect((await call('GET', '/api/me', member.cookie)).statusCode).toBe(200);
  });

  it('lets a LinkedIn-only member confirm with their user name, in any case', async () => {
    const member = await createMember(t);
    await t.database.db.execute(sql`delete from accounts where user_id = ${member.user.id} and provider_id = 'credential'`);
    await t.database.db.execute(sql`insert into accounts (id, account_id, provider_id, user_id) values (${crypto.randomUUID()}, ${`li-${member.user.id}`}, 'linkedin', ${member.user.id})`);
    const wrong = await call('DELETE', '/api/me', member.cookie, { username: 'someone.else' });
    expect([wrong.statusCode, code(wrong)]).toEqual([400, 'username_mismatch']);
    const res = await call('DELETE', '/api/me', member.cookie, { username: member.user.username!.toUpperCase() });
    expect(res.statusCode, res.body).toBe(204);
    expect(await placesHolding(t.database.db, member.user.id)).toEqual({});
  });

  it('keeps the last admin: they cannot delete themselves, another admin can be deleted', async () => {
    // Make every other admin of this file's world an ordinary member, so this one is the only admin.
    await t.database.db.update(users).set({ isAdmin: false });
    const admin = await createMember(t, { role: 'staff' });
    await makeAdmin(admin.user.id);
    const last = await call('DELETE', '/api/me', admin.cookie, { currentPassword: TEST_PASSWORD });
    expect([last.statusCode, code(last)]).toEqual([409, 'last_admin']);

    const second = await createMember(t, { role: 'staff' });
    await makeAdmin(second.user.id);
    const self = await call('DELETE', `/api/admin/users/${admin.user.id}`, admin.cookie, { reason: 'Testing' });
    expect([self.statusCode, code(self)]).toEqual([403, 'forbidden']);
    const res = await call('DELETE', `/api/admin/users/${second.user.id}`, admin.cookie, { reason: 'Left the office' });
    expect(res.statusCode, res.body).toBe(204);
    // Now the only admin again.
    expect(code(await call('DELETE', '/api/me', admin.cookie, { currentPassword: TEST_PASSWORD }))).toBe('last_admin');
  });

  it('lets an admin delete a member with a reason, in the audit log and the mail, refusing members and strangers', { timeout: 90_000 }, async () => {
    const admin = await createMember(t, { role: 'staff' });
    await makeAdmin(admin.user.id);
    const world = await buildBusyMember(t);
    const { member } = world;

    const anonymous = await call('DELETE', `/api/admin/users/${member.user.id}`, undefined, { reason: 'x' });
    expect([anonymous.statusCode, code(anonymous)]).toEqual([401, 'unauthenticated']);
    const byMember = await call('DELETE', `/api/admin/users/${member.user.id}`, world.mentor.cookie, { reason: 'x' });
    expect([byMember.statusCode, code(byMember)]).toEqual([403, 'forbidden']);
    const noReason = await call('DELETE', `/api/admin/users/${member.user.id}`, admin.cookie, { reason: ' ' });
    expect([noReason.statusCode, code(noReason)]).toEqual([400, 'validation_failed']);
    const missing = await call('DELETE', `/api/admin/users/${crypto.randomUUID()}`, admin.cookie, { reason: 'x' });
    expect([missing.statusCode, code(missing)]).toEqual([404, 'not_found']);

    const res = await call('DELETE', `/api/admin/users/${member.user.id}`, admin.cookie, { reason: 'Asked us by letter' });
    expect(res.statusCode, res.body).toBe(204);
    // Only the audit log's entry of the deletion still names the (now meaningless) id.
    expect(await placesHolding(t.database.db, member.user.id)).toEqual({ 'audit_log.target_id': 1 });
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, member.user.id));
    expect(entry).toMatchObject({ actorId: admin.user.id, action: 'member_deleted', targetType: 'member', details: { reason: 'Asked us by letter' } });
    const [mail] = await queuedMails(t, member.input.email);
    expect(mail).toMatchObject({ template: 'account_deleted', data: { byAdmin: true, reason: 'Asked us by letter' } });
    expect(await notificationsOf(world.mentor.user.id)).toContainEqual({ type: 'mentorship_ended_by_deletion', data: { otherName: member.user.name, role: 'mentor' } });
    const again = await call('DELETE', `/api/admin/users/${member.user.id}`, admin.cookie, { reason: 'x' });
    expect(again.statusCode).toBe(404);
  });

  it('sets null, never deletes, the references that keep other members’ data and the statistics', async () => {
    // A foreign key to users that deletes its rows takes the member's own data only; the rest are
    // kept with the id set null. A new reference must take a side here, or this test fails.
    const rules = await queryRows<{ name: string; action: string }>(
      t.database.db,
      sql`select c.conrelid::regclass::text || '.' || a.attname as name, c.confdeltype::text as action
          from pg_constraint c cross join lateral unnest(c.conkey) k(attnum)
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
          where c.contype = 'f' and c.confrelid = 'public.users'::regclass order by 1`,
    );
    const cascade = rules.filter((rule) => rule.action === 'c').map((rule) => rule.name);
    const setNull = rules.filter((rule) => rule.action === 'n').map((rule) => rule.name);
    expect(rules.filter((rule) => !['c', 'n'].includes(rule.action))).toEqual([]);
    expect(cascade).toEqual(
      expect.arrayContaining(['accounts.user_id', 'sessions.user_id', 'member_photos.user_id', 'mentor_profiles.user_id', 'notifications.user_id']),
    );
    expect(setNull).toEqual(
      expect.arrayContaining(['mentoring_requests.mentee_id', 'mentoring_requests.mentor_id', 'mentorships.mentor_id', 'mentorships.mentee_id', 'messages.sender_id']),
    );
  });
});
