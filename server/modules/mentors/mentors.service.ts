import type {
  Availability,
  Industry,
  Interests,
  MentorTab,
  OwnMentorProfile,
  PublicMentorProfile,
  UpdateMentorProfile,
} from '../../../contract/mentors';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { type UserRow, updateMember } from '../accounts/accounts.service';
import { placeChanges } from '../accounts/places.service';
import { availabilityOf, profileFacts, responsivenessOf } from './mentor-cards';
import { countMentorProfilesByFacts } from './mentor-counts.repo';
import { assertAlumnus, assertMayEditExpertiseList, assertMaySeeProfile, isListable, missingForListing, permissionsFor } from './mentors.policy';
import {
  type MentorProfileChanges,
  type MentorProfileRow,
  findMentorByUsername,
  findMentorProfile,
  insertExpertiseTag,
  insertMentorProfile,
  listExpertiseTags,
  listExpertiseTagsAddedBy,
  pauseMentorProfile,
  updateMentorProfile as updateMentorProfileRow,
} from './mentors.repo';

// What other modules (mentoring) use of mentor profiles: the mentors module owns mentor_profiles (ADR 0020).
export type { MentorProfileRow } from './mentors.repo';
export { findMentorProfile, lockMentorProfile, setActiveMentees, setAnswerStatistics, setPlacesAndAnswerStatistics } from './mentors.repo';

/** The personal-profile fields the Mentor tab edits too (they live on users, one source for both). */
type MemberFieldChanges = Partial<
  Pick<UserRow, 'headline' | 'jobTitle' | 'employer' | 'city' | 'country' | 'languages' | 'unmatchedCountry' | 'unmatchedLanguages' | 'interests'>
>;

export interface MentorDeps {
  db: Db;
  now?: () => Date;
}

/** The Mentor tab: whether the member can mentor, and their profile once activated. */
export async function getMentorTab(deps: MentorDeps, actor: UserRow): Promise<MentorTab> {
  const row = await findMentorProfile(deps.db, actor.id);
  const can = permissionsFor(actor);
  return {
    canMentor: can.mentor,
    reason: can.reason,
    profile: row ? toOwnProfile(row, actor) : null,
  };
}

/** "Activate Mentor Profile": creates the profile (alumni only); pressing it again changes nothing. */
export async function activateMentorProfile(deps: MentorDeps, actor: UserRow): Promise<{ profile: OwnMentorProfile; created: boolean }> {
  assertAlumnus(actor);
  const { row, created } = await insertMentorProfile(deps.db, actor.id);
  return { profile: toOwnProfile(row, actor), created };
}

/**
 * Fills in the mentor profile. Fields left out keep their value. The personal-profile fields go to
 * the member's own record in the same transaction; triggers carry them onto the search row.
 * A maximum below the current number of mentees is allowed: the mentor is then full until enough
 * mentorships end (docs/product.md, rule 10), nobody is dropped.
 */
export async function updateMentorProfile(deps: MentorDeps, actor: UserRow, input: UpdateMentorProfile): Promise<OwnMentorProfile> {
  assertAlumnus(actor);
  const tags = input.expertise === undefined ? undefined : await canonicalTags(deps.db, input.expertise);
  const profileChanges: MentorProfileChanges = definedOnly({
    approach: input.approach,
    expertise: tags,
    industry: input.industry,
    maxMentees: input.maxMentees,
  });
  const memberChanges: MemberFieldChanges = {
    ...definedOnly({ headline: input.headline, jobTitle: input.jobTitle, employer: input.employer }),
    ...(await placeChanges(deps.db, actor.id, { city: input.city, country: input.country, languages: input.languages })),
  };
  const row = await deps.db.transaction(async (tx) => {
    if (!(await findMentorProfile(tx, actor.id))) throw errors.mentor_profile_missing();
    await updateMember(tx, actor.id, memberChanges);
    return updateMentorProfileRow(tx, actor.id, profileChanges);
  });
  return toOwnProfile(row!, { ...actor, ...memberChanges });
}

/** "Pause mentoring": no new requests until resumed (docs/product.md, rule 11); mentorships already running go on. */
export async function pauseMentoring(deps: MentorDeps, actor: UserRow): Promise<OwnMentorProfile> {
  assertAlumnus(actor);
  const row = await pauseMentorProfile(deps.db, actor.id, deps.now?.() ?? new Date());
  if (!row) throw errors.mentor_profile_missing();
  return toOwnProfile(row, actor);
}

/**
 * A member who is no longer an alumnus (the alumni office changed their role) cannot mentor (rule 9):
 * their mentor profile, if any, is paused, so no request reaches them, and the listing triggers take
 * it out of search. It is kept, so it can be resumed should they become an alumnus again. Call it
 * with the `tx` that changes the role; the profile as it is now, or undefined when there is none.
 */
export async function deactivateMentorProfile(tx: Db, userId: string, now: Date): Promise<MentorProfileRow | undefined> {
  return pauseMentorProfile(tx, userId, now);
}

/** "Activate mentoring now": available again for new requests, unless full. */
export async function resumeMentoring(deps: MentorDeps, actor: UserRow): Promise<OwnMentorProfile> {
  assertAlumnus(actor);
  const row = await updateMentorProfileRow(deps.db, actor.id, { pausedAt: null });
  if (!row) throw errors.mentor_profile_missing();
  return toOwnProfile(row, actor);
}

/**
 * A member's mentor profile as a mentee sees it, to decide whether to ask. Hidden (404) when the
 * member has none or it is unlisted, except to its owner.
 */
