import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { caller } from '../../../test/mentoring';
import { users } from '../../db/schema';

/**
 * Each role's dashboard and Requests page say what that member can do (docs/product.md, "People and
 * roles"; issue 17 item 5): students, alumni and staff look for mentors; only alumni mentor, and an
 * alumnus's mentor profile says whether it is listed and what it still needs. The web shows only
 * these sections, so the rule stays in the policies (ADR 0019) instead of being worked out again
 * from the role.
 */
describe('the dashboard and the Requests page by role', () => {
  let t: TestApp;
  let call: ReturnType<typeof caller>;
  beforeAll(async () => {
    t = await createTestApp();
    call = caller(t);
  });
  afterAll(() => t.close());

  async function seen(cookie: string) {
    const dashboard = await call('GET', '/api/dashboard', cookie);
    const requests = await call('GET', '/api/requests', cookie);
    expect(dashboard.statusCode).toBe(200);
    expect(requests.statusCode).toBe(200);
    return { dashboard: dashboard.json(), requests: requests.json() };
  }

  it('a student looks for a mentor and can never mentor', async () => {
    const student = await createMember(t, { role: 'student' });
    const { dashboard, requests } = await seen(student.cookie);
    expect(dashboard).toMatchObject({ can: { request: true, mentor: false }, mentorProfile: null, capacity: null });
    expect(requests.can).toEqual({ request: true, mentor: false });
  });

  it('a member of staff looks for a mentor and can never mentor; an admin (staff) too', async () => {
    const staff = await createMember(t, { role: 'staff' });
    const { dashboard, requests } = await seen(staff.cookie);
    expect(dashboard).toMatchObject({ can: { request: true, mentor: false }, mentorProfile: null });
    expect(requests.can).toEqual({ request: true, mentor: false });

    const admin = await createMember(t, { role: 'staff' });
    await t.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.user.id));
    expect((await seen(admin.cookie)).dashboard).toMatchObject({ can: { request: true, mentor: false }, mentorProfile: null });
  });

  it('a new alumnus can mentor but has no mentor profile yet: the dashboard can offer to activate one', async () => {
    const alumnus = await createMember(t, { role: 'alumnus' });
    const { dashboard, requests } = await seen(alumnus.cookie);
    expect(dashboard).toMatchObject({ can: { request: true, mentor: true }, mentorProfile: null, capacity: null });
    expect(requests.can).toEqual({ request: true, mentor: true });
  });

  it('an alumnus who activated an empty mentor profile is told it is not listed and what it still needs', async () => {
    const alumnus = await createMember(t, { role: 'alumnus' });
    await call('POST', '/api/me/mentor-profile/activate', alumnus.cookie);
    const { dashboard } = await seen(alumnus.cookie);
    expect(dashboard.mentorProfile).toEqual({ availability: 'unlisted', missing: ['headline_or_approach', 'expertise', 'languages'] });

    await call('PUT', '/api/me/mentor-profile', alumnus.cookie, { headline: 'Lawyer', expertise: ['Litigation'] });
    expect((await seen(alumnus.cookie)).dashboard.mentorProfile).toEqual({ availability: 'unlisted', missing: ['languages'] });
  });

  it('a listed mentor sees their places and that mentees can find them', async () => {
    const mentor = await createMentor(t, { maxMentees: 3 });
    const { dashboard, requests } = await seen(mentor.cookie);
    expect(dashboard).toMatchObject({
      can: { request: true, mentor: true },
      mentorProfile: { availability: 'available', missing: [] },
      capacity: { maxMentees: 3, activeMentees: 0, isPaused: false, isFull: false },
    });
    expect(requests).toMatchObject({ can: { request: true, mentor: true }, capacity: { maxMentees: 3 } });

    await call('POST', '/api/me/mentor-profile/pause', mentor.cookie);
    expect((await seen(mentor.cookie)).dashboard.mentorProfile).toEqual({ availability: 'paused', missing: [] });
  });
});
