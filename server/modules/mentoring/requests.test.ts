import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { caller, MOTIVATION, sendRequest } from '../../../test/mentoring';
import { notificationTypes } from '../../../test/outbox';
import { mentorProfiles, notifications } from '../../db/schema';

describe('mentoring requests', () => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
  });
  afterAll(() => t.close());

  const code = (res: { json(): { error: { code: string } } }) => res.json().error.code;
  const latestData = async (userId: string, type: string) => {
    const [row] = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.type, type)))
      .orderBy(desc(notifications.createdAt));
    return row?.data;
  };

  it('asks anonymous visitors to sign in', async () => {
    for (const [method, url, payload] of [
      ['POST', '/api/requests', { mentorUsername: 'someone', motivation: MOTIVATION }],
      ['GET', '/api/requests'],
      ['POST', '/api/requests/00000000-0000-4000-8000-000000000000/accept', {}],
      ['GET', '/api/mentorships'],
      ['GET', '/api/dashboard'],
      ['GET', '/api/members/someone/mentoring'],
    ] as const) {
      const res = await call(method, url, undefined, payload);
      expect(res.statusCode, url).toBe(401);
      expect(code(res)).toBe('unauthenticated');
    }
  });

  it('Mentee sends a request with a motivation; the mentor is notified and the profile shows it pending', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    const res = await call('POST', '/api/requests', mentee.cookie, {
      mentorUsername: mentor.user.username,
      motivation: MOTIVATION,
      goals: 'A first job in policy',
    });
    expect(res.statusCode).toBe(201);
    const request = res.json();
    expect(request).toMatchObject({
      status: 'pending',
      direction: 'outgoing',
      motivation: MOTIVATION,
      goals: 'A first job in policy',
      mentor: { username: mentor.user.username },
      mentee: { username: mentee.user.username, role: 'student' },
      can: { accept: false, decline: false, retract: true },
    });
    expect(Date.parse(request.expiresAt) - Date.parse(request.createdAt)).toBe(30 * 86_400_000);
    expect(await notificationTypes(t, mentor.user.id)).toContain('request_received');
    expect(await latestData(mentor.user.id, 'request_received')).toMatchObject({
      requestId: request.id,
      menteeUsername: mentee.user.username,
      motivation: MOTIVATION,
      goals: 'A first job in policy',
    });

    const relation = await call('GET', `/api/members/${mentor.user.username}/mentoring`, mentee.cookie);
    expect(relation.json()).toMatchObject({ canRequest: false, reason: 'already_requested', pendingRequest: { id: request.id } });

    const incoming = await call('GET', '/api/requests?direction=incoming', mentor.cookie);
    expect(incoming.json().items).toHaveLength(1);
    expect(incoming.json().items[0]).toMatchObject({ id: request.id, direction: 'incoming', can: { accept: true, decline: true, retract: false } });
    expect(incoming.json().capacity).toEqual({ maxMentees: 2, activeMentees: 0, isPaused: false, isFull: false });
    const withMentor = await call('GET', `/api/requests?with=${mentor.user.username}&status=pending`, mentee.cookie);
    expect(withMentor.json().items.map((item: { id: string }) => item.id)).toEqual([request.id]);
  });

  it('tells the mentor whether they reported a request, in the list and on its own, after any reload', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const seen = async (cookie: string) => {
      const one = (await call('GET', `/api/requests/${id}`, cookie)).json();
      const listed = (await call('GET', '/api/requests', cookie)).json().items.find((item: { id: string }) => item.id === id);
      expect(listed).toMatchObject({ reported: one.reported, can: one.can });
      return { reported: one.reported, report: one.can.report };
    };
    expect(await seen(mentor.cookie)).toEqual({ reported: false, report: true });
    // The mentee cannot report their own request (409 cannot_report_own): no button for them.
    expect(await seen(mentee.cookie)).toEqual({ reported: false, report: false });

    expect((await call('POST', `/api/requests/${id}/report`, mentor.cookie, { reason: 'spam' })).statusCode).toBe(201);
    expect(await seen(mentor.cookie)).toEqual({ reported: true, report: false });
    // The report is the mentor's own: the mentee's view does not change, nor does another request's.
    expect(await seen(mentee.cookie)).toEqual({ reported: false, report: false });
    const other = await createMember(t, { role: 'student' });
    const otherId = await sendRequest(t, other.cookie, mentor.user.username!);
    expect((await call('GET', `/api/requests/${otherId}`, mentor.cookie)).json()).toMatchObject({ reported: false, can: { report: true } });
    // Answering a reported request still works, and it stays reported.
    const declined = await call('POST', `/api/requests/${id}/decline`, mentor.cookie, {});
    expect(declined.json()).toMatchObject({ status: 'declined', reported: true, can: { report: false } });
  });

  it('refuses a motivation that is too short or missing (400)', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    for (const payload of [{ mentorUsername: mentor.user.username }, { mentorUsername: mentor.user.username, motivation: 'Too short.' }]) {
      const res = await call('POST', '/api/requests', mentee.cookie, payload);
      expect(res.statusCode).toBe(400);
      expect(code(res)).toBe('validation_failed');
    }
  });

  it('refuses control characters in a request and in the lists’ filters with 400 (NUL gave 500)', async () => {
    const mentee = await createMember(t, { role: 'student' });
    const send = await call('POST', '/api/requests', mentee.cookie, { mentorUsername: 'a\u0000', motivation: MOTIVATION });
    expect(send.statusCode).toBe(400);
    expect(code(send)).toBe('validation_failed');
    for (const url of ['/api/requests?with=%00', '/api/mentorships?with=%00', '/api/members/%00/mentoring']) {
      const res = await call('GET', url, mentee.cookie);
      expect(res.statusCode, url).toBe(400);
      expect(code(res)).toBe('validation_failed');
    }
  });

  it('refuses a request to oneself, to a member without a mentor profile, and to nobody', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const self = await call('POST', '/api/requests', mentor.cookie, { mentorUsername: mentor.user.username, motivation: MOTIVATION });
    expect([self.statusCode, code(self)]).toEqual([409, 'cannot_request_self']);
    const inactive = await call('POST', '/api/requests', mentor.cookie, { mentorUsername: student.user.username, motivation: MOTIVATION });
    expect([inactive.statusCode, code(inactive)]).toEqual([409, 'mentor_inactive']);
    const nobody = await call('POST', '/api/requests', mentor.cookie, { mentorUsername: 'no.such.member', motivation: MOTIVATION });
    expect([nobody.statusCode, code(nobody)]).toEqual([404, 'not_found']);
  });

  it('refuses a request to a paused mentor, and accepts one again after "Activate mentoring now"', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    await call('POST', '/api/me/mentor-profile/pause', mentor.cookie);
    const paused = await call('POST', '/api/requests', mentee.cookie, { mentorUsername: mentor.user.username, motivation: MOTIVATION });
    expect([paused.statusCode, code(paused)]).toEqual([409, 'mentor_paused']);
    const relation = await call('GET', `/api/members/${mentor.user.username}/mentoring`, mentee.cookie);
    expect(relation.json()).toMatchObject({ canRequest: false, reason: 'mentor_paused', pendingRequest: null });
    await call('POST', '/api/me/mentor-profile/resume', mentor.cookie);
    await sendRequest(t, mentee.cookie, mentor.user.username!);
  });

  it('refuses a second pending request to the same mentor, and a sixth pending request overall', async () => {
    const mentee = await createMember(t, { role: 'student' });
    const mentors = await Promise.all(Array.from({ length: 6 }, () => createMentor(t)));
    await sendRequest(t, mentee.cookie, mentors[0]!.user.username!);
    const again = await call('POST', '/api/requests', mentee.cookie, { mentorUsername: mentors[0]!.user.username, motivation: MOTIVATION });
    expect([again.statusCode, code(again)]).toEqual([409, 'already_requested']);
    for (const mentor of mentors.slice(1, 5)) await sendRequest(t, mentee.cookie, mentor.user.username!);
    const sixth = await call('POST', '/api/requests', mentee.cookie, { mentorUsername: mentors[5]!.user.username, motivation: MOTIVATION });
    expect([sixth.statusCode, code(sixth)]).toEqual([409, 'too_many_pending_requests']);
  });

  it('Mentor accepts: a mentorship starts, the mentee is told with the response, and a second request is refused', async () => {
    const mentor = await createMentor(t, { maxMentees: 2 });
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);

    const byMentee = await call('POST', `/api/requests/${id}/accept`, mentee.cookie, {});
    expect([byMentee.statusCode, code(byMentee)]).toEqual([403, 'not_your_request']);
    const stranger = await createMember(t);
    const byStranger = await call('POST', `/api/requests/${id}/accept`, stranger.cookie, {});
    expect([byStranger.statusCode, code(byStranger)]).toEqual([404, 'not_found']);

    const res = await call('POST', `/api/requests/${id}/accept`, mentor.cookie, { response: 'Happy to help. Let us meet next week.' });
    expect(res.statusCode).toBe(200);
    const { request, mentorship, capacity } = res.json();
    expect(request).toMatchObject({ status: 'accepted', response: 'Happy to help. Let us meet next week.', mentorshipId: mentorship.id });
    expect(request.answeredAt).not.toBeNull();
    expect(mentorship).toMatchObject({ role: 'mentor', isActive: true, mentee: { userId: mentee.user.id } });
    expect(capacity).toEqual({ maxMentees: 2, activeMentees: 1, isPaused: false, isFull: false });
    // The answer is built from the accept's own statements, with no read after the commit: it says what a read says.
    expect(request).toEqual((await call('GET', `/api/requests/${id}`, mentor.cookie)).json());
    expect(await notificationTypes(t, mentee.user.id)).toContain('request_accepted');
    expect(await latestData(mentee.user.id, 'request_accepted')).toMatchObject({ mentorshipId: mentorship.id, response: 'Happy to help. Let us meet next week.' });

    const [profile] = await t.database.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.user.id));
    expect(profile).toMatchObject({ activeMentees: 1, answeredRequests: 1 });

    const again = await call('POST', '/api/requests', mentee.cookie, { mentorUsername: mentor.user.username, motivation: MOTIVATION });
    expect([again.statusCode, code(again)]).toEqual([409, 'already_mentoring']);
    const twice = await call('POST', `/api/requests/${id}/accept`, mentor.cookie, {});
    expect([twice.statusCode, code(twice)]).toEqual([409, 'request_not_pending']);
  });

  it('a full mentor: no new requests, pending ones declinable but not acceptable, shown full in search', async () => {
    const mentor = await createMentor(t, { maxMentees: 1 });
    const [first, second, late] = await Promise.all([createMember(t), createMember(t), createMember(t)]);
    const firstId = await sendRequest(t, first.cookie, mentor.user.username!);
    const secondId = await sendRequest(t, second.cookie, mentor.user.username!);

    const accepted = await call('POST', `/api/requests/${firstId}/accept`, mentor.cookie, {});
    expect(accepted.json().capacity).toMatchObject({ activeMentees: 1, isFull: true });

    const refused = await call('POST', `/api/requests/${secondId}/accept`, mentor.cookie, {});
    expect([refused.statusCode, code(refused)]).toEqual([409, 'mentor_full']);
    expect(refused.json().error.details).toEqual({ maxMentees: 1, activeMentees: 1 });
    const pending = await call('GET', `/api/requests/${secondId}`, mentor.cookie);
    expect(pending.json()).toMatchObject({ status: 'pending', can: { accept: false, decline: true } });

    const blocked = await call('POST', '/api/requests', late.cookie, { mentorUsername: mentor.user.username, motivation: MOTIVATION });
    expect([blocked.statusCode, code(blocked)]).toEqual([409, 'mentor_full']);
    const publicProfile = await call('GET', `/api/members/${mentor.user.username}/mentor-profile`, late.cookie);
    expect(publicProfile.json()).toMatchObject({ availability: 'full', activeMentees: 1, maxMentees: 1 });
    const [row] = await t.database.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.user.id));
    expect(row!.isAvailable).toBe(false);

    // Raising the maximum makes the waiting request acceptable.
    await call('PUT', '/api/me/mentor-profile', mentor.cookie, { maxMentees: 2 });
    const now = await call('POST', `/api/requests/${secondId}/accept`, mentor.cookie, {});
    expect(now.statusCode).toBe(200);
  });

  it('accepts of one mentor sent at once are each answered about their own request, and a refused one writes nothing', async () => {
    const mentor = await createMentor(t, { maxMentees: 1 });
    const mentees = await Promise.all([createMember(t), createMember(t), createMember(t)]);
    const [a, b, c] = await Promise.all(mentees.map((mentee) => sendRequest(t, mentee.cookie, mentor.user.username!)));
    await call('POST', `/api/requests/${c}/retract`, mentees[2]!.cookie, {});

    // Read together (one statement for the accepts that ask at the same moment), refused each by its own rule.
    const answers = await Promise.all([a, b, c].map((id) => call('POST', `/api/requests/${id}/accept`, mentor.cookie, {})));
    const outcomes = answers.map((res) => (res.statusCode === 200 ? 'accepted' : code(res)));
    expect(outcomes[2]).toBe('request_not_pending');
    expect([...outcomes.slice(0, 2)].sort()).toEqual(['accepted', 'mentor_full']);

    const refusedMentee = mentees[outcomes[0] === 'accepted' ? 1 : 0]!;
    expect(await notificationTypes(t, refusedMentee.user.id)).not.toContain('request_accepted');
    const inbox = await call('GET', '/api/conversations', refusedMentee.cookie);
    expect(inbox.json().items).toEqual([]);
  });

  it('Mentor declines with a reason; no retract or accept after an answer', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const byMentee = await call('POST', `/api/requests/${id}/decline`, mentee.cookie, {});
    expect([byMentee.statusCode, code(byMentee)]).toEqual([403, 'not_your_request']);

    const res = await call('POST', `/api/requests/${id}/decline`, mentor.cookie, { response: 'My field is too far from yours.', reason: 'expertise_mismatch' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'declined', declineReason: 'expertise_mismatch', response: 'My field is too far from yours.' });
    expect(await latestData(mentee.user.id, 'request_declined')).toMatchObject({ requestId: id, reason: 'expertise_mismatch', response: 'My field is too far from yours.' });

    for (const action of ['retract', 'accept', 'decline']) {
      const cookie = action === 'retract' ? mentee.cookie : mentor.cookie;
      const late = await call('POST', `/api/requests/${id}/${action}`, cookie, {});
      expect([late.statusCode, code(late)], action).toEqual([409, 'request_not_pending']);
    }
    // Declined is not pending: a new request may follow.
    await sendRequest(t, mentee.cookie, mentor.user.username!);
  });

  it('Mentee retracts a pending request; the mentor is told and can no longer answer it', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const byMentor = await call('POST', `/api/requests/${id}/retract`, mentor.cookie);
    expect([byMentor.statusCode, code(byMentor)]).toEqual([403, 'not_your_request']);

    const res = await call('POST', `/api/requests/${id}/retract`, mentee.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', can: { retract: false } });
    expect(res.json().withdrawnAt).not.toBeNull();
    expect(await notificationTypes(t, mentor.user.id)).toContain('request_withdrawn');

    for (const [action, cookie] of [
      ['accept', mentor.cookie],
      ['decline', mentor.cookie],
      ['retract', mentee.cookie],
    ] as const) {
      const late = await call('POST', `/api/requests/${id}/${action}`, cookie, {});
      expect([late.statusCode, code(late)], action).toEqual([409, 'request_not_pending']);
    }
    const relation = await call('GET', `/api/members/${mentor.user.username}/mentoring`, mentee.cookie);
    expect(relation.json()).toMatchObject({ canRequest: true, reason: null, pendingRequest: null });
  });

  it('shows a request to its two members only', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const stranger = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    expect((await call('GET', `/api/requests/${id}`, mentee.cookie)).statusCode).toBe(200);
    expect((await call('GET', `/api/requests/${id}`, stranger.cookie)).statusCode).toBe(404);
    expect((await call('GET', '/api/requests/not-a-uuid', mentee.cookie)).statusCode).toBe(400);
  });
});
