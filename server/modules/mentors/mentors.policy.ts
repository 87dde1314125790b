import { errors } from '../../lib/errors';
import { type Actor, type Refusal, adminRefusal, allows, enforce } from '../../lib/policy';
import { type ListingFacts, missingForListing } from './mentor-cards';

/** Who may do what with mentor profiles and the curated expertise list (ADR 0019). */

// The availability rules other modules (mentoring) decide with: full, paused, listed (ADR 0020:
// another module reads mentors' rules through this policy, not through its helpers).
export { type AvailabilityFacts, type ListingFacts, type Places, availabilityOf, isFull, missingForListing, profileFacts } from './mentor-cards';

/** Only alumni mentor; students and staff never do (docs/product.md, rule 9): 403 `not_an_alumnus`. */
export const mentorRefusal = (actor: Pick<Actor, 'role'>): Refusal => (actor.role === 'alumnus' ? null : errors.not_an_alumnus());

/** Guards every change to one's own mentor profile (rule 9). Narrows the actor's type. */
export function assertAlumnus<T extends Pick<Actor, 'role'>>(actor: T): asserts actor is T & { role: 'alumnus' } {
  enforce(mentorRefusal(actor));
}

/**
 * Whom the network lists as a mentor: an alumnus (rule 9) who is not suspended, whose profile says
 * enough for a mentee to choose them (`missingForListing`). The database keeps the same rule in
 * mentor_profiles.is_listed (triggers, migrations 0005 and 0016); availability.test.ts proves the
 * two agree.
 */
export const isListable = (member: { role: Actor['role']; suspendedAt: Date | null }, profile: ListingFacts): boolean =>
  member.role === 'alumnus' && member.suspendedAt === null && missingForListing(profile).length === 0;

/**
 * A member's mentor profile is seen by everyone while it is listed, and by its owner always; to
 * anyone else it does not exist (404).
 */
export function profileVisibilityRefusal(actor: Pick<Actor, 'id'>, profile: { userId: string; isListed: boolean } | undefined): Refusal {
  if (!profile || (!profile.isListed && profile.userId !== actor.id)) return errors.not_found('The mentor profile');
  return null;
}

export function assertMaySeeProfile<T extends { userId: string; isListed: boolean }>(
  actor: Pick<Actor, 'id'>,
  profile: T | undefined,
): asserts profile is T {
  enforce(profileVisibilityRefusal(actor, profile));
}

/** The curated expertise list is changed by admins only (403 `forbidden`). */
export const expertiseListRefusal = (actor: Pick<Actor, 'isAdmin'>): Refusal => adminRefusal(actor);

export function assertMayEditExpertiseList(actor: Pick<Actor, 'isAdmin'>): void {
  enforce(expertiseListRefusal(actor));
}

/** What the Mentor tab offers the member: to mentor at all (and why not, as the error code). */
export function permissionsFor(actor: Pick<Actor, 'role'>): { mentor: boolean; reason: 'not_an_alumnus' | null } {
  const refusal = mentorRefusal(actor);
  return { mentor: allows(refusal), reason: refusal ? 'not_an_alumnus' : null };
}
