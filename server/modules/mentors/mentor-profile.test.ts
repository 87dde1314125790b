import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { mentorProfiles, users } from '../../db/schema';

describe('mentor profiles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie?: string, payload?: object) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

  it('asks anonymous visitors to sign in', async () => {
    for (const [method, url] of [
      ['GET', '/api/me/mentor-profile'],
      ['POST', '/api/me/mentor-profile/activate'],
      ['GET', '/api/mentors'],
      ['GET', '/api/mentors/suggested'],
      ['GET', '/api/members/someone/mentor-profile'],
      ['GET', '/api/expertise-tags'],
    ] as const) {
      const res = await call(method, url);
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe('unauthenticated');
    }
  });

  it.each(['student', 'staff'] as const)('tells a %s why they cannot mentor, and refuses activation with 403', async (role) => {
    const member = await createMember(t, { role });

    const tab = await call('GET', '/api/me/mentor-profile', member.cookie);
    expect(tab.json()).toEqual({ canMentor: false, reason: 'not_an_alumnus', profile: null });

    const activate = await call('POST', '/api/me/mentor-profile/activate', member.cookie);
    expect(activate.statusCode).toBe(403);
    expect(activate.json().error.code).toBe('not_an_alumnus');
    const update = await call('PUT', '/api/me/mentor-profile', member.cookie, { headline: 'Mentor' });
    expect(update.json().error.code).toBe('not_an_alumnus');
    const pause = await call('POST', '/api/me/mentor-profile/pause', member.cookie);
    expect(pause.statusCode).toBe(403);
  });

  it('lets an alumnus activate a profile once, prefilled from the personal profile, with room for 2 mentees', async () => {
    const alumnus = await createMember(t, { role: 'alumnus', studyProgramme: 'History', graduationYear: 2012, startYear: 2008 });
    expect((await call('GET', '/api/me/mentor-profile', alumnus.cookie)).json()).toEqual({ canMentor: true, reason: null, profile: null });
    const early = await call('PUT', '/api/me/mentor-profile', alumnus.cookie, { headline: 'Too early' });
    expect(early.statusCode).toBe(404);
    expect(early.json().error.code).toBe('mentor_profile_missing');

    const first = await call('POST', '/api/me/mentor-profile/activate', alumnus.cookie);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      studyProgramme: 'History',
      graduationYear: 2012,
      maxMentees: 2,
      activeMentees: 0,
      // Not listed until it says enough for a mentee to choose (docs/product.md; issue 17 item 7).
      availability: 'unlisted',
      missing: ['headline_or_approach', 'expertise', 'languages'],
      pausedAt: null,
      expertise: [],
    });
    const again = await call('POST', '/api/me/mentor-profile/activate', alumnus.cookie);
    expect(again.statusCode).toBe(200);
    expect(again.json().activatedAt).toBe(first.json().activatedAt);
    expect((await call('GET', '/api/me/mentor-profile', alumnus.cookie)).json().profile).toEqual(again.json());
  });

  it('saves the profile; shared fields are the personal profile’s, tags take the curated spelling once', async () => {
    const mentor = await createMentor(t, {
      headline: 'Litigator who loves helping students',
      approach: 'Choosing between a law firm and in-house work',
      expertise: ['litigation', 'Litigation', ' corporate law ', 'Moot courts'],
      industry: 'legal',
      jobTitle: 'Senior associate',
      employer: 'Example & Partners',
      city: 'Amsterdam',
      country: 'NL',
      languages: ['nl', 'en', 'nl'],
      maxMentees: 4,
    });
    expect(mentor.profile).toMatchObject({
      headline: 'Litigator who loves helping students',
      expertise: ['Litigation', 'Corporate law', 'Moot courts'],
      industry: 'legal',
      country: 'NL',
      languages: ['nl', 'en'],
      maxMentees: 4,
    });
    const me = (await call('GET', '/api/me', mentor.cookie)).json();
    expect(me).toMatchObject({ headline: 'Litigator who loves helping students', jobTitle: 'Senior associate', city: 'Amsterdam' });

    // Left-out fields keep their value; null clears one.
    const res = await call('PUT', '/api/me/mentor-profile', mentor.cookie, { employer: null, maxMentees: 1 });
    expect(res.json()).toMatchObject({ employer: null, maxMentees: 1, jobTitle: 'Senior associate', industry: 'legal' });
  });

  it.each([0, 6, 2.5])('refuses %s as the maximum number of mentees with 400', async (maxMentees) => {
    const mentor = await createMentor(t);
    const res = await call('PUT', '/api/me/mentor-profile', mentor.cookie, { maxMentees });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.issues[0].path).toBe('maxMentees');
  });

  it('refuses an unknown industry and too many tags', async () => {
    const mentor = await createMentor(t);
    expect((await call('PUT', '/api/me/mentor-profile', mentor.cookie, { industry: 'astrology' })).statusCode).toBe(400);
    const tags = Array.from({ length: 11 }, (_, i) => `Tag ${i}`);
    expect((await call('PUT', '/api/me/mentor-profile', mentor.cookie, { expertise: tags })).statusCode).toBe(400);
  });

  it('refuses control characters in search, tags and addresses with 400 (NUL gave 500)', async () => {
    const { cookie } = await createMentor(t);
    for (const url of ['/api/mentors?city=%00', '/api/mentors?expertise=a%00', '/api/mentors/facets?language=%00en', '/api/members/%00/mentor-profile']) {
      const res = await call('GET', url, cookie);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    for (const payload of [{ expertise: ['data\u0000'] }, { languages: ['nl\u0000'] }, { approach: 'Ask me\u0007' }]) {
      expect((await call('PUT', '/api/me/mentor-profile', cookie, payload)).statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await call('PUT', '/api/me/interests', cookie, { interests: ['a\u0000b'] })).statusCode).toBe(400);
    const approach = await call('PUT', '/api/me/mentor-profile', cookie, { approach: 'CVs\nInterviews' });
    expect(approach.json().approach).toBe('CVs\nInterviews');
  });

  it('"Pause mentoring" makes the mentor unavailable; "Activate mentoring now" undoes it', async () => {
    const mentor = await createMentor(t);
    const paused = await call('POST', '/api/me/mentor-profile/pause', mentor.cookie);
    expect(paused.json()).toMatchObject({ availability: 'paused', pausedAt: expect.any(String) });
    const pausedAgain = await call('POST', '/api/me/mentor-profile/pause', mentor.cookie);
    expect(pausedAgain.json().pausedAt).toBe(paused.json().pausedAt);

    const resumed = await call('POST', '/api/me/mentor-profile/resume', mentor.cookie);
    expect(resumed.json()).toMatchObject({ availability: 'available', pausedAt: null });
  });

  it('says pause before activation is not possible', async () => {
    const alumnus = await createMember(t, { role: 'alumnus' });
    const res = await call('POST', '/api/me/mentor-profile/pause', alumnus.cookie);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('mentor_profile_missing');
  });

  it('shows a mentor profile to any signed-in member, and 404 for someone who is not a mentor', async () => {
    const mentor = await createMentor(t, { approach: 'Ask me about research careers', expertise: ['Research'] });
    const student = await createMember(t, { role: 'student' });

    const res = await call('GET', `/api/members/${mentor.user.username}/mentor-profile`, student.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      username: mentor.user.username,
      approach: 'Ask me about research careers',
      expertise: ['Research'],
      availability: 'available',
      responsiveness: null,
      isSelf: false,
    });
    const self = await call('GET', `/api/members/${mentor.user.username?.toUpperCase()}/mentor-profile`, mentor.cookie);
    expect(self.json().isSelf).toBe(true);

    const notMentor = await call('GET', `/api/members/${student.user.username}/mentor-profile`, mentor.cookie);
    expect(notMentor.statusCode).toBe(404);
    expect((await call('GET', '/api/members/nobody.here/mentor-profile', mentor.cookie)).statusCode).toBe(404);
  });

  it('is full when the active mentorships reach the maximum, and says how quickly it answers once it has', async () => {
    const mentor = await createMentor(t, { maxMentees: 1 });
    // The requests issue keeps these columns; here they are set as it will.
    await t.database.db
      .update(mentorProfiles)
      .set({ activeMentees: 1, answeredRequests: 4, medianAnswerHours: 50 })
      .where(eq(mentorProfiles.userId, mentor.user.id));
    const res = await call('GET', `/api/members/${mentor.user.username}/mentor-profile`, mentor.cookie);
    expect(res.json()).toMatchObject({ availability: 'full', responsiveness: { typicalAnswerDays: 3, basedOnAnswers: 4 } });
    const tab = await call('GET', '/api/me/mentor-profile', mentor.cookie);
    expect(tab.json().profile).toMatchObject({ availability: 'full', activeMentees: 1, maxMentees: 1 });
  });

  it('hides the profile of a mentor who is no longer an alumnus, except from its owner', async () => {
    const mentor = await createMentor(t);
    const other = await createMember(t);
    await t.database.db.update(users).set({ role: 'staff' }).where(eq(users.id, mentor.user.id));

    const tab = (await call('GET', '/api/me/mentor-profile', mentor.cookie)).json();
    expect(tab).toMatchObject({ canMentor: false, reason: 'not_an_alumnus', profile: { availability: 'unlisted' } });
    expect((await call('GET', `/api/members/${mentor.user.username}/mentor-profile`, other.cookie)).statusCode).toBe(404);
    expect((await call('GET', `/api/members/${mentor.user.username}/mentor-profile`, mentor.cookie)).json().availability).toBe('unlisted');
  });

  it('keeps a curated expertise list that only admins extend', async () => {
    const member = await createMember(t);
    const admin = await createMember(t, { role: 'staff' });
    await t.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.user.id));

    const list = (await call('GET', '/api/expertise-tags', member.cookie)).json().tags as string[];
    expect(list).toEqual(expect.arrayContaining(['Data science', 'Marketing', 'PhD applications']));

    const refused = await call('POST', '/api/admin/expertise-tags', member.cookie, { name: 'Quantum computing' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');

    const added = await call('POST', '/api/admin/expertise-tags', admin.cookie, { name: 'Quantum computing' });
    expect(added.statusCode).toBe(201);
    expect(added.json().tags).toContain('Quantum computing');
    const duplicate = await call('POST', '/api/admin/expertise-tags', admin.cookie, { name: 'quantum COMPUTING' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('conflict');
  });

  it('documents its endpoints in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/me/mentor-profile',
        '/api/me/mentor-profile/activate',
        '/api/me/mentor-profile/pause',
        '/api/me/mentor-profile/resume',
        '/api/members/{username}/mentor-profile',
        '/api/mentors',
        '/api/mentors/facets',
        '/api/mentors/suggested',
        '/api/me/interests',
        '/api/expertise-tags',
        '/api/admin/expertise-tags',
      ]),
    );
    for (const schema of ['MentorCard', 'MentorTab', 'OwnMentorProfile', 'MentorSearchResult', 'MentorFacetsResult', 'SuggestedMentors']) {
      expect(doc.components.schemas[schema], schema).toBeDefined();
    }
  });

  it('keeps a member’s interests, in the curated spelling', async () => {
    const member = await createMember(t, { role: 'student' });
    expect((await call('GET', '/api/me/interests', member.cookie)).json()).toEqual({ interests: [] });
    const res = await call('PUT', '/api/me/interests', member.cookie, { interests: ['data science', 'Start-ups', 'start-ups'] });
    expect(res.json()).toEqual({ interests: ['Data science', 'Start-ups'] });
    expect((await call('GET', '/api/me/interests', member.cookie)).json()).toEqual({ interests: ['Data science', 'Start-ups'] });
  });
});