export async function getPublicMentorProfile(deps: MentorDeps, actor: UserRow, username: string): Promise<PublicMentorProfile> {
  const found = await findMentorByUsername(deps.db, username);
  assertMaySeeProfile(actor, found?.profile);
  const { user, profile } = found;
  const isSelf = user.id === actor.id;
  return {
    userId: user.id,
    username: user.username ?? '',
    name: user.name,
    image: user.image,
    headline: user.headline,
    studyProgramme: user.studyProgramme,
    graduationYear: user.graduationYear,
    jobTitle: user.jobTitle,
    employer: user.employer,
    industry: profile.industry as Industry | null,
    city: user.city,
    country: user.country,
    languages: user.languages,
    expertise: profile.expertise,
    availability: availabilityOf(profileFacts(profile)),
    responsiveness: responsivenessOf(profile),
    approach: profile.approach,
    bio: user.bio,
    maxMentees: profile.maxMentees,
    activeMentees: profile.activeMentees,
    activatedAt: profile.activatedAt.toISOString(),
    isSelf,
  };
}

/** The member's interests (mentee side). */
export function getInterests(actor: UserRow): Interests {
  return { interests: actor.interests };
}

/** Replaces the member's interests; tags on the curated list take its spelling. */
export async function updateInterests(deps: MentorDeps, actor: UserRow, input: Interests): Promise<Interests> {
  const interests = await canonicalTags(deps.db, input.interests);
  await updateMember(deps.db, actor.id, { interests });
  return { interests };
}

/** The curated expertise list, for suggestions while typing tags. */
export async function getExpertiseTags(deps: MentorDeps): Promise<{ tags: string[] }> {
  return { tags: await listExpertiseTags(deps.db) };
}

/** An admin (the alumni office) adds a tag to the curated list. */
export async function addExpertiseTag(deps: MentorDeps, actor: UserRow, name: string): Promise<{ tags: string[] }> {
  assertMayEditExpertiseList(actor);
  if (!(await insertExpertiseTag(deps.db, name, actor.id))) {
    throw errors.conflict('This expertise is already on the list.', { field: 'name' });
  }
  return getExpertiseTags(deps);
}

/**
 * Tags as stored: trimmed, one per spelling regardless of case, and written like the curated list
 * when they are on it (so "data science" and "Data science" are one filter value).
 */
async function canonicalTags(db: Db, tags: string[]): Promise<string[]> {
  const curated = new Map((await listExpertiseTags(db)).map((tag) => [tag.toLowerCase(), tag]));
  return uniqueCaseInsensitive(tags.map((tag) => curated.get(tag.trim().toLowerCase()) ?? tag.trim()));
}

function uniqueCaseInsensitive(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function definedOnly<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as never;
}

type MemberFields = Pick<
  UserRow,
  | 'role'
  | 'suspendedAt'
  | 'headline'
  | 'jobTitle'
  | 'employer'
  | 'city'
  | 'country'
  | 'languages'
  | 'unmatchedCountry'
  | 'unmatchedLanguages'
  | 'studyProgramme'
  | 'graduationYear'
>;

function toOwnProfile(row: MentorProfileRow, member: MemberFields): OwnMentorProfile {
  const listing = { headline: member.headline, approach: row.approach, expertise: row.expertise, languages: member.languages };
  const isListed = isListable(member, listing);
  return {
    headline: member.headline,
    approach: row.approach,
    expertise: row.expertise,
    industry: row.industry as Industry | null,
    jobTitle: member.jobTitle,
    employer: member.employer,
    city: member.city,
    country: member.country,
    languages: member.languages,
    studyProgramme: member.studyProgramme,
    graduationYear: member.graduationYear,
    maxMentees: row.maxMentees,
    activeMentees: row.activeMentees,
    availability: availabilityOf(profileFacts({ ...row, isListed })),
    missing: missingForListing(listing),
    pausedAt: row.pausedAt?.toISOString() ?? null,
    activatedAt: row.activatedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    unmatchedPlaces: { country: member.unmatchedCountry, languages: member.unmatchedLanguages },
  };
}

/**
 * The member's mentor profile (their own fields, not the copies of their personal profile the
 * search keeps) and the expertise tags they added, for their data export (ADR 0025). The profile
 * itself goes with the member's row when they delete their account (ON DELETE CASCADE).
 */
export async function exportMentorData(db: Db, userId: string) {
  const profile = await findMentorProfile(db, userId);
  const tags = await listExpertiseTagsAddedBy(db, userId);
  return {
    mentorProfile: profile
      ? {
          approach: profile.approach,
          expertise: profile.expertise,
          industry: profile.industry,
          maxMentees: profile.maxMentees,
          pausedAt: profile.pausedAt?.toISOString() ?? null,
          activeMentees: profile.activeMentees,
          answeredRequests: profile.answeredRequests,
          medianAnswerHours: profile.medianAnswerHours,
          activatedAt: profile.activatedAt.toISOString(),
          updatedAt: profile.updatedAt.toISOString(),
        }
      : null,
    expertiseTagsAdded: tags.map((tag) => ({ name: tag.name, createdAt: tag.createdAt.toISOString() })),
  };
}

/** Mentor profiles today by availability (available, paused, full, unlisted), as the mentor list decides it: the console's statistics. */
export async function countMentorsByAvailability(db: Db): Promise<Record<Availability, number>> {
  const counts: Record<Availability, number> = { available: 0, paused: 0, full: 0, unlisted: 0 };
  for (const group of await countMentorProfilesByFacts(db)) {
    // One place already taken of one when full, none of one otherwise: the rule's own inputs.
    const availability = availabilityOf({ isListed: group.isListed, isPaused: group.isPaused, maxMentees: 1, activeMentees: group.isFull ? 1 : 0 });
    counts[availability] += group.count;
  }
  return counts;
}
