import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testConfig } from '../../test/app';
import { createMember, createMentor } from '../../test/factories';
import { caller, sendRequest } from '../../test/mentoring';
import { notificationTypes } from '../../test/outbox';
import { mentoringRequests } from '../db/schema';
import { runRequestExpiry } from './request-expiry';

const DAY = 86_400_000;

describe('request expiry and reminders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reminds the mentor once after 7 days and expires after 30, telling both sides, however often it runs', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const [row] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    const sent = row!.createdAt.getTime();
    const settings = t.config.requests;
    expect(settings).toEqual({ expiryDays: 30, reminderDays: 7 });

    expect(await runRequestExpiry(t.database.db, settings, new Date(sent + 6 * DAY))).toEqual({ reminded: 0, expired: 0 });
    const week = new Date(sent + 7 * DAY + 1000);
    expect((await runRequestExpiry(t.database.db, settings, week)).reminded).toBeGreaterThanOrEqual(1);
    expect(await runRequestExpiry(t.database.db, settings, new Date(week.getTime() + DAY))).toEqual({ reminded: 0, expired: 0 });
    expect((await notificationTypes(t, mentor.user.id)).filter((type) => type === 'request_reminder')).toHaveLength(1);

    const month = new Date(sent + 30 * DAY + 1000);
    expect((await runRequestExpiry(t.database.db, settings, month)).expired).toBeGreaterThanOrEqual(1);
    expect(await runRequestExpiry(t.database.db, settings, month)).toEqual({ reminded: 0, expired: 0 });

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
    await runRequestExpiry(t.database.db, t.config.requests, new Date(row!.createdAt.getTime() + 40 * DAY));
    const [after] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    expect(after).toMatchObject({ status: 'expired', remindedAt: null });
    expect(await notificationTypes(t, mentor.user.id)).not.toContain('request_reminder');
  });

  it('honours configured periods and refuses a reminder that would come after the expiry', async () => {
    expect(testConfig({ REQUEST_EXPIRY_DAYS: '14', REQUEST_REMINDER_DAYS: '3' }).requests).toEqual({ expiryDays: 14, reminderDays: 3 });
    expect(() => testConfig({ REQUEST_EXPIRY_DAYS: '5', REQUEST_REMINDER_DAYS: '7' })).toThrow(/REQUEST_REMINDER_DAYS/);
  });
});
