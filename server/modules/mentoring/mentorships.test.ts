import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { caller, sendRequest } from '../../../test/mentoring';
import { notificationTypes } from '../../../test/outbox';
import { mentorProfiles } from '../../db/schema';

describe('mentorships', () => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
  });
  afterAll(() => t.close());

  const code = (res: { json(): { error: { code: string } } }) => res.json().error.code;

  /** A mentor with one active mentorship; returns both and the mentorship id. */
  async function mentorshipOf(maxMentees = 1) {
    const mentor = await createMentor(t, { maxMentees });
    const mentee = await createMember(t, { role: 'student' });
    const requestId = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const accepted = await call('POST', `/api/requests/${requestId}/accept`, mentor.cookie, {});
    return { mentor, mentee, requestId, mentorshipId: accepted.json().mentorship.id as string };
  }

  it('Mentee ends a mentorship: the place frees up at once, both are told, and it shows in the Mentor History', async () => {
    const { mentor, mentee, mentorshipId, requestId } = await mentorshipOf(1);
    const other = await createMember(t);
    const full = await call('POST', '/api/requests', other.cookie, { mentorUsername: mentor.user.username, motivation: 'x'.repeat(40) });
    expect(code(full)).toBe('mentor_full');

    const stranger = await createMember(t);
    const byStranger = await call('POST', `/api/mentorships/${mentorshipId}/end`, stranger.cookie, {});
    expect([byStranger.statusCode, code(byStranger)]).toEqual([404, 'not_found']);

    const res = await call('POST', `/api/mentorships/${mentorshipId}/end`, mentee.cookie, { reason: 'goals_reached', feedback: 'Very helpful.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: mentorshipId, role: 'mentee', isActive: false, endedBy: 'mentee', endReason: 'goals_reached', requestId });
    expect(await notificationTypes(t, mentor.user.id)).toContain('mentorship_ended');
    expect(await notificationTypes(t, mentee.user.id)).toContain('mentorship_ended');

    const [profile] = await t.database.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.user.id));
    expect(profile).toMatchObject({ activeMentees: 0, isAvailable: true });
    await sendRequest(t, other.cookie, mentor.user.username!);

    const again = await call('POST', `/api/mentorships/${mentorshipId}/end`, mentor.cookie, {});
    expect([again.statusCode, code(again)]).toEqual([409, 'mentorship_not_active']);

    const history = await call('GET', '/api/mentorships?role=mentor', mentor.cookie);
    expect(history.statusCode).toBe(200);
    expect(history.json().capacity).toEqual({ maxMentees: 1, activeMentees: 0, isPaused: false, isFull: false });
    expect(history.json().items).toEqual([
      expect.objectContaining({ id: mentorshipId, role: 'mentor', isActive: false, mentee: expect.objectContaining({ userId: mentee.user.id }) }),
    ]);
    expect(history.json().items[0].startedAt).toBeTruthy();
    expect(history.json().items[0].endedAt).toBeTruthy();
  });

  it('Mentor ends a mentorship; the mentee may then ask again', async () => {
    const { mentor, mentee, mentorshipId } = await mentorshipOf(2);
    const res = await call('POST', `/api/mentorships/${mentorshipId}/end`, mentor.cookie);
    expect(res.json()).toMatchObject({ endedBy: 'mentor', endReason: null });
    await sendRequest(t, mentee.cookie, mentor.user.username!);
  });

  it('lists current mentorships first, by role and state', async () => {
    const { mentor, mentorshipId: past } = await mentorshipOf(2);
    await call('POST', `/api/mentorships/${past}/end`, mentor.cookie, {});
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const current = (await call('POST', `/api/requests/${id}/accept`, mentor.cookie, {})).json().mentorship.id;

    const all = await call('GET', '/api/mentorships', mentor.cookie);
    expect(all.json().items.map((item: { id: string }) => item.id)).toEqual([current, past]);
    const active = await call('GET', '/api/mentorships?state=active', mentor.cookie);
    expect(active.json().items.map((item: { id: string }) => item.id)).toEqual([current]);
    const asMentee = await call('GET', '/api/mentorships?role=mentee', mentee.cookie);
    expect(asMentee.json().items).toEqual([expect.objectContaining({ id: current, role: 'mentee' })]);
    expect(asMentee.json().capacity).toBeNull();
  });

  it('the dashboard shows open requests both ways, active mentorships, unread notifications and suggestions', async () => {
    const alumnus = await createMentor(t, { maxMentees: 3, expertise: ['Data science'] });
    const asker = await createMember(t);
    await sendRequest(t, asker.cookie, alumnus.user.username!);
    const otherMentor = await createMentor(t);
    await sendRequest(t, alumnus.cookie, otherMentor.user.username!);
    const { mentor, mentee } = await mentorshipOf(1);

    const mine = await call('GET', '/api/dashboard', alumnus.cookie);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({
      incomingRequests: { count: 1, items: [expect.objectContaining({ direction: 'incoming' })] },
      outgoingRequests: { count: 1, items: [expect.objectContaining({ direction: 'outgoing' })] },
      activeMentorships: [],
      unreadMessages: null,
      capacity: { maxMentees: 3, activeMentees: 0 },
    });
    expect(mine.json().unreadNotifications).toBeGreaterThanOrEqual(2);
    expect(Array.isArray(mine.json().suggestedMentors)).toBe(true);

    const theirs = await call('GET', '/api/dashboard', mentee.cookie);
    expect(theirs.json().activeMentorships).toEqual([expect.objectContaining({ role: 'mentee', mentor: expect.objectContaining({ userId: mentor.user.id }) })]);
    expect(theirs.json().capacity).toBeNull();
  });

  it('does not suggest mentors the member already asked or is mentored by', async () => {
    const mentee = await createMember(t, { role: 'student', studyProgramme: 'Archaeology' });
    const asked = await createMentor(t, { maxMentees: 3 }, { studyProgramme: 'Archaeology' });
    const before = await call('GET', '/api/mentors/suggested?limit=12', mentee.cookie);
    expect(before.json().items.map((item: { mentor: { userId: string } }) => item.mentor.userId)).toContain(asked.user.id);
    await sendRequest(t, mentee.cookie, asked.user.username!);
    const after = await call('GET', '/api/mentors/suggested?limit=12', mentee.cookie);
    expect(after.json().items.map((item: { mentor: { userId: string } }) => item.mentor.userId)).not.toContain(asked.user.id);
  });
});
