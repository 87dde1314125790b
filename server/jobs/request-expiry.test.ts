import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { createMember, createMentor } from '../../test/factories';
import { sendRequest } from '../../test/mentoring';
import { silentLog } from '../../test/log';
import { mentoringRequests } from '../db/schema';
import { startRequestExpiry } from './request-expiry';

const DAY = 86_400_000;

// The rules themselves (who is reminded, what expires, who is told) are tested in
// modules/mentoring/request-expiry.test.ts; this job only runs them on a timer.
describe('the request expiry job', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('applies mentoring request deadlines at once when started, then stops cleanly', async () => {
    const mentor = await createMentor(t);
    const mentee = await createMember(t);
    const id = await sendRequest(t, mentee.cookie, mentor.user.username!);
    const overdue = new Date(Date.now() - (t.config.requests.expiryDays + 1) * DAY);
    await t.database.db.update(mentoringRequests).set({ createdAt: overdue }).where(eq(mentoringRequests.id, id));

    const job = startRequestExpiry({ db: t.database.db, config: t.config, log: silentLog, intervalMs: 60 * 60_000 });
    await job.stop();
    const [row] = await t.database.db.select().from(mentoringRequests).where(eq(mentoringRequests.id, id));
    expect(row?.status).toBe('expired');
  });
});
