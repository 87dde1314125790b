import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { TEST_PASSWORD, createMember, createMentor } from '../../../test/factories';
import { placesHolding } from '../../../test/member-data';
import { sendRequest } from '../../../test/mentoring';
import { queryRows } from '../../db/client';
import { mentorProfiles } from '../../db/schema';

const postgresTemplate = inject('postgresTemplate');
const ROUNDS = 12;

// PGlite runs one transaction at a time: a deletion and an accept cannot race there. On
// PostgreSQL the app's pool runs them on two connections at once.
describe.runIf(postgresTemplate)('deleting a member while their request is accepted (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it(`leaves a consistent state whichever wins, ${ROUNDS} times over`, { timeout: 180_000 }, async () => {
    const mentor = await createMentor(t, { maxMentees: 5 });
    const outcomes = new Set<string>();
    for (let round = 1; round <= ROUNDS; round++) {
      const mentee = await createMember(t, { role: 'student' });
      const requestId = await sendRequest(t, mentee.cookie, mentor.user.username!);
      // The deletion checks the password (tens of milliseconds) before its transaction: the
      // accept is sent a little later each round, so rounds fall on both sides of that moment.
      const remove = t.app.inject({ method: 'DELETE', url: '/api/me', headers: { cookie: mentee.cookie }, payload: { currentPassword: TEST_PASSWORD } });
      await new Promise((resolve) => setTimeout(resolve, (round - 1) * 25));
      const accept = t.app.inject({ method: 'POST', url: `/api/requests/${requestId}/accept`, headers: { cookie: mentor.cookie }, payload: { response: 'Welcome' } });
      const [deleteRes, acceptRes] = await Promise.all([remove, accept]);
      expect(deleteRes.statusCode, deleteRes.body).toBe(204);
      expect([200, 404, 409], acceptRes.body).toContain(acceptRes.statusCode);
      outcomes.add(String(acceptRes.statusCode));

      // Whoever won: the request is closed, no mentorship with the deleted member is active, the
      // mentor's count of places is the count of active mentorships, and nothing points at the member.
      const [request] = await queryRows<{ status: string; mentee_id: string | null }>(t.database.db, sql`select status::text, mentee_id from mentoring_requests where id = ${requestId}`);
      expect(request).toEqual({ status: acceptRes.statusCode === 200 ? 'accepted' : 'withdrawn', mentee_id: null });
      const [ships] = await queryRows<{ active: number; total: number }>(
        t.database.db,
        sql`select count(*) filter (where ended_at is null)::int as active, count(*)::int as total from mentorships where request_id = ${requestId}`,
      );
      expect(ships).toEqual({ active: 0, total: acceptRes.statusCode === 200 ? 1 : 0 });
      const [profile] = await t.database.db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentor.user.id));
      const [counted] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from mentorships where mentor_id = ${mentor.user.id} and ended_at is null`);
      expect(profile!.activeMentees).toBe(counted!.n);
      expect(await placesHolding(t.database.db, mentee.user.id)).toEqual({});
    }
    // Both orders happened: the accept first (then ended by the deletion) and the deletion first.
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(['200']));
    expect([...outcomes].some((status) => status !== '200')).toBe(true);
  });
});
