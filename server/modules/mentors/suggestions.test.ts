import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestedMentors } from '../../../contract/mentors';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { availabilityOf, responsivenessOf } from './mentor-cards';

describe('suggested mentors', { timeout: 60_000 }, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const suggestions = async (cookie: string, query = ''): Promise<SuggestedMentors> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/mentors/suggested${query}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const patchMe = (cookie: string, payload: object) => t.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie }, payload });

  it('suggests mentors by programme and interests, with the reasons, best first, never unavailable ones', async () => {
    const programme = `Programme ${Date.now().toString(36)}`;
    const interest = `Interest ${Date.now().toString(36)}`;
    // A language none of this file's other mentors speaks (they speak LISTABLE_PROFILE's Frisian).
    const language = 'kl';
    const student = await createMember(t, { role: 'student', studyProgramme: programme });
    await patchMe(student.cookie, { languages: [language, 'en'] });
    await t.app.inject({ method: 'PUT', url: '/api/me/interests', headers: { cookie: student.cookie }, payload: { interests: [interest] } });

    const both = await createMentor(t, { expertise: [interest], languages: [language] }, { studyProgramme: programme, familyName: 'Both' });
    await createMentor(t, {}, { studyProgramme: programme, familyName: 'Programme' });
    await createMentor(t, { expertise: [interest] }, { studyProgramme: 'Elsewhere', familyName: 'Interest' });
    const paused = await createMentor(t, { expertise: [interest] }, { studyProgramme: programme, familyName: 'Paused' });
    await t.app.inject({ method: 'POST', url: '/api/me/mentor-profile/pause', headers: { cookie: paused.cookie } });
    // A shared language alone does not make a suggestion when programme or interests can.
    await createMentor(t, { languages: [language] }, { studyProgramme: 'Elsewhere', familyName: 'Language' });

    const { items } = await suggestions(student.cookie);
    expect(items.map((item) => item.mentor.name)).toEqual(['Test Both', 'Test Interest', 'Test Programme']);
    expect(items[0]!.reasons).toEqual([
      { kind: 'same_programme', programme },
      { kind: 'matching_expertise', tags: [interest] },
      { kind: 'shared_language', languages: [language] },
    ]);
    expect(items[1]!.reasons).toEqual([{ kind: 'matching_expertise', tags: [interest] }]);
    expect(items[2]!.reasons).toEqual([{ kind: 'same_programme', programme }]);
    expect(items[0]!.mentor.userId).toBe(both.user.id);

    expect((await suggestions(student.cookie, '?limit=1')).items).toHaveLength(1);
  });

  it('never suggests the member to themselves', async () => {
    const programme = `Programme self ${Date.now().toString(36)}`;
    const mentor = await createMentor(t, {}, { studyProgramme: programme });
    const other = await createMentor(t, {}, { studyProgramme: programme });
    const ids = (await suggestions(mentor.cookie)).items.map((item) => item.mentor.userId);
    expect(ids).toContain(other.user.id);
    expect(ids).not.toContain(mentor.user.id);
  });

  it('falls back to a shared language for a member with no programme or interests', async () => {
    const language = 'ii';
    const staff = await createMember(t, { role: 'staff' });
    await patchMe(staff.cookie, { languages: [language] });
    await createMentor(t, { languages: [language] }, { familyName: 'Speaker' });
    const { items } = await suggestions(staff.cookie);
    expect(items.map((item) => [item.mentor.name, item.reasons])).toEqual([
      ['Test Speaker', [{ kind: 'shared_language', languages: [language] }]],
    ]);

    const blank = await createMember(t, { role: 'staff' });
    expect(await suggestions(blank.cookie)).toEqual({ items: [] });
  });
});

describe('availability and responsiveness rules', () => {
  const facts = { isListed: true, isPaused: false, activeMentees: 0, maxMentees: 2 };

  it('is available below the maximum, full at it, paused over full, unlisted over all', () => {
    expect(availabilityOf(facts)).toBe('available');
    expect(availabilityOf({ ...facts, activeMentees: 2 })).toBe('full');
    expect(availabilityOf({ ...facts, activeMentees: 3 })).toBe('full');
    expect(availabilityOf({ ...facts, activeMentees: 2, isPaused: true })).toBe('paused');
    expect(availabilityOf({ ...facts, isPaused: true, isListed: false })).toBe('unlisted');
  });

  it('says nothing about answer times until there are three answers, then rounds up to days', () => {
    expect(responsivenessOf({ answeredRequests: 2, medianAnswerHours: 5 })).toBeNull();
    expect(responsivenessOf({ answeredRequests: 3, medianAnswerHours: null })).toBeNull();
    expect(responsivenessOf({ answeredRequests: 3, medianAnswerHours: 5 })).toEqual({ typicalAnswerDays: 1, basedOnAnswers: 3 });
    expect(responsivenessOf({ answeredRequests: 9, medianAnswerHours: 49 })).toEqual({ typicalAnswerDays: 3, basedOnAnswers: 9 });
  });
});
