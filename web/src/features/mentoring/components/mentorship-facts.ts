import type { TFunction } from 'i18next';
import type { MemberSummary, MentorCapacity, Mentorship } from '../../../../../contract/mentoring';

/** The other person in a mentorship, seen from the signed-in member. */
export const otherSide = (mentorship: Pick<Mentorship, 'role' | 'mentor' | 'mentee'>): MemberSummary =>
  mentorship.role === 'mentor' ? mentorship.mentee : mentorship.mentor;

/** Whether the signed-in member ended it themselves; null while it runs (or when nobody is recorded). */
export function endedByMe(mentorship: Pick<Mentorship, 'role' | 'endedBy'>): boolean | null {
  return mentorship.endedBy ? mentorship.endedBy === mentorship.role : null;
}

/** "Psychology, class of 2014" — whichever of the two the member has. */
export function programmeLine(t: TFunction<'mentoring'>, member: Pick<MemberSummary, 'studyProgramme' | 'graduationYear'>): string | null {
  const { studyProgramme: programme, graduationYear: year } = member;
  if (programme && year) return t('person.programmeYear', { programme, year });
  if (programme) return programme;
  if (year) return t('person.classOf', { year });
  return null;
}

/**
 * What to say under the places line: a paused mentor gets no requests whatever the count, a full
 * one gets none until a place frees up or the maximum goes up. Whether they are full is the
 * server's to say (mentor-cards.ts), as is whether they are paused.
 */
export function capacityNote(capacity: Pick<MentorCapacity, 'isPaused' | 'isFull'>): 'paused' | 'full' | null {
  if (capacity.isPaused) return 'paused';
  if (capacity.isFull) return 'full';
  return null;
}

/** A name's first and last word, so an avatar without a photo can show initials. */
export function personOf({ name, image }: Pick<MemberSummary, 'name' | 'image'>) {
  const words = name.trim().split(/\s+/);
  return { name, image, firstName: words[0] ?? null, familyName: words.length > 1 ? (words.at(-1) ?? null) : null };
}
