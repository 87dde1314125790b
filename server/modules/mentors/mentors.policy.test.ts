import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../lib/policy';
import {
  assertAlumnus,
  assertMayEditExpertiseList,
  expertiseListRefusal,
  isListable,
  mentorRefusal,
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

  it.each([
    ['alumnus', false, true],
    ['alumnus', true, false],
    ['student', false, false],
    ['staff', false, false],
    [null, false, false],
  ] as const)('a member whose role is %s (suspended: %s) is listed as a mentor: %s', (role, suspended, listed) => {
    expect(isListable({ role, suspendedAt: suspended ? suspendedAt : null })).toBe(listed);
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
