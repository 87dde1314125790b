import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hashPassword } from 'better-auth/crypto';
import type { Db } from '../db/client';
import { accounts, mentorProfiles, users } from '../db/schema';
import { DEMO_PASSWORD } from './demo-community';
import { FAMILY_NAMES, FIRST_NAMES, STUDY_PROGRAMME_NAMES } from './demo-people';
import { memberRow, usernamePart, type UserRow } from './member-rows';
import { generatedMentor, type MentorProfileInsert } from './mentor-rows';
import { createRandom, type Random, seedFromString } from './random';
import { recordset } from './recordset';

/**
 * Bulk mentors for benchmarks: alumni with filled-in personal profiles and activated mentor
 * profiles, seeded batch by batch with one statement for the members and one for their profiles.
 */

export const DEFAULT_BATCH_SIZE = 5000;

export interface SeedProgress {
  done: number;
  total: number;
}

export interface SeedMembersOptions {
  count: number;
  batchSize?: number;
  /** Goes into every user name and email, so a second run adds members instead of clashing. */
  runId?: string;
  /** false: members only, without a mentor profile (the benchmark's 1M members beside 200k mentors). Default true. */
  mentorProfiles?: boolean;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedMembersResult {
  inserted: number;
  runId: string;
  /** One of the new user names, to sign in with (password DEMO_PASSWORD). */
  sampleUsername: string | null;
  elapsedMs: number;
}

/**
 * Seeds `count` alumni with mentor profiles, who can sign in with the demo password; reports
 * progress after each batch. About one in twelve has paused mentoring.
 */
export async function seedMembers(db: Db, options: SeedMembersOptions): Promise<SeedMembersResult> {
  const { count, batchSize = DEFAULT_BATCH_SIZE, onProgress } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, not ${count}`);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be ≥ 1, not ${batchSize}`);
  const started = performance.now();
  const runId = options.runId ?? newRunId();
  if (!/^[a-z0-9]{1,6}$/.test(runId)) throw new RangeError('runId must be 1–6 lower-case letters or digits');
  const random = createRandom(seedFromString(runId));
  // One hash for every member: scrypt takes ~100 ms, so hashing each would take hours.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date();
  let sampleUsername: string | null = null;

  for (let start = 0; start < count; start += batchSize) {
    const { rows, profiles } = buildMentors(random, runId, start, Math.min(batchSize, count - start), now);
    await insertMembersBatch(db, rows, passwordHash);
    if (options.mentorProfiles !== false) await insertMentorProfilesBatch(db, profiles);
    sampleUsername ??= rows[0]?.username ?? null;
    onProgress?.({ done: start + rows.length, total: count });
  }
  return { inserted: count, runId, sampleUsername, elapsedMs: performance.now() - started };
}

/**
 * A seeded member's id, from the run id and the member's position (UUID-shaped, version 8): two
 * runs' random draws can meet (every seed walks the same 2^32-long cycle, and a 1M-member run
 * draws tens of millions), their ids cannot.
 */
function memberId(runId: string, index: number): string {
  const hex = createHash('sha256').update(`seeded-member:${runId}:${index}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Five base-36 characters: 60 million runs before two are likely to share an id. */
function newRunId(): string {
  return (randomBytes(4).readUInt32BE() % 36 ** 5).toString(36).padStart(5, '0');
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function buildMentors(
  random: Random,
  runId: string,
  start: number,
  size: number,
  now: Date,
): { rows: UserRow[]; profiles: MentorProfileInsert[] } {
  const rows: UserRow[] = [];
  const profiles: MentorProfileInsert[] = [];
  for (let offset = 0; offset < size; offset++) {
    const firstName = random.pick(FIRST_NAMES);
    const familyName = random.pick(FAMILY_NAMES);
    // Stays within the 30-character limit on user names: 17 + "." + run id + index in base 36.
    const base = `${usernamePart(firstName)}.${usernamePart(familyName)}`.slice(0, 17).replace(/\.$/, '');
    const username = `${base}.${runId}${(start + offset).toString(36)}`;
    const programme = random.pick(STUDY_PROGRAMME_NAMES);
    const language = random.chance(0.6) ? 'nl' : 'en';
    const row = memberRow(random, { firstName, familyName, role: 'alumnus', programme, language }, { id: memberId(runId, start + offset), username, now });
    const mentor = generatedMentor(random, programme, language);
    rows.push({ ...row, ...mentor.personal });
    // Mentors activated their profile some time after joining.
    const joined = (row.createdAt as Date).getTime();
    const activatedAt = new Date(joined + random.next() * (now.getTime() - joined));
    const pausedAt = random.chance(0.08) ? new Date(now.getTime() - random.int(1, 90) * DAY_MS) : null;
    profiles.push({ ...mentor.profile, userId: row.id as string, pausedAt, activatedAt, updatedAt: activatedAt });
  }
  return { rows, profiles };
}

/**
 * One statement per batch. The copies of the member fields and the facet counts are the
 * triggers' work (migration 0005), the same as for a profile made in the app.
 */
async function insertMentorProfilesBatch(db: Db, profiles: MentorProfileInsert[]): Promise<void> {
  if (profiles.length === 0) return;
  const set = recordset(mentorProfiles, profiles);
  await db.execute(sql`insert into ${mentorProfiles} (${set.columns}) select ${set.values} from ${set.source}`);
}

/** Users and their password logins in one statement: the accounts come from the users' RETURNING. */
async function insertMembersBatch(db: Db, rows: UserRow[], passwordHash: string): Promise<void> {
  const set = recordset(users, rows);
  await db.execute(sql`
    with inserted as (
      insert into ${users} (${set.columns}) select ${set.values} from ${set.source}
      returning id, created_at
    )
    insert into ${accounts} (id, account_id, provider_id, user_id, password, created_at, updated_at)
    select gen_random_uuid()::text, id, 'credential', id, ${passwordHash}, created_at, created_at from inserted
  `);
}
