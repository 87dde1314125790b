import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testConfig } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { caller, sendRequest } from '../../../test/mentoring';
import { notificationTypes } from '../../../test/outbox';
import { mentoringRequests, mentorships } from '../../db/schema';
import { applyRequestDeadlines } from './request-expiry.service';

const DAY = 86_400_000;
const MINUTE = 60_000;

describe('request expiry and reminders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  const run = (now: Date) => applyRequestDeadlines({ db: t.database.db, requests: t.config.requests }, now);

  it('reminds the mentor once after 7 days and expires after 30, telling both sides, however often it runs', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const [row] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    const sent = row!.createdAt.getTime();
    expect(t.config.requests).toEqual({ expiryDays: 30, reminderDays: 7 });

    expect(await run(new Date(sent + 6 * DAY))).toEqual({ reminded: 0, expired: 0 });
    const week = new Date(sent + 7 * DAY + 1000);
    expect((await run(week)).reminded).toBeGreaterThanOrEqual(1);
    expect(await run(new Date(week.getTime() + DAY))).toEqual({ reminded: 0, expired: 0 });
    expect((await notificationTypes(t, mentor.user.id)).filter((type) => type === 'request_reminder')).toHaveLength(1);

    const month = new Date(sent + 30 * DAY + 1000);
    expect((await run(month)).expired).toBeGreaterThanOrEqual(1);
    expect(await run(month)).toEqual({ reminded: 0, expired: 0 });

    const res = await caller(t)('GET', `/api/requests/${id}`, mentee.cookie);
    expect(res.json()).toMatchObject({ status: 'expired', expiresAt: null, can: { retract: false } });
    expect(res.json().expiredAt).toBe(month.toISOString());
    expect(await notificationTypes(t, mentee.user.id)).toContain('request_expired');
    expect(await notificationTypes(t, mentor.user.id)).toContain('incoming_request_expired');

    const late = await caller(t)('POST', `/api/requests/${id}/accept`, mentor.cookie, {});
    expect(late.json().error.code).toBe('request_not_pending');
    // Expired is not pending: the mentee may ask again.
    await sendRequest(t, mentee.cookie, mentor.user.username!);
  });

  it('expires a request never reminded (the job was down) without reminding it afterwards', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const [row] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    await run(new Date(row!.createdAt.getTime() + 40 * DAY));
    const [after] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    expect(after).toMatchObject({ status: 'expired', remindedAt: null });
    expect(await notificationTypes(t, mentor.user.id)).not.toContain('request_reminder');
  });

  it('honours configured periods and refuses a reminder that would come after the expiry', async () => {
    expect(testConfig({ REQUEST_EXPIRY_DAYS: '14', REQUEST_REMINDER_DAYS: '3' }).requests).toEqual({ expiryDays: 14, reminderDays: 3 });
    expect(() => testConfig({ REQUEST_EXPIRY_DAYS: '5', REQUEST_REMINDER_DAYS: '7' })).toThrow(/REQUEST_REMINDER_DAYS/);
  });
});

describe('a request past its expiry time, before the expiry job has run', () => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
  });
  afterAll(() => t.close());

  /** A pending request sent `age` ago (the job runs every ten minutes, so it may still be pending). */
  async function requestSent(age: number) {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    await t.database.db
      .update(mentoringRequests)
      .set({ createdAt: new Date(Date.now() - age) })
      .where(eq(mentoringRequests.id, id));
    return { mentor, mentee, id };
  }

  it('cannot be accepted or declined once the expiry time it shows has passed (409 request_expired)', async () => {
    const { mentor, mentee, id } = await requestSent(t.config.requests.expiryDays * DAY + MINUTE);
    const shown = (await call('GET', `/api/requests/${id}`, mentor.cookie)).json();
    expect(shown.status).toBe('pending');
    expect(Date.parse(shown.expiresAt)).toBeLessThan(Date.now());

    const accept = await call('POST', `/api/requests/${id}/accept`, mentor.cookie, { response: 'Gladly!' });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().error.code).toBe('request_expired');
    const decline = await call('POST', `/api/requests/${id}/decline`, mentor.cookie, {});
    expect(decline.statusCode).toBe(409);
    expect(decline.json().error.code).toBe('request_expired');

    // Nothing changed: no mentorship, still pending (the job expires it and tells both sides).
    expect(await t.database.db.select().from(mentorships).where(eq(mentorships.requestId, id))).toEqual([]);
    expect((await call('GET', `/api/requests/${id}`, mentee.cookie)).json().status).toBe('pending');
    expect(await notificationTypes(t, mentee.user.id)).not.toContain('request_accepted');
    expect(await notificationTypes(t, mentee.user.id)).not.toContain('request_declined');
  });

  it('can still be retracted by its mentee: withdrawing what will not be answered harms no one', async () => {
    const { mentor, mentee, id } = await requestSent(t.config.requests.expiryDays * DAY + MINUTE);
    const retract = await call('POST', `/api/requests/${id}/retract`, mentee.cookie);
    expect(retract.statusCode).toBe(200);
    expect(retract.json().status).toBe('withdrawn');
    expect(await notificationTypes(t, mentor.user.id)).toContain('request_withdrawn');
  });

  it('is still answerable in its last minute', async () => {
    const { mentor, id } = await requestSent(t.config.requests.expiryDays * DAY - MINUTE);
    const accept = await call('POST', `/api/requests/${id}/accept`, mentor.cookie, {});
    expect(accept.statusCode).toBe(200);
    expect(accept.json().request.status).toBe('accepted');
  });
});
