import type { TFunction } from 'i18next';
import type { MentorCard } from '../../../../../contract/mentors';

/** A card has the full name only; its first and last word give the initials when there is no photo. */
export function personOf({ name, image }: Pick<MentorCard, 'name' | 'image'>) {
  const words = name.trim().split(/\s+/);
  return { name, image, firstName: words[0] ?? null, familyName: words.length > 1 ? (words.at(-1) ?? null) : null };
}

type Facts = Pick<MentorCard, 'studyProgramme' | 'graduationYear' | 'jobTitle' | 'employer' | 'city' | 'country'>;

/** "Psychology, class of 2014" — whichever of the two the mentor has. */
export function programmeLine(t: TFunction<'mentors'>, mentor: Facts): string | null {
  const { studyProgramme: programme, graduationYear: year } = mentor;
  if (programme && year) return t('card.programmeYear', { programme, year });
  if (programme) return programme;
  if (year) return t('card.classOf', { year });
  return null;
}

/** "Senior associate at Hofstad Advocaten", or either part alone. */
export function workLine(t: TFunction<'mentors'>, mentor: Facts): string | null {
  const { jobTitle, employer } = mentor;
  if (jobTitle && employer) return t('card.jobAt', { jobTitle, employer });
  return jobTitle ?? employer ?? null;
}

/** "Leiden, Netherlands": the city as written, the country named in the reader's language. */
export function placeLine(mentor: Facts, countryName: (code: string) => string): string | null {
  return [mentor.city, mentor.country ? countryName(mentor.country) : null].filter(Boolean).join(', ') || null;
}
