import { describe, expect, it } from 'vitest';
import type { MemberSummary } from '../../../../../contract/mentoring';
import { capacityNote, endedByMe, otherSide, personOf, programmeLine } from './mentorship-facts';

const member = (name: string, extra: Partial<MemberSummary> = {}): MemberSummary => ({
  userId: name,
  username: name.toLowerCase(),
  name,
  image: null,
  role: 'alumnus',
  headline: null,
  studyProgramme: null,
  graduationYear: null,
  jobTitle: null,
  employer: null,
  ...extra,
});

const t = ((key: string, values: Record<string, unknown>) => `${key} ${JSON.stringify(values)}`) as never;

describe('otherSide', () => {
  it('is the mentee for the mentor and the mentor for the mentee', () => {
    const pair = { mentor: member('Sanne'), mentee: member('Daan') };
    expect(otherSide({ role: 'mentor', ...pair }).name).toBe('Daan');
    expect(otherSide({ role: 'mentee', ...pair }).name).toBe('Sanne');
  });
});

describe('endedByMe', () => {
  it('compares who ended it with my side, and is null while it runs', () => {
    expect(endedByMe({ role: 'mentor', endedBy: 'mentor' })).toBe(true);
    expect(endedByMe({ role: 'mentor', endedBy: 'mentee' })).toBe(false);
    expect(endedByMe({ role: 'mentee', endedBy: 'mentee' })).toBe(true);
    expect(endedByMe({ role: 'mentee', endedBy: null })).toBeNull();
  });
});

describe('programmeLine', () => {
  it('uses whichever of programme and year the member has', () => {
    expect(programmeLine(t, { studyProgramme: 'Law', graduationYear: 2012 })).toBe('person.programmeYear {"programme":"Law","year":2012}');
    expect(programmeLine(t, { studyProgramme: 'Law', graduationYear: null })).toBe('Law');
    expect(programmeLine(t, { studyProgramme: null, graduationYear: 2012 })).toBe('person.classOf {"year":2012}');
    expect(programmeLine(t, { studyProgramme: null, graduationYear: null })).toBeNull();
  });
});

describe('capacityNote', () => {
  // Whether a mentor is full (a lowered maximum included) is the server's rule: mentor-cards.ts.
  it('says paused before full, and nothing while places are free', () => {
    expect(capacityNote({ isPaused: true, isFull: true })).toBe('paused');
    expect(capacityNote({ isPaused: true, isFull: false })).toBe('paused');
    expect(capacityNote({ isPaused: false, isFull: true })).toBe('full');
    expect(capacityNote({ isPaused: false, isFull: false })).toBeNull();
  });
});

describe('personOf', () => {
  it('splits the name for initials', () => {
    expect(personOf({ name: 'Sanne de Vries', image: null })).toMatchObject({ firstName: 'Sanne', familyName: 'Vries' });
    expect(personOf({ name: 'Cher', image: null })).toMatchObject({ firstName: 'Cher', familyName: null });
  });
});
