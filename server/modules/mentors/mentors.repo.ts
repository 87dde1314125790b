import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { expertiseTags, mentorProfiles, users } from '../../db/schema';

export type MentorProfileRow = typeof mentorProfiles.$inferSelect;
/** The fields a mentor edits on the profile itself; the copies of member fields are the triggers' job. */
export type MentorProfileChanges = Partial<Pick<typeof mentorProfiles.$inferInsert, 'approach' | 'expertise' | 'industry' | 'maxMentees' | 'pausedAt'>>;

export async function findMentorProfile(db: Db, userId: string): Promise<MentorProfileRow | undefined> {
  const [row] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  return row;
}

/**
 * The mentor's profile row, locked until the transaction ends. Every change to the mentor's
 * mentorships takes this lock first, so "count, then start one" cannot interleave across
 * connections or server instances (the capacity race: docs/product.md, rule 14).
 */
export async function lockMentorProfile(tx: Db, mentorId: string): Promise<MentorProfileRow | undefined> {
  const [row] = await tx.select().from(mentorProfiles).where(eq(mentorProfiles.userId, mentorId)).for('update');
  return row;
}

/**
 * Writes the count of active mentorships onto the profile (under its lock). The generated
 * `is_available` and the facet-count triggers follow from it, so search shows "full" at once.
 */
export async function setActiveMentees(tx: Db, mentorId: string, count: number): Promise<MentorProfileRow | undefined> {
  const [row] = await tx
    .update(mentorProfiles)
    .set({ activeMentees: count })
    .where(eq(mentorProfiles.userId, mentorId))
    .returning();
  return row;
}

/** The responsiveness signal on the mentor's profile: answered requests and the median hours it took. */
export async function setAnswerStatistics(
  tx: Db,
  mentorId: string,
  statistics: { answeredRequests: number; medianAnswerHours: number | null },
): Promise<void> {
  await tx.update(mentorProfiles).set(statistics).where(eq(mentorProfiles.userId, mentorId));
}

/**
 * An accept's one write to the profile (under its lock): the new count of active mentorships and the
 * responsiveness signal together, returning the row so the caller needs no re-read for the capacity.
 */
export async function setPlacesAndAnswerStatistics(
  tx: Db,
  mentorId: string,
  values: { activeMentees: number; answeredRequests: number; medianAnswerHours: number | null },
): Promise<MentorProfileRow | undefined> {
  const [row] = await tx.update(mentorProfiles).set(values).where(eq(mentorProfiles.userId, mentorId)).returning();
  return row;
}

/** Creates the profile unless it exists; says which happened. */
export async function insertMentorProfile(db: Db, userId: string): Promise<{ row: MentorProfileRow; created: boolean }> {
  const [created] = await db.insert(mentorProfiles).values({ userId }).onConflictDoNothing().returning();
  if (created) return { row: created, created: true };
  return { row: (await findMentorProfile(db, userId))!, created: false };
}

export async function updateMentorProfile(db: Db, userId: string, changes: MentorProfileChanges): Promise<MentorProfileRow | undefined> {
  const [row] = await db
    .update(mentorProfiles)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(mentorProfiles.userId, userId))
    .returning();
  return row;
}

/** Pauses unless already paused, so the first pause's moment is kept. */
export async function pauseMentorProfile(db: Db, userId: string, at: Date): Promise<MentorProfileRow | undefined> {
  const [row] = await db
    .update(mentorProfiles)
    .set({ pausedAt: sql`coalesce(${mentorProfiles.pausedAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(mentorProfiles.userId, userId))
    .returning();
  return row;
}

/** A member with their mentor profile, by user name (lower-cased like the unique index). */
export async function findMentorByUsername(db: Db, username: string) {
  const [row] = await db
    .select({ user: users, profile: mentorProfiles })
    .from(users)
    .innerJoin(mentorProfiles, eq(mentorProfiles.userId, users.id))
    .where(eq(users.username, username.toLowerCase()));
  return row;
}

export async function listExpertiseTags(db: Db): Promise<string[]> {
  const rows = await db.select({ name: expertiseTags.name }).from(expertiseTags).orderBy(asc(sql`lower(${expertiseTags.name})`));
  return rows.map((row) => row.name);
}

/** Adds a tag; false when one with the same name in any letter case exists. */
export async function insertExpertiseTag(db: Db, name: string, createdBy: string): Promise<boolean> {
  const rows = await db.insert(expertiseTags).values({ name, createdBy }).onConflictDoNothing().returning({ name: expertiseTags.name });
  return rows.length > 0;
}

/** The expertise tags this member (an admin) added to the list (their data export). */
export async function listExpertiseTagsAddedBy(db: Db, userId: string) {
  return db.select({ name: expertiseTags.name, createdAt: expertiseTags.createdAt }).from(expertiseTags).where(eq(expertiseTags.createdBy, userId)).orderBy(expertiseTags.createdAt);
}
