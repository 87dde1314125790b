import type { InferInsertModel } from 'drizzle-orm';
import type { Language } from '../../contract/i18n';
import type { users } from '../db/schema';
import { STUDY_PROGRAMMES, type StudyProgramme } from './demo-people';
import type { Random } from './random';

/** How the demo community and the bulk seeder turn a person into a `users` row. */

export type UserRow = InferInsertModel<typeof users>;
export type MemberRole = 'student' | 'alumnus' | 'staff';

export interface MemberSketch {
  firstName: string;
  familyName: string;
  role: MemberRole;
  programme?: StudyProgramme;
  language: Language;
  isAdmin?: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
// NFD leaves these letters whole, and user names allow only ASCII.
const LETTER_FALLBACKS: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd' };

/** An ASCII user-name part: "van den Berg" → "vandenberg", "Yılmaz" → "yilmaz", "O'Brien" → "obrien". */
export function usernamePart(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıłøßæœđ]/g, (letter) => LETTER_FALLBACKS[letter] ?? '')
    .replace(/[^a-z0-9]/g, '');
}

export const usernameFor = (firstName: string, familyName: string): string =>
  `${usernamePart(firstName)}.${usernamePart(familyName)}`;

/** Dutch academic years start in September: in March 2026 the current one is 2025. */
export function academicYearOf(now: Date): number {
  return now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/** Students are somewhere in their programme; alumni finished it (some took a year longer). */
export function studyYears(
  random: Random,
  role: MemberRole,
  programme: StudyProgramme | undefined,
  academicYear: number,
): { startYear: number | null; graduationYear: number | null } {
  if (role === 'staff' || !programme) return { startYear: null, graduationYear: null };
  const length = STUDY_PROGRAMMES[programme];
  if (role === 'student') return { startYear: academicYear - random.int(0, length - 1), graduationYear: null };
  const graduationYear = academicYear - random.int(0, 25);
  return { startYear: graduationYear - length - random.int(0, 1), graduationYear };
}

/** Most start at 18 or 19, some later in life; staff are of working age. */
export function dateOfBirth(random: Random, startYear: number | null, now: Date): string {
  const year =
    startYear === null
      ? now.getUTCFullYear() - random.int(27, 63)
      : startYear - (random.chance(0.1) ? random.int(20, 29) : random.int(18, 19));
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A complete, verified member. Students and staff use the university's (example) domain, alumni a
 * personal one; both are reserved domains, so no mail can reach a real person.
 */
export function memberRow(
  random: Random,
  person: MemberSketch,
  identity: { id: string; username: string; now: Date },
): UserRow {
  const { now } = identity;
  const { startYear, graduationYear } = studyYears(random, person.role, person.programme, academicYearOf(now));
  // Members joined over the platform's first three years, students not before they enrolled.
  const enrolled = startYear === null ? 0 : Date.UTC(startYear, 8, 1);
  const maxDaysAgo = Math.max(1, Math.min(1000, Math.floor((now.getTime() - enrolled) / DAY_MS)));
  const createdAt = new Date(now.getTime() - random.int(1, maxDaysAgo) * DAY_MS);
  const domain = person.role === 'alumnus' ? 'example.com' : 'example.org';
  return {
    id: identity.id,
    name: `${person.firstName} ${person.familyName}`,
    email: `${identity.username}@${domain}`,
    emailVerified: true,
    username: identity.username,
    displayUsername: identity.username,
    role: person.role,
    isAdmin: person.isAdmin ?? false,
    firstName: person.firstName,
    familyName: person.familyName,
    dateOfBirth: dateOfBirth(random, startYear, now),
    studyProgramme: person.programme ?? null,
    startYear,
    graduationYear,
    language: person.language,
    showEmail: random.chance(0.3),
    emailNotifications: random.chance(0.85),
    createdAt,
    updatedAt: createdAt,
  };
}
