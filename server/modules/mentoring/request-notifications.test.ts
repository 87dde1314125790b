import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { caller, sendRequest } from '../../../test/mentoring';
import { mentoringRequests } from '../../db/schema';
import { applyRequestDeadlines } from './request-expiry.service';

const DAY = 86_400_000;

/**
 * The bell: a notification that asks the mentor to answer a request ("request_received", the
 * reminder) is done once the request is no longer pending — answered, retracted or expired. The
 * news of that end (retracted, expired) stays unread; others' and other requests' stay as they are.
 */
describe('request notifications settle when the request does', () => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
  });
  afterAll(() => t.close());

  /** The member's notifications about `requestId`: type → read or not. */
  const bell = async (cookie: string, requestId: string) => {
    const res = await call('GET', '/api/notifications?limit=100', cookie);
    const items = res.json().items as { type: string; data: { requestId?: string }; readAt: string | null }[];
    return Object.fromEntries(items.filter((item) => item.data.requestId === requestId).map((item) => [item.type, item.readAt !== null]));
  };

  it.each(['accept', 'decline'] as const)('marks the mentor\'s "request received" read when they %s it', async (action) => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const other = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const otherId = await sendRequest(t, other.cookie, mentor.user.username!);
    expect(await bell(mentor.cookie, id)).toEqual({ request_received: false });

    const res = await call('POST', `/api/requests/${id}/${action}`, mentor.cookie, {});
    expect(res.statusCode).toBe(200);
    expect(await bell(mentor.cookie, id)).toEqual({ request_received: true });
    expect(await bell(mentor.cookie, otherId)).toEqual({ request_received: false });
    // The mentee's news of the answer is new to them.
    expect(Object.values(await bell(mentee.cookie, id))).toEqual([false]);
  });

  it('marks the mentor\'s "request received" read when the mentee retracts it; "retracted" stays unread', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    expect((await call('POST', `/api/requests/${id}/retract`, mentee.cookie, {})).statusCode).toBe(200);
    expect(await bell(mentor.cookie, id)).toEqual({ request_received: true, request_withdrawn: false });
  });

  it('marks the mentor\'s "request received" and reminder read when the request expires; "expired" stays unread', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const [row] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    const sent = row!.createdAt.getTime();
    const run = (now: Date) => applyRequestDeadlines({ db: t.database.db, requests: t.config.requests }, now);
    await run(new Date(sent + 8 * DAY));
    expect(await bell(mentor.cookie, id)).toEqual({ request_received: false, request_reminder: false });
    await run(new Date(sent + 31 * DAY));
    expect(await bell(mentor.cookie, id)).toEqual({ request_received: true, request_reminder: true, incoming_request_expired: false });
    expect(await bell(mentee.cookie, id)).toEqual({ request_expired: false });
  });
});
