import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { buildApp } from '../../app';
import { type Database, queryRows } from '../../db/client';
import { createTestApp, type TestApp } from '../../../test/app';
import { openEventStream } from '../../../test/event-stream';
import { ORIGIN, TEST_PASSWORD, createMember, createMentor, sessionCookie } from '../../../test/factories';
import { listenOnFreePort } from '../../../test/http';
import { sendRequest } from '../../../test/mentoring';
import { api, createAdmin, memberRow } from '../../../test/moderation';
import { suspendMember, unsuspendMember } from './suspension.service';
import { useTwoInstances } from '../../../test/two-instances';
import { queuedMails } from '../../../test/outbox';

const postgresTemplate = inject('postgresTemplate');

const auditRows = (database: Database, targetId: string) =>
  queryRows<{ action: string; actor_id: string | null; target_type: string; details: Record<string, unknown> }>(
    database.db,
    sql`select action, actor_id, target_type, details from audit_log where target_id = ${targetId} order by id`,
  );
const rowsOf = <T>(rows: T[]): T[] => rows;

describe('suspending a member', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    port = await listenOnFreePort(t);
  });
  afterAll(() => t.close());

  it('signs them out on every device at once, ends their live stream, and keeps them from signing in', async () => {
    const admin = await createAdmin(t);
    const member = await createMember(t);
    const signIn = await api(t)('POST', '/api/auth/sign-in/email', undefined, { email: member.input.email, password: TEST_PASSWORD });
    const secondDevice = sessionCookie(signIn.headers['set-cookie']);
    const stream = await openEventStream(port, member.cookie);
    expect(stream.status).toBe(200);
    // Search keeps good standings in memory (ADR 0012): make sure this one is kept before the suspension.
    expect((await api(t)('GET', '/api/mentors?q=policy', secondDevice)).statusCode).toBe(200);

    const result = await suspendMember({ db: t.database.db }, admin.row, member.user.id, { reason: 'Harassment in messages' });
    expect(result).toMatchObject({ changed: true, sessionsEnded: 2, requestsWithdrawn: [] });

    for (const cookie of [member.cookie, secondDevice]) {
      const me = await api(t)('GET', '/api/me', cookie);
      expect([me.statusCode, me.json().error.code]).toEqual([401, 'unauthenticated']);
    }
    await vi.waitFor(async () => expect((await api(t)('GET', '/api/mentors?q=policy', secondDevice)).statusCode).toBe(401));
    await stream.ended;
    expect(stream.frames.at(-1)).toMatchObject({ event: 'end', data: 'signed_out' });

    const again = await api(t)('POST', '/api/auth/sign-in/email', undefined, { email: member.input.email, password: TEST_PASSWORD });
    expect([again.statusCode, again.json().error.code]).toEqual([403, 'account_suspended']);

    const [audit] = rowsOf(await auditRows(t.database, member.user.id));
    expect(audit).toMatchObject({ action: 'member_suspended', actor_id: admin.user.id, target_type: 'member' });
    expect(audit!.details).toMatchObject({ reason: 'Harassment in messages', sessionsEnded: 2 });
  });

  it('withdraws the requests they sent, and tells each mentor', async () => {
    const admin = await createAdmin(t);
    const mentee = await createMember(t, { role: 'student' });
    const mentors = [await createMentor(t), await createMentor(t)];
    const ids = [];
    for (const mentor of mentors) ids.push(await sendRequest(t, mentee.cookie, mentor.user.username!));

    const result = await suspendMember({ db: t.database.db }, admin.row, mentee.user.id, {});
    expect([...result.requestsWithdrawn].sort()).toEqual([...ids].sort());

    for (const [index, mentor] of mentors.entries()) {
      const request = await api(t)('GET', `/api/requests/${ids[index]}`, mentor.cookie);
      expect(request.json().status).toBe('withdrawn');
      const bell = await api(t)('GET', '/api/notifications', mentor.cookie);
      expect(bell.json().items[0]).toMatchObject({ type: 'request_withdrawn', data: { requestId: ids[index], menteeName: mentee.user.name } });
    }
  });

  it('takes their mentor profile out of search, and lifting the suspension brings it back', async () => {
    const admin = await createAdmin(t);
    const searcher = await createMember(t, { role: 'student' });
    const mentor = await createMentor(t, { headline: 'Glassblowing and ceramics careers' });
    const search = async () => (await api(t)('GET', '/api/mentors?q=glassblowing', searcher.cookie)).json().items.map((item: { username: string }) => item.username);
    expect(await search()).toContain(mentor.user.username);

    await suspendMember({ db: t.database.db }, admin.row, mentor.user.id);
    expect(await search()).not.toContain(mentor.user.username);
    const page = await api(t)('GET', `/api/members/${mentor.user.username}/mentor-profile`, searcher.cookie);
    expect(page.statusCode).toBe(404);

    const lifted = await unsuspendMember({ db: t.database.db }, admin.row, mentor.user.id, { reason: 'Cleared' });
    expect(lifted.changed).toBe(true);
    expect(await search()).toContain(mentor.user.username);
    const signIn = await api(t)('POST', '/api/auth/sign-in/email', undefined, { email: mentor.input.email, password: TEST_PASSWORD });
    expect(signIn.statusCode).toBe(200);
    expect(rowsOf(await auditRows(t.database, mentor.user.id)).map((row) => row.action)).toEqual(['member_suspended', 'member_unsuspended']);
    // Told by mail both times, whatever their notification setting: they cannot sign in to read the bell.
    const mails = await queuedMails(t, mentor.input.email);
    expect(mails.filter((mail) => mail.template === 'account_suspension').map((mail) => mail.data)).toEqual([{ suspended: false }, { suspended: true }]); // newest first
  });

  it('is refused for oneself, for the last admin, and to a member who is not an admin', async () => {
    const admin = await createAdmin(t);
    const member = await createMember(t);
    await expect(suspendMember({ db: t.database.db }, admin.row, admin.user.id)).rejects.toMatchObject({ status: 409, code: 'cannot_suspend_self' });
    const plain = await memberRow(t, member.user.id);
    await expect(suspendMember({ db: t.database.db }, plain, admin.user.id)).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(suspendMember({ db: t.database.db }, admin.row, 'no-such-member')).rejects.toMatchObject({ status: 404, code: 'not_found' });

    // Every other admin suspended: the one left cannot be, even by a caller outside the office's accounts (a script).
    await t.database.db.execute(sql`update users set suspended_at = now() where is_admin and id <> ${admin.user.id}`);
    const script = { id: 'maintenance-script', isAdmin: true };
    await expect(suspendMember({ db: t.database.db }, script, admin.user.id)).rejects.toMatchObject({ status: 409, code: 'last_admin' });
    await t.database.db.execute(sql`update users set suspended_at = null where is_admin`);
    expect(rowsOf(await auditRows(t.database, admin.user.id))).toEqual([]);
  });

  it('changes nothing for a member suspended already', async () => {
    const admin = await createAdmin(t);
    const member = await createMember(t);
    await suspendMember({ db: t.database.db }, admin.row, member.user.id);
    const again = await suspendMember({ db: t.database.db }, admin.row, member.user.id);
    expect(again.changed).toBe(false);
    expect(rowsOf(await auditRows(t.database, member.user.id))).toHaveLength(1);
  });

  it('stops the member’s session on a second instance of the app at once', async () => {
    const other = await buildApp({ config: t.config, database: t.database, webDist: false, logger: false });
    await other.ready();
    try {
      const admin = await createAdmin(t);
      const member = await createMember(t);
      const search = () => other.inject({ method: 'GET', url: '/api/mentors?q=consulting', headers: { cookie: member.cookie } });
      expect((await search()).statusCode).toBe(200);
      expect((await search()).statusCode, 'served from the kept standing').toBe(200);
      await suspendMember({ db: t.database.db }, admin.row, member.user.id);
      expect((await other.inject({ method: 'GET', url: '/api/me', headers: { cookie: member.cookie } })).statusCode).toBe(401);
      await vi.waitFor(async () => expect((await search()).statusCode).toBe(401));
    } finally {
      await other.close();
    }
  });
});

// Two instances each with a pool of its own need a database both reach: PostgreSQL, when the run has DATABASE_URL.
describe.runIf(postgresTemplate)('suspending on one instance, on PostgreSQL', () => {
  const instances = useTwoInstances();
  it('ends the member’s stream and session on the other instance', async () => {
    const t = instances.first;
    const { database } = t;
    const { other, port } = instances;
    const admin = await createAdmin(t);
    const member = await createMember(t);
    const stream = await openEventStream(port, member.cookie);
    expect(stream.status).toBe(200);
    const search = () => other.inject({ method: 'GET', url: '/api/mentors?q=consulting', headers: { cookie: member.cookie, origin: ORIGIN } });
    expect((await search()).statusCode).toBe(200);

    await suspendMember({ db: database.db }, admin.row, member.user.id);
    await stream.ended;
    expect(stream.frames.at(-1)).toMatchObject({ event: 'end', data: 'signed_out' });
    expect((await other.inject({ method: 'GET', url: '/api/me', headers: { cookie: member.cookie } })).statusCode).toBe(401);
    await vi.waitFor(async () => expect((await search()).statusCode).toBe(401));
  });
});
