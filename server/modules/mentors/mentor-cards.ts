import { type Availability, type MentorCard, MIN_ANSWERS_FOR_RESPONSIVENESS } from '../../../contract/mentors';
import type { MentorCardRow } from './mentor-search.types';

/** The rules of availability (docs/product.md, rules 10 and 11) as pure functions, shared by the profile and search views. */

export interface AvailabilityFacts {
  isListed: boolean;
  isPaused: boolean;
  activeMentees: number;
  maxMentees: number;
}

/** Paused wins over full: pausing is the mentor's own choice and what they would want shown. */
export function availabilityOf(facts: AvailabilityFacts): Availability {
  if (!facts.isListed) return 'unlisted';
  if (facts.isPaused) return 'paused';
  if (facts.activeMentees >= facts.maxMentees) return 'full';
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
