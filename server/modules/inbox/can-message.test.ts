import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { sendRequest } from '../../../test/mentoring';
import { api, createAdmin } from '../../../test/moderation';
import { users } from '../../db/schema';

/**
 * `can.message` on a member's profile (`GET /api/members/:username`): "Send message" is offered
 * exactly when starting a conversation would be accepted now. Each case asks the flag, then sends.
 */
describe('the profile says whether one may write to the member', () => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp();
    call = api(t);
  });
  afterAll(() => t.close());

  const canMessage = async (cookie: string, username: string): Promise<boolean> => {
    const res = await call('GET', `/api/members/${username}`, cookie);
    expect(res.statusCode).toBe(200);
    return res.json().can.message;
  };
  /** The flag, and what sending answers: 201 when the flag is true, 403 `cannot_message_member` when false. */
  const flagAndSend = async (cookie: string, username: string): Promise<[boolean, number]> => {
    const flag = await canMessage(cookie, username);
    const sent = await call('POST', '/api/conversations', cookie, { username, body: 'Hello, may I ask you something?' });
    if (sent.statusCode !== 201) expect(sent.json().error.code).toBe('cannot_message_member');
    return [flag, sent.statusCode];
  };

  it('true for a listed mentor, false for a stranger who is no mentor, false for oneself', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const alumnus = await createMember(t, { role: 'alumnus' });
    expect(await flagAndSend(student.cookie, mentor.user.username!)).toEqual([true, 201]);
    expect(await flagAndSend(alumnus.cookie, student.user.username!)).toEqual([false, 403]);
    expect(await flagAndSend(student.cookie, alumnus.user.username!)).toEqual([false, 403]);
    expect(await flagAndSend(mentor.cookie, mentor.user.username!)).toEqual([false, 403]);
  });

  it('true both ways once a request was sent, also when it is no longer pending', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t, { role: 'student' });
    expect(await canMessage(mentor.cookie, mentee.user.username!)).toBe(false);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    expect(await canMessage(mentor.cookie, mentee.user.username!)).toBe(true);
    expect((await call('POST', `/api/requests/${id}/decline`, mentor.cookie, {})).statusCode).toBe(200);
    // The mentor writes to the (non-mentor) mentee from their profile.
    expect(await flagAndSend(mentor.cookie, mentee.user.username!)).toEqual([true, 201]);
  });

  it('true for the alumni office towards anyone, but not towards itself', async () => {
    const admin = await createAdmin(t);
    const student = await createMember(t, { role: 'student' });
    expect(await flagAndSend(admin.cookie, student.user.username!)).toEqual([true, 201]);
    expect(await canMessage(admin.cookie, admin.user.username!)).toBe(false);
    // The student may answer from the office's profile now: they have a conversation.
    expect(await flagAndSend(student.cookie, admin.user.username!)).toEqual([true, 201]);
  });

  it('false towards a member who blocked one (the same neutral answer), true again after unblocking', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    expect((await call('POST', `/api/members/${student.user.username}/block`, mentor.cookie)).statusCode).toBeLessThan(300);
    expect(await flagAndSend(student.cookie, mentor.user.username!)).toEqual([false, 403]);
    // Blocking gives the blocker no new right: with no request between them and no mentor profile, the student is not theirs to write to.
    expect(await canMessage(mentor.cookie, student.user.username!)).toBe(false);
    expect((await call('DELETE', `/api/members/${student.user.username}/block`, mentor.cookie)).statusCode).toBeLessThan(300);
    expect(await flagAndSend(student.cookie, mentor.user.username!)).toEqual([true, 201]);
  });

  it('false towards a suspended member, also for the alumni office', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const admin = await createAdmin(t);
    await t.database.db.update(users).set({ suspendedAt: new Date() }).where(eq(users.id, mentor.user.id));
    expect(await flagAndSend(student.cookie, mentor.user.username!)).toEqual([false, 403]);
    expect(await flagAndSend(admin.cookie, mentor.user.username!)).toEqual([false, 403]);
  });
});
