import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_PASSWORD, createMember, createMentor } from '../../../test/factories';
import { sendRequest } from '../../../test/mentoring';
import { deliverOutbox, recordingTransport } from '../../../test/outbox-worker';
import { auditLog, notifications, users } from '../../db/schema';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';

describe('the alumni office\'s console', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof createMember>>;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createMember(t, { role: 'staff', firstName: 'Office', familyName: 'Admin' });
    await makeAdmin(admin.user.id);
  });
  afterAll(() => t.close());

  const call = (method: Method, url: string, cookie?: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  const code = (res: LightMyRequestResponse) => res.json().error?.code as string | undefined;
  const makeAdmin = (id: string) => t.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, id));
  const patch = (id: string, body: object, cookie = admin.cookie) => call('PATCH', `/api/admin/users/${id}`, cookie, body);
  const auditOf = (targetId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(auditLog.id);
  const notificationsOf = async (userId: string) =>
    (await t.database.db.select().from(notifications).where(eq(notifications.userId, userId))).map((row) => ({ type: row.type, data: row.data }));

  it('finds members by part of their name, user name or email, by role and by status, 20 a page', async () => {
    const tag = `zq${Date.now().toString(36)}`;
    const anna = await createMember(t, { role: 'alumnus', firstName: 'Anna', familyName: `Smit${tag}` });
    const bert = await createMember(t, { role: 'student', username: `bert.${tag}` });
    const carla = await createMember(t, { role: 'staff', email: `carla.${tag}@test.example` });
    await t.database.db.update(users).set({ suspendedAt: new Date() }).where(eq(users.id, carla.user.id));

    const names = async (query: string) => {
      const res = await call('GET', `/api/admin/users?${query}`, admin.cookie);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Array<{ username: string }>).map((item) => item.username).sort();
    };
    expect(await names(`q=${tag.toUpperCase()}`)).toEqual([anna.user.username, bert.user.username, carla.user.username].sort());
    expect(await names(`q=smit${tag}`)).toEqual([anna.user.username]);
    expect(await names(`q=bert.${tag}`)).toEqual([bert.user.username]);
    expect(await names(`q=carla.${tag}@`)).toEqual([carla.user.username]);
    expect(await names(`q=${tag}&role=student`)).toEqual([bert.user.username]);
    expect(await names(`q=${tag}&status=suspended`)).toEqual([carla.user.username]);
    expect(await names(`q=${tag}&status=active`)).toEqual([anna.user.username, bert.user.username].sort());
    // `%` and `_` are looked for as themselves, not as wildcards.
    expect(await names('q=%25')).toEqual([]);

    const page = await call('GET', `/api/admin/users?q=${tag}`, admin.cookie);
    expect(page.json()).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    expect(page.json().items.find((item: { id: string }) => item.id === carla.user.id)).toMatchObject({ suspended: true, role: 'staff', isAdmin: false });
    const admins = await call('GET', '/api/admin/users?admin=true', admin.cookie);
    expect(admins.json().items.every((item: { isAdmin: boolean }) => item.isAdmin)).toBe(true);
  });

  it('shows a member\'s profile, mentor profile, requests and mentorships, and none of their messages', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const other = await createMember(t, { role: 'alumnus' });
    const accepted = await sendRequest(t, student.cookie, mentor.user.username!);
    expect((await call('POST', `/api/requests/${accepted}/accept`, mentor.cookie, { response: 'Gladly, a secret reply.' })).statusCode).toBe(200);
    await sendRequest(t, other.cookie, mentor.user.username!);

    const res = await call('GET', `/api/admin/users/${mentor.user.id}`, admin.cookie);
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json();
    expect(detail.member).toMatchObject({ id: mentor.user.id, username: mentor.user.username, email: mentor.input.email, role: 'alumnus', suspended: false });
    expect(detail.mentorProfile).toMatchObject({ isListed: true, activeMentees: 1, pausedAt: null });
    expect(detail.requests).toHaveLength(2);
    expect(detail.requests.map((r: { direction: string; other: { id: string } }) => [r.direction, r.other.id]).sort()).toEqual(
      [['received', other.user.id], ['received', student.user.id]].sort(),
    );
    expect(detail.mentorships).toEqual([expect.objectContaining({ as: 'mentor', other: expect.objectContaining({ id: student.user.id }), endedAt: null })]);
    expect(detail.can).toEqual({ changeRole: true, grantAdmin: true, revokeAdmin: false });
    // Neither the motivation, the response, nor the conversation the accept opened.
    expect(res.body).not.toContain('secret reply');
    expect(res.body).not.toContain('moved from research into policy');
    expect(res.body).not.toMatch(/conversation|password/i);

    expect((await call('GET', '/api/admin/users/no-such-member', admin.cookie)).statusCode).toBe(404);
    expect(code(await call('GET', `/api/admin/users/${mentor.user.id}`, student.cookie))).toBe('forbidden');
  });

  it('changes a user name: unique regardless of case (409), the old name no longer finds the member, who is told in their language', async () => {
    const member = await createMember(t, { role: 'alumnus', language: 'nl' });
    const holder = await createMember(t, { role: 'student', username: `Taken.${Date.now().toString(36)}` });
    const oldUsername = member.user.username!;

    for (const taken of [holder.input.username, holder.input.username.toUpperCase(), holder.input.username.toLowerCase()]) {
      const res = await patch(member.user.id, { username: taken });
      expect([res.statusCode, code(res)], taken).toEqual([409, 'username_taken']);
    }
    const newName = `Renamed.${Date.now().toString(36)}`;
    const res = await patch(member.user.id, { username: newName });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().member).toMatchObject({ username: newName.toLowerCase(), displayUsername: newName });

    expect((await call('GET', `/api/members/${oldUsername}`, holder.cookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/members/${newName.toUpperCase()}`, holder.cookie)).statusCode).toBe(200);
    // Signing in with the new name works, and with the old one no longer.
    const signIn = (username: string) => call('POST', '/api/auth/sign-in/username', undefined, { username, password: TEST_PASSWORD });
    expect((await signIn(newName)).statusCode).toBe(200);
    expect((await signIn(oldUsername)).statusCode).not.toBe(200);
    // Now the name is taken by the member: nobody else gets it, in any case.
    expect(code(await patch(holder.user.id, { username: newName.toUpperCase() }))).toBe('username_taken');

    expect(await notificationsOf(member.user.id)).toContainEqual({ type: 'username_changed', data: { oldUsername, newUsername: newName } });
    const transport = recordingTransport();
    await deliverOutbox(t, transport);
    const mail = transport.sent.find((sent) => sent.to === member.input.email && sent.subject.includes('gebruikersnaam'));
    expect(mail).toMatchObject({ language: 'nl', subject: 'Je gebruikersnaam is gewijzigd' });
    expect(mail!.text).toContain(newName);

    const [entry] = await auditOf(member.user.id);
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      action: 'member_username_changed',
      targetType: 'member',
      details: { before: { username: oldUsername }, after: { username: newName } },
    });
  });

  it('changes a role only with a reason; a mentor who becomes staff has their mentor profile paused and unlisted', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const pending = await sendRequest(t, student.cookie, mentor.user.username!);

    const noReason = await patch(mentor.user.id, { role: 'staff' });
    expect([noReason.statusCode, code(noReason)]).toEqual([400, 'validation_failed']);
    const res = await patch(mentor.user.id, { role: 'staff', reason: 'Works for the careers service now; registered as staff.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().member.role).toBe('staff');
    expect(res.json().mentorProfile).toMatchObject({ isListed: false });
    expect(res.json().mentorProfile.pausedAt).not.toBeNull();

    // Staff never mentor: not found in search, no requests, and the pending one cannot be accepted.
    expect((await call('GET', `/api/members/${mentor.user.username}/mentor-profile`, student.cookie)).statusCode).toBe(404);
    const accept = await call('POST', `/api/requests/${pending}/accept`, mentor.cookie, {});
    expect([accept.statusCode, code(accept)]).toEqual([409, 'mentor_inactive']);
    expect(code(await call('POST', '/api/me/mentor-profile/resume', mentor.cookie))).toBe('not_an_alumnus');

    expect(await notificationsOf(mentor.user.id)).toContainEqual({
      type: 'role_changed',
      data: { oldRole: 'alumnus', newRole: 'staff', reason: 'Works for the careers service now; registered as staff.' },
    });
    const [entry] = await auditOf(mentor.user.id);
    expect(entry).toMatchObject({
      action: 'member_role_changed',
      details: { before: { role: 'alumnus' }, after: { role: 'staff' }, reason: 'Works for the careers service now; registered as staff.', mentorProfilePaused: true },
    });
  });

  it('lets a student ask once to become an alumnus; approval lets them activate a mentor profile, and they are told', async () => {
    const student = await createMember(t, { role: 'student' });
    const alumnus = await createMember(t, { role: 'alumnus' });
    expect((await call('GET', '/api/me/graduation-request', student.cookie)).json()).toEqual({ request: null, canRequest: true });

    const asked = await call('POST', '/api/me/graduation-request', student.cookie, { graduationYear: 2025 });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ graduationYear: 2025, status: 'pending', reason: null });
    const again = await call('POST', '/api/me/graduation-request', student.cookie, { graduationYear: 2025 });
    expect([again.statusCode, code(again)]).toEqual([409, 'graduation_request_pending']);
    expect(code(await call('POST', '/api/me/graduation-request', alumnus.cookie, { graduationYear: 2025 }))).toBe('not_a_student');
    const future = await call('POST', '/api/me/graduation-request', student.cookie, { graduationYear: new Date().getUTCFullYear() + 1 });
    expect(code(future)).toBe('validation_failed');
    expect((await call('GET', '/api/me/graduation-request', student.cookie)).json()).toMatchObject({ request: { status: 'pending' }, canRequest: false });

    const waiting = await call('GET', '/api/admin/graduation-requests', admin.cookie);
    const listed = waiting.json().items.find((item: { id: string }) => item.id === asked.json().id);
    expect(listed).toMatchObject({ status: 'pending', member: { id: student.user.id, role: 'student' } });

    // Before approval the student cannot mentor.
    expect(code(await call('POST', '/api/me/mentor-profile/activate', student.cookie))).toBe('not_an_alumnus');
    const approved = await call('POST', `/api/admin/graduation-requests/${asked.json().id}/approve`, admin.cookie);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', member: { role: 'alumnus' } });
    expect(code(await call('POST', `/api/admin/graduation-requests/${asked.json().id}/approve`, admin.cookie))).toBe('graduation_request_decided');
    expect(code(await call('POST', `/api/admin/graduation-requests/${asked.json().id}/reject`, admin.cookie, { reason: 'Too late now' }))).toBe(
      'graduation_request_decided',
    );

    const activated = await call('POST', '/api/me/mentor-profile/activate', student.cookie);
    expect(activated.statusCode, activated.body).toBe(201);
    const [me] = await t.database.db.select().from(users).where(eq(users.id, student.user.id));
    expect(me).toMatchObject({ role: 'alumnus', graduationYear: 2025 });
    expect(await notificationsOf(student.user.id)).toContainEqual({ type: 'graduation_approved', data: { requestId: asked.json().id, graduationYear: 2025 } });
    expect((await call('GET', '/api/me/graduation-request', student.cookie)).json()).toMatchObject({ request: { status: 'approved' }, canRequest: false });
    const [entry] = await auditOf(student.user.id);
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      action: 'graduation_approved',
      details: { requestId: asked.json().id, before: { role: 'student' }, after: { role: 'alumnus', graduationYear: 2025 } },
    });
  });

  it('rejects a graduation request with a reason the student is told; they may ask again', async () => {
    const student = await createMember(t, { role: 'student' });
    const asked = await call('POST', '/api/me/graduation-request', student.cookie, { graduationYear: 2024 });
    const noReason = await call('POST', `/api/admin/graduation-requests/${asked.json().id}/reject`, admin.cookie, {});
    expect(code(noReason)).toBe('validation_failed');
    const rejected = await call('POST', `/api/admin/graduation-requests/${asked.json().id}/reject`, admin.cookie, { reason: 'Your diploma is not registered yet.' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', reason: 'Your diploma is not registered yet.', member: { role: 'student' } });
    expect(await notificationsOf(student.user.id)).toContainEqual({
      type: 'graduation_rejected',
      data: { requestId: asked.json().id, reason: 'Your diploma is not registered yet.' },
    });
    expect((await call('GET', '/api/me/graduation-request', student.cookie)).json()).toMatchObject({
      request: { status: 'rejected', reason: 'Your diploma is not registered yet.' },
      canRequest: true,
    });
    expect((await auditOf(student.user.id))[0]).toMatchObject({ action: 'graduation_rejected', details: { reason: 'Your diploma is not registered yet.' } });
    expect((await call('POST', '/api/admin/graduation-requests/00000000-0000-4000-8000-000000000000/approve', admin.cookie)).statusCode).toBe(404);
  });

  it('answers a waiting graduation request when the office changes the role directly: approved as an alumnus, rejected otherwise', async () => {
    const student = await createMember(t, { role: 'student' });
    const asked = await call('POST', '/api/me/graduation-request', student.cookie, { graduationYear: 2023 });
    const made = await patch(student.user.id, { role: 'alumnus', reason: 'Diploma seen at the desk' });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().member).toMatchObject({ role: 'alumnus', graduationYear: 2023 });
    expect((await call('GET', '/api/admin/graduation-requests', admin.cookie)).json().items.map((item: { id: string }) => item.id)).not.toContain(asked.json().id);
    expect((await call('GET', '/api/me/graduation-request', student.cookie)).json()).toMatchObject({ request: { status: 'approved' }, canRequest: false });
    expect((await auditOf(student.user.id))[0]).toMatchObject({
      action: 'member_role_changed',
      details: { before: { role: 'student' }, after: { role: 'alumnus' }, graduationRequest: { id: asked.json().id, status: 'approved' } },
    });

    const other = await createMember(t, { role: 'student' });
    const waiting = await call('POST', '/api/me/graduation-request', other.cookie, { graduationYear: 2024 });
    expect((await patch(other.user.id, { role: 'staff', reason: 'Works at the library now' })).statusCode).toBe(200);
    expect((await call('GET', '/api/me/graduation-request', other.cookie)).json()).toMatchObject({
      request: { id: waiting.json().id, status: 'rejected', reason: 'Works at the library now' },
    });
  });

  it('keeps the last admin: nobody drops the right of the only admin, not even that admin; with two, either may go', async () => {
    // Only our admin is left (other tests' admins lose the right).
    await t.database.db.update(users).set({ isAdmin: false }).where(sql`${users.id} <> ${admin.user.id}`);
    const self = await patch(admin.user.id, { isAdmin: false });
    expect([self.statusCode, code(self)]).toEqual([409, 'last_admin']);
    expect((await call('GET', `/api/admin/users/${admin.user.id}`, admin.cookie)).json().can).toMatchObject({ revokeAdmin: false, grantAdmin: false });

    const colleague = await createMember(t, { role: 'staff' });
    const granted = await patch(colleague.user.id, { isAdmin: true });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().member.isAdmin).toBe(true);
    expect(granted.json().can).toMatchObject({ revokeAdmin: true });
    expect((await call('GET', '/api/admin/users', colleague.cookie)).statusCode).toBe(200);
    expect(await notificationsOf(colleague.user.id)).toContainEqual({ type: 'admin_right_changed', data: { isAdmin: true } });

    // Our admin steps down; the colleague is now the last one and cannot.
    expect((await patch(admin.user.id, { isAdmin: false })).statusCode).toBe(200);
    expect(code(await call('GET', '/api/admin/users', admin.cookie))).toBe('forbidden');
    const last = await patch(colleague.user.id, { isAdmin: false }, colleague.cookie);
    expect([last.statusCode, code(last)]).toEqual([409, 'last_admin']);
    expect((await auditOf(admin.user.id)).map((row) => [row.action, row.actorId, row.details])).toEqual([
      ['admin_revoked', admin.user.id, { before: { isAdmin: true }, after: { isAdmin: false } }],
    ]);
    // Back as it was for the tests after this one.
    expect((await patch(admin.user.id, { isAdmin: true }, colleague.cookie)).statusCode).toBe(200);
  });

  it('suspends a member through moderation\'s suspension (signed out, requests withdrawn, audited) and lifts it; never oneself', async () => {
    const mentor = await createMentor(t);
    const member = await createMember(t, { role: 'student' });
    await sendRequest(t, member.cookie, mentor.user.username!);

    const suspended = await patch(member.user.id, { suspended: true, reason: 'Abusive messages, see report.' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json().member).toMatchObject({ suspended: true });
    expect(suspended.json().requests).toEqual([expect.objectContaining({ status: 'withdrawn' })]);
    expect(code(await call('GET', '/api/me', member.cookie))).toBe('unauthenticated');
    const [entry] = await auditOf(member.user.id);
    expect(entry).toMatchObject({ actorId: admin.user.id, action: 'member_suspended', details: { reason: 'Abusive messages, see report.' } });

    const lifted = await patch(member.user.id, { suspended: false });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json().member).toMatchObject({ suspended: false, suspendedAt: null });
    expect((await auditOf(member.user.id)).map((row) => row.action)).toEqual(['member_suspended', 'member_unsuspended']);

    const self = await patch(admin.user.id, { suspended: true });
    expect([self.statusCode, code(self)]).toEqual([409, 'cannot_suspend_self']);
    expect(code(await patch(member.user.id, { suspended: true }, mentor.cookie))).toBe('forbidden');
  });

  it('lists every admin action in the audit log, filtered by action, actor and date, and exports it as CSV', async () => {
    const member = await createMember(t, { role: 'student', firstName: '=cmd', familyName: 'Evil' });
    await patch(member.user.id, { role: 'alumnus', reason: 'Graduated in 2023, confirmed by the faculty.' });
    await patch(member.user.id, { username: `csv.${Date.now().toString(36)}` });

    const log = await call('GET', '/api/admin/audit-log?action=member_role_changed', admin.cookie);
    expect(log.statusCode, log.body).toBe(200);
    const entry = log.json().items.find((item: { targetId: string }) => item.targetId === member.user.id);
    expect(entry).toMatchObject({
      action: 'member_role_changed',
      actor: { id: admin.user.id, username: admin.user.username },
      target: { id: member.user.id, name: member.user.name },
      details: { before: { role: 'student' }, after: { role: 'alumnus' } },
    });
    expect(log.json().items.every((item: { action: string }) => item.action === 'member_role_changed')).toBe(true);

    const byActor = await call('GET', `/api/admin/audit-log?actor=${admin.user.username!.toUpperCase()}`, admin.cookie);
    expect(byActor.json().total).toBeGreaterThanOrEqual(2);
    expect(byActor.json().items.every((item: { actor: { id: string } }) => item.actor.id === admin.user.id)).toBe(true);
    expect((await call('GET', '/api/admin/audit-log?actor=nobody.at.all', admin.cookie)).json().total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await call('GET', `/api/admin/audit-log?from=${today}&to=${today}`, admin.cookie)).json().total).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '/api/admin/audit-log?to=2001-01-01', admin.cookie)).json().total).toBe(0);

    const csv = await call('GET', '/api/admin/audit-log.csv?action=member_role_changed', admin.cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('time,action,actor_username,actor_name,target_type,target_id,target_username,target_name,details');
    const row = lines.find((line) => line.includes(member.user.id))!;
    expect(row).toContain(',member_role_changed,');
    // A name a spreadsheet would run as a formula is written as text; JSON details are quoted.
    expect(row).toContain("'=cmd Evil");
    expect(row).toContain('""before"":{""role"":""student""}');
    expect(row).toMatch(/,"\{.*\}"$/);
  });
});
