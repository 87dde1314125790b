import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { mentoringRequests, mentorProfiles, mentorships, users } from '../../db/schema';
import { isoWeek, rangeOf } from './stats.service';

describe("the console's statistics", () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof createMember>>;
  const at = (iso: string) => new Date(iso);

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    admin = await createMember(t, { role: 'staff' });
    await db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.user.id));
    const available = await createMentor(t);
    const paused = await createMentor(t);
    const full = await createMentor(t);
    await db.update(mentorProfiles).set({ pausedAt: new Date() }).where(eq(mentorProfiles.userId, paused.user.id));
    await db.update(mentorProfiles).set({ maxMentees: 1, activeMentees: 1 }).where(eq(mentorProfiles.userId, full.user.id));
    const student = await createMember(t, { role: 'student' });
    const leaver = await createMember(t, { role: 'student' });
    const mentorId = available.user.id;
    const request = (menteeId: string, values: Partial<typeof mentoringRequests.$inferInsert>) =>
      ({ menteeId, mentorId, motivation: 'A motivation long enough.', ...values }) as typeof mentoringRequests.$inferInsert;

    // The range asked below: 2025-03-03 (Monday of 2025-W10) to 2025-03-16 (Sunday of 2025-W11).
    await db.insert(mentoringRequests).values([
      request(student.user.id, { status: 'accepted', createdAt: at('2025-03-03T10:00:00Z'), answeredAt: at('2025-03-04T10:00:00Z') }), // 24 h
      request(student.user.id, { status: 'declined', createdAt: at('2025-03-05T10:00:00Z'), answeredAt: at('2025-03-11T10:00:00Z') }), // 144 h
      request(leaver.user.id, { status: 'withdrawn', createdAt: at('2025-03-10T10:00:00Z'), withdrawnAt: at('2025-03-12T10:00:00Z') }),
      request(student.user.id, { status: 'expired', createdAt: at('2025-02-20T10:00:00Z'), expiredAt: at('2025-03-06T10:00:00Z') }),
      request(leaver.user.id, { status: 'accepted', createdAt: at('2025-03-14T12:00:00Z'), answeredAt: at('2025-03-15T00:00:00Z') }), // 12 h
      request(student.user.id, { status: 'declined', createdAt: at('2025-03-17T10:00:00Z'), answeredAt: at('2025-03-18T10:00:00Z') }), // after the range
    ]);
    await db.insert(mentorships).values([
      { mentorId, menteeId: student.user.id, startedAt: at('2025-03-04T10:00:00Z') },
      { mentorId, menteeId: leaver.user.id, startedAt: at('2025-01-10T10:00:00Z'), endedAt: at('2025-03-12T10:00:00Z') },
    ]);
    // The leaver's account goes: their requests and their ended mentorship keep counting.
    await db.delete(users).where(eq(users.id, leaver.user.id));
    const left = await db.select().from(mentoringRequests).where(eq(mentoringRequests.status, 'withdrawn'));
    expect(left).toEqual([expect.objectContaining({ menteeId: null })]);
  });
  afterAll(() => t.close());

  const get = (url: string, cookie = admin.cookie): Promise<LightMyRequestResponse> => t.app.inject({ method: 'GET', url, headers: { cookie } });

  it('counts members, mentors, the weeks\' requests (a deleted member\'s too), the acceptance rate, the median answer time and mentorships', async () => {
    const res = await get('/api/admin/stats?from=2025-03-03&to=2025-03-16');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      from: '2025-03-03',
      to: '2025-03-16',
      members: { student: 1, alumnus: 3, staff: 1, none: 0, total: 5 },
      mentors: { available: 1, paused: 1, full: 1, unlisted: 0 },
      weeks: [
        { week: '2025-W10', weekStart: '2025-03-03', sent: 2, accepted: 1, declined: 0, withdrawn: 0, expired: 1 },
        { week: '2025-W11', weekStart: '2025-03-10', sent: 2, accepted: 1, declined: 1, withdrawn: 1, expired: 0 },
      ],
      requests: { sent: 4, accepted: 2, declined: 1, withdrawn: 1, expired: 1 },
      acceptanceRate: 2 / 3,
      medianAnswerHours: 24,
      mentorships: { active: 1, startedInRange: 1, endedInRange: 1 },
    });
  });

  it('downloads the weeks as CSV', async () => {
    const res = await get('/api/admin/stats.csv?from=2025-03-03&to=2025-03-16');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="requests-per-week-2025-03-03-2025-03-16.csv"');
    expect(res.body).toBe(
      'week,week_start,sent,accepted,declined,withdrawn,expired\r\n' +
        '2025-W10,2025-03-03,2,1,0,0,1\r\n' +
        '2025-W11,2025-03-10,2,1,1,1,0\r\n',
    );
  });

  it('shows the last 12 weeks by default, and refuses a range that ends before it starts or is too long', async () => {
    const res = await get('/api/admin/stats');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().weeks).toHaveLength(12);
    expect(res.json().to).toBe(new Date().toISOString().slice(0, 10));
    for (const query of ['from=2025-03-10&to=2025-03-03', 'from=2020-01-01&to=2025-01-01', 'from=2025-02-30']) {
      const bad = await get(`/api/admin/stats?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
    }
  });

  it('names ISO weeks by the year of their Thursday and defaults to whole weeks', () => {
    expect(isoWeek(at('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(at('2020-12-28T00:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(at('2026-12-07T00:00:00Z'))).toBe('2026-W50');
    expect(rangeOf({}, at('2026-12-09T15:00:00Z'))).toEqual({ from: '2026-09-21', to: '2026-12-09' });
    expect(rangeOf({ to: '2025-03-16' }, at('2026-12-09T15:00:00Z'))).toEqual({ from: '2024-12-23', to: '2025-03-16' });
  });
});
