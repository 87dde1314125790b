import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../lib/policy';
import {
  assertAlumnus,
  assertMayEditExpertiseList,
  expertiseListRefusal,
  isListable,
  mentorRefusal,
  missingForListing,
  permissionsFor,
  profileVisibilityRefusal,
} from './mentors.policy';

const answer = (refusal: Refusal) => (refusal ? [refusal.status, refusal.code] : null);
const suspendedAt = new Date('2026-01-01T00:00:00Z');

describe('mentors policy', () => {
  // docs/product.md, rule 9: only alumni mentor. A member still onboarding has no role yet.
  it.each([
    ['alumnus', null, { mentor: true, reason: null }],
    ['student', [403, 'not_an_alumnus'], { mentor: false, reason: 'not_an_alumnus' }],
    ['staff', [403, 'not_an_alumnus'], { mentor: false, reason: 'not_an_alumnus' }],
    [null, [403, 'not_an_alumnus'], { mentor: false, reason: 'not_an_alumnus' }],
  ] as const)('a member whose role is %s: mentoring refused with %j, the Mentor tab says %j', (role, expected, can) => {
    expect(answer(mentorRefusal({ role }))).toEqual(expected);
    expect(permissionsFor({ role })).toEqual(can);
    if (expected) expect(() => assertAlumnus({ role })).toThrow(expect.objectContaining({ status: 403, code: 'not_an_alumnus' }));
    else expect(() => assertAlumnus({ role })).not.toThrow();
  });

  const complete = { headline: 'Engineer', approach: null, expertise: ['Data science'], languages: ['en'] };

  it.each([
    ['alumnus', false, true],
    ['alumnus', true, false],
    ['student', false, false],
    ['staff', false, false],
    [null, false, false],
  ] as const)('a member whose role is %s (suspended: %s) is listed as a mentor with a complete profile: %s', (role, suspended, listed) => {
    expect(isListable({ role, suspendedAt: suspended ? suspendedAt : null }, complete)).toBe(listed);
  });

  // docs/product.md: "A mentor is listed only once their profile says enough for a mentee to choose them":
  // a headline or what mentees can approach them about, at least one expertise area, and a language.
  it.each([
    ['a complete profile', complete, []],
    ['an approach instead of a headline', { ...complete, headline: null, approach: 'Your first job' }, []],
    ['a profile just activated', { headline: null, approach: null, expertise: [], languages: [] }, ['headline_or_approach', 'expertise', 'languages']],
    ['only blanks as headline and approach', { ...complete, headline: '   ', approach: ' \n ' }, ['headline_or_approach']],
    ['no expertise', { ...complete, expertise: [] }, ['expertise']],
    ['no language', { ...complete, languages: [] }, ['languages']],
  ] as const)('%s still needs %j, and is listed only when nothing is missing', (_name, profile, missing) => {
    expect(missingForListing(profile)).toEqual(missing);
    expect(isListable({ role: 'alumnus', suspendedAt: null }, profile)).toBe(missing.length === 0);
  });

  it.each([
    ['a listed profile, to another member', { userId: 'mentor', isListed: true }, null],
    ['a listed profile, to its owner', { userId: 'me', isListed: true }, null],
    ['an unlisted profile, to its owner', { userId: 'me', isListed: false }, null],
    ['an unlisted profile, to another member', { userId: 'mentor', isListed: false }, [404, 'not_found']],
    ['no profile at all', undefined, [404, 'not_found']],
  ] as const)('shows %s: %j', (_name, profile, expected) => {
    expect(answer(profileVisibilityRefusal({ id: 'me' }, profile))).toEqual(expected);
  });

  it.each([
    [true, null],
    [false, [403, 'forbidden']],
  ] as const)('the expertise list is changed by an admin (isAdmin %s): %j', (isAdmin, expected) => {
    expect(answer(expertiseListRefusal({ isAdmin }))).toEqual(expected);
    if (expected) expect(() => assertMayEditExpertiseList({ isAdmin })).toThrow(expect.objectContaining({ status: 403, code: 'forbidden' }));
    else expect(() => assertMayEditExpertiseList({ isAdmin })).not.toThrow();
  });
});
