import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModerationReport, ReportQueue } from '../../../contract/moderation';
import { queryRows } from '../../db/client';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { sendRequest } from '../../../test/mentoring';
import { api, createAdmin } from '../../../test/moderation';

type Member = Awaited<ReturnType<typeof createMember>>;

describe('reporting and the moderation queue', () => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp();
    call = api(t);
  });
  afterAll(() => t.close());

  /** `from` writes to the mentor `to` (their conversation), then each writes `more` in turn; the messages' ids in order. */
  async function conversation(from: Member, to: Member, texts: string[]) {
    const started = await call('POST', '/api/conversations', from.cookie, { username: to.user.username, body: texts[0] });
    expect(started.statusCode).toBe(201);
    const id = started.json().conversation.id as string;
    const ids = [started.json().message.id as string];
    for (const [index, body] of texts.slice(1).entries()) {
      const sent = await call('POST', `/api/conversations/${id}/messages`, index % 2 === 0 ? to.cookie : from.cookie, { body });
      expect(sent.statusCode).toBe(201);
      ids.push(sent.json().id);
    }
    return { id, ids };
  }

  const queue = async (cookie: string, status = 'all'): Promise<ReportQueue> => {
    const res = await call('GET', `/api/admin/reports?status=${status}`, cookie);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const inQueue = async (cookie: string, id: string): Promise<ModerationReport> => {
    const found = (await queue(cookie)).items.find((item) => item.id === id);
    expect(found, `report ${id} in the queue`).toBeDefined();
    return found!;
  };
  const auditActions = async (targetId: string) =>
    (await queryRows<{ action: string }>(t.database.db, sql`select action from audit_log where target_id = ${targetId} order by id`)).map((row) => row.action);

  it('takes a report of a received message once, with a receipt; refuses one’s own message and strangers', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const stranger = await createMember(t);
    const admin = await createAdmin(t);
    const { ids } = await conversation(student, mentor, ['Hello, buy my course!']);

    const own = await call('POST', `/api/messages/${ids[0]}/report`, student.cookie, { reason: 'spam' });
    expect([own.statusCode, own.json().error.code]).toEqual([409, 'cannot_report_own']);
    for (const outsider of [stranger, admin]) {
      const res = await call('POST', `/api/messages/${ids[0]}/report`, outsider.cookie, { reason: 'spam' });
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'not_found']);
    }
    const bad = await call('POST', `/api/messages/${ids[0]}/report`, mentor.cookie, { reason: 'boring' });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'validation_failed']);

    const first = await call('POST', `/api/messages/${ids[0]}/report`, mentor.cookie, { reason: 'spam', details: 'Selling things' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: expect.any(String), status: 'open', createdAt: expect.any(String) });
    const twice = await call('POST', `/api/messages/${ids[0]}/report`, mentor.cookie, { reason: 'other' });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'already_reported']);

    // The receiver's thread says it is reported, and offers no second report.
    const thread = await call('GET', `/api/conversations/${(await call('GET', '/api/conversations', mentor.cookie)).json().items[0].id}/messages`, mentor.cookie);
    expect(thread.json().items[0]).toMatchObject({ reported: true, can: { report: false } });
  });

  it('takes a report of a request’s motivation from its mentor only', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    const stranger = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);

    const own = await call('POST', `/api/requests/${id}/report`, mentee.cookie, { reason: 'other' });
    expect([own.statusCode, own.json().error.code]).toEqual([409, 'cannot_report_own']);
    const outsider = await call('POST', `/api/requests/${id}/report`, stranger.cookie, { reason: 'other' });
    expect([outsider.statusCode, outsider.json().error.code]).toEqual([404, 'not_found']);
    expect((await call('POST', `/api/requests/${id}/report`, mentor.cookie, { reason: 'inappropriate' })).statusCode).toBe(201);
    const twice = await call('POST', `/api/requests/${id}/report`, mentor.cookie, { reason: 'inappropriate' });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'already_reported']);
    const missing = await call('POST', `/api/requests/00000000-0000-4000-8000-000000000000/report`, mentor.cookie, { reason: 'spam' });
    expect(missing.statusCode).toBe(404);
  });

  it('shows the admins each report in context: the neighbouring messages, the reporter, the sender and their other reports', async () => {
    const admin = await createAdmin(t);
    const mentor = await createMentor(t);
    const otherMentor = await createMentor(t);
    const sender = await createMember(t, { role: 'student' });
    const { ids } = await conversation(sender, mentor, ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine']);
    // The ninth is the sender's (odd turns are theirs); report the fifth, also the sender's.
    const earlier = await conversation(sender, otherMentor, ['You again']);
    const older = (await call('POST', `/api/messages/${earlier.ids[0]}/report`, otherMentor.cookie, { reason: 'harassment' })).json().id as string;
    const report = (await call('POST', `/api/messages/${ids[4]}/report`, mentor.cookie, { reason: 'harassment', details: 'Keeps writing' })).json().id as string;

    const student = await createMember(t, { role: 'student' });
    const refused = await call('GET', '/api/admin/reports', student.cookie);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);

    const open = await queue(admin.cookie, 'open');
    expect(open.items.every((item) => item.status === 'open')).toBe(true);
    expect(open.open).toBeGreaterThanOrEqual(2);
    const item = await inQueue(admin.cookie, report);
    expect(item).toMatchObject({
      about: 'message',
      reason: 'harassment',
      details: 'Keeps writing',
      status: 'open',
      reporter: { id: mentor.user.id, name: mentor.user.name, username: mentor.user.username },
      subject: { id: sender.user.id, username: sender.user.username, suspended: false, isAdmin: false },
      request: null,
      can: { resolve: true, remove: true, suspend: true },
    });
    expect(item.message!.before.map((m) => m.body)).toEqual(['Two', 'Three', 'Four']);
    expect(item.message!.reported).toMatchObject({ id: ids[4], body: 'Five', fromSubject: true, removed: false });
    expect(item.message!.after.map((m) => m.body)).toEqual(['Six', 'Seven', 'Eight']);
    expect(item.message!.after[0]!.fromSubject).toBe(false);
    expect(item.otherReports.total).toBe(1);
    expect(item.otherReports.items).toEqual([{ id: older, about: 'message', reason: 'harassment', status: 'open', createdAt: expect.any(String) }]);
  });

  it('removes a message: its text is in no answer any more, the reporter is told, and deciding again is 409 report_resolved', async () => {
    const admin = await createAdmin(t);
    const mentor = await createMentor(t);
    const sender = await createMember(t, { role: 'student' });
    const secret = `Offensive words ${Date.now()}`;
    const { id: conversationId, ids } = await conversation(sender, mentor, [secret]);
    const report = (await call('POST', `/api/messages/${ids[0]}/report`, mentor.cookie, { reason: 'inappropriate', details: 'Rude' })).json().id as string;

    const resolved = await call('POST', `/api/admin/reports/${report}/resolve`, admin.cookie, { action: 'remove', note: 'Clearly rude' });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().resolvedIds).toEqual([report]);
    expect(resolved.json().report).toMatchObject({
      status: 'removed',
      note: 'Clearly rude',
      resolvedBy: { name: admin.user.name },
      can: { resolve: false, remove: false, suspend: false },
      message: { reported: { id: ids[0], body: null, removed: true } },
    });

    const answers = [
      resolved,
      await call('GET', `/api/conversations/${conversationId}/messages`, mentor.cookie),
      await call('GET', `/api/conversations/${conversationId}/messages`, sender.cookie),
      await call('GET', '/api/conversations', mentor.cookie),
      await call('GET', '/api/conversations', sender.cookie),
      await call('GET', '/api/admin/reports?status=all', admin.cookie),
      await call('GET', '/api/notifications', mentor.cookie),
      await call('GET', '/api/notifications', sender.cookie),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toContain(secret);
    }
    expect(answers[1]!.json().items[0]).toMatchObject({ id: ids[0], body: null, removed: true });
    expect(answers[4]!.json().items[0].lastMessage).toMatchObject({ preview: null, removed: true });
    const stored = await queryRows<{ body: string | null; removed_by: string }>(t.database.db, sql`select body, removed_by from messages where id = ${ids[0]}`);
    expect(stored).toEqual([{ body: null, removed_by: admin.user.id }]);

    const bell = (await call('GET', '/api/notifications', mentor.cookie)).json().items[0];
    expect(bell).toMatchObject({ type: 'report_outcome', data: { reportId: report, outcome: 'removed', about: 'message' } });
    expect(JSON.stringify(bell)).not.toContain('Clearly rude');

    const again = await call('POST', `/api/admin/reports/${report}/resolve`, admin.cookie, { action: 'dismiss' });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'report_resolved']);
    expect(await auditActions(ids[0]!)).toEqual(['message_removed']);
    expect(await auditActions(report)).toEqual(['report_removed']);
  });

  it('suspends the sender and removes the message: signed out, requests withdrawn with notice, reporter told', async () => {
    const admin = await createAdmin(t);
    const mentor = await createMentor(t);
    const otherMentor = await createMentor(t);
    const sender = await createMember(t, { role: 'student' });
    const pending = await sendRequest(t, sender.cookie, otherMentor.user.username!);
    const { ids } = await conversation(sender, mentor, ['Threatening words']);
    const report = (await call('POST', `/api/messages/${ids[0]}/report`, mentor.cookie, { reason: 'harassment' })).json().id as string;

    const resolved = await call('POST', `/api/admin/reports/${report}/resolve`, admin.cookie, { action: 'suspend', removeMessage: true, note: 'Threats' });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().report).toMatchObject({ status: 'suspended', subject: { suspended: true }, message: { reported: { body: null, removed: true } } });

    const me = await call('GET', '/api/me', sender.cookie);
    expect([me.statusCode, me.json().error.code]).toEqual([401, 'unauthenticated']);
    const request = await call('GET', `/api/requests/${pending}`, otherMentor.cookie);
    expect(request.json().status).toBe('withdrawn');
    expect((await call('GET', '/api/notifications', otherMentor.cookie)).json().items[0]).toMatchObject({ type: 'request_withdrawn', data: { requestId: pending } });
    expect((await call('GET', '/api/notifications', mentor.cookie)).json().items[0]).toMatchObject({
      type: 'report_outcome',
      data: { reportId: report, outcome: 'suspended', about: 'message' },
    });
    expect(await auditActions(sender.user.id)).toEqual(['member_suspended']);
    expect(await auditActions(ids[0]!)).toEqual(['message_removed']);
    expect(await auditActions(report)).toEqual(['report_suspended']);
    const [entry] = await queryRows<{ actor_id: string; details: Record<string, unknown> }>(
      t.database.db,
      sql`select actor_id, details from audit_log where target_id = ${sender.user.id}`,
    );
    expect(entry).toMatchObject({ actor_id: admin.user.id, details: { reason: 'Threats', reportId: report, requestsWithdrawn: [pending] } });
  });

  it('dismisses a report: nothing changes but the report, and the reporter is told', async () => {
    const admin = await createAdmin(t);
    const mentor = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const report = (await call('POST', `/api/requests/${id}/report`, mentor.cookie, { reason: 'other', details: 'Odd motivation' })).json().id as string;

    const item = await inQueue(admin.cookie, report);
    expect(item).toMatchObject({ about: 'request', message: null, subject: { id: mentee.user.id }, request: { id, status: 'pending', mentorName: mentor.user.name } });
    expect(item.request!.motivation.length).toBeGreaterThan(10);
    expect(item.can).toEqual({ resolve: true, remove: false, suspend: true });

    const removing = await call('POST', `/api/admin/reports/${report}/resolve`, admin.cookie, { action: 'remove' });
    expect([removing.statusCode, removing.json().error.code]).toEqual([400, 'validation_failed']);
    const dismissed = await call('POST', `/api/admin/reports/${report}/resolve`, admin.cookie, { action: 'dismiss' });
    expect(dismissed.json().report).toMatchObject({ status: 'dismissed', note: null });
    expect((await call('GET', '/api/me', mentee.cookie)).statusCode).toBe(200);
    expect((await call('GET', '/api/notifications', mentor.cookie)).json().items[0]).toMatchObject({
      type: 'report_outcome',
      data: { reportId: report, outcome: 'dismissed', about: 'request' },
    });
    expect(await auditActions(report)).toEqual(['report_dismissed']);
  });

  it('will not suspend the admin who decides, nor answer a report that does not exist', async () => {
    const admin = await createAdmin(t);
    const member = await createMember(t);
    const { ids } = await conversation(admin, member, ['A note from the alumni office']);
    const report = (await call('POST', `/api/messages/${ids[0]}/report`, member.cookie, { reason: 'other' })).json().id as string;
    expect((await inQueue(admin.cookie, report)).can).toEqual({ resolve: true, remove: true, suspend: false });
    const self = await call('POST', `/api/admin/reports/${report}/resolve`, admin.cookie, { action: 'suspend' });
    expect([self.statusCode, self.json().error.code]).toEqual([409, 'cannot_suspend_self']);
    expect((await inQueue(admin.cookie, report)).status).toBe('open');
    const missing = await call('POST', '/api/admin/reports/00000000-0000-4000-8000-000000000000/resolve', admin.cookie, { action: 'dismiss' });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'not_found']);
  });
});

describe('reporting is rate-limited', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { RATE_LIMITS: 'true' } });
  });
  afterAll(() => t.close());

  it('per account: 429 rate_limited after 20 reports an hour', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const started = await api(t)('POST', '/api/conversations', student.cookie, { username: mentor.user.username, body: 'Hello' });
    const id = started.json().message.id as string;
    const report = () => api(t)('POST', `/api/messages/${id}/report`, mentor.cookie, { reason: 'spam' });
    expect((await report()).statusCode).toBe(201);
    for (let i = 1; i < 20; i++) expect((await report()).statusCode).toBe(409);
    const refused = await report();
    expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'rate_limited']);
  });
});
