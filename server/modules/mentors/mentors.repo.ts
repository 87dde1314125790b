import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { expertiseTags, mentorProfiles, users } from '../../db/schema';

export type MentorProfileRow = typeof mentorProfiles.$inferSelect;
/** The fields a mentor edits on the profile itself; the copies of member fields are the triggers' job. */
export type MentorProfileChanges = Partial<Pick<typeof mentorProfiles.$inferInsert, 'approach' | 'expertise' | 'industry' | 'maxMentees' | 'pausedAt'>>;
/** The personal-profile fields the Mentor tab edits too (they live on users, one source for both). */
export type MemberFieldChanges = Partial<
  Pick<typeof users.$inferInsert, 'headline' | 'jobTitle' | 'employer' | 'city' | 'country' | 'languages' | 'interests'>
>;

export async function findMentorProfile(db: Db, userId: string): Promise<MentorProfileRow | undefined> {
  const [row] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
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

export async function updateMemberFields(db: Db, userId: string, changes: MemberFieldChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await db.update(users).set(changes).where(eq(users.id, userId));
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
