import { type Availability, type ListingNeed, type MentorCard, MIN_ANSWERS_FOR_RESPONSIVENESS } from '../../../contract/mentors';
import type { MentorCardRow } from './mentor-search.types';

/**
 * The rules of availability (docs/product.md, rules 10 and 11) as pure functions: the one place
 * "full" and "paused" are decided, for the profile and search views, the mentoring requests and
 * their `can.*` flags. The database keeps the same rule as the generated column
 * mentor_profiles.is_available (search filters and orders by it); availability.test.ts proves the
 * two agree.
 */

/** A mentor's places: how many mentees they take on at once (rule 10), and how many they have. */
export interface Places {
  maxMentees: number;
  activeMentees: number;
}

export interface AvailabilityFacts extends Places {
  isListed: boolean;
  isPaused: boolean;
}

/** Every place taken (rule 10); a maximum lowered below the mentees one has counts as full too. */
export const isFull = (places: Places): boolean => places.activeMentees >= places.maxMentees;

/** The facts of a stored mentor profile: paused from the moment `pausedAt` is set (rule 11). */
export function profileFacts(profile: Places & { isListed: boolean; pausedAt: Date | null }): AvailabilityFacts {
  return { isListed: profile.isListed, isPaused: profile.pausedAt !== null, maxMentees: profile.maxMentees, activeMentees: profile.activeMentees };
}

/** The fields of a mentor profile a mentee chooses by (headline and languages live on the member's record). */
export interface ListingFacts {
  headline: string | null;
  approach: string | null;
  expertise: readonly string[];
  languages: readonly string[];
}

const hasText = (value: string | null) => value !== null && /\S/.test(value);

/**
 * What the profile still needs before it is listed (docs/product.md: "a mentor is listed only once
 * their profile says enough for a mentee to choose them"), in the order the Mentor tab asks for it.
 * The database keeps the same rule in mn_mentor_profile_complete() (migration 0016), which sets
 * mentor_profiles.is_listed; availability.test.ts proves the two agree.
 */
export function missingForListing(profile: ListingFacts): ListingNeed[] {
  const missing: ListingNeed[] = [];
  if (!hasText(profile.headline) && !hasText(profile.approach)) missing.push('headline_or_approach');
  if (profile.expertise.length === 0) missing.push('expertise');
  if (profile.languages.length === 0) missing.push('languages');
  return missing;
}

/** Paused wins over full: pausing is the mentor's own choice and what they would want shown. */
export function availabilityOf(facts: AvailabilityFacts): Availability {
  if (!facts.isListed) return 'unlisted';
  if (facts.isPaused) return 'paused';
  if (isFull(facts)) return 'full';
  return 'available';
}

/**
 * "Usually answers within N days": the median answer time rounded up to whole days, once there
 * are enough answers for the median to mean something.
 */
export function responsivenessOf(facts: { answeredRequests: number; medianAnswerHours: number | null }): MentorCard['responsiveness'] {
  if (facts.answeredRequests < MIN_ANSWERS_FOR_RESPONSIVENESS || facts.medianAnswerHours === null) return null;
  return {
    typicalAnswerDays: Math.max(1, Math.ceil(facts.medianAnswerHours / 24)),
    basedOnAnswers: facts.answeredRequests,
  };
}

export function toMentorCard(row: MentorCardRow): MentorCard {
  return {
    userId: row.userId,
    username: row.username,
    name: row.name,
    image: row.image,
    headline: row.headline,
    studyProgramme: row.studyProgramme,
    graduationYear: row.graduationYear,
    jobTitle: row.jobTitle,
    employer: row.employer,
    industry: row.industry,
    city: row.city,
    country: row.country,
    languages: row.languages,
    expertise: row.expertise,
    availability: availabilityOf(row),
    responsiveness: responsivenessOf(row),
  };
}
