import { type SQL, and, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mentorships } from '../../db/schema';
import { type MemberSummaryRow, mentee, mentor, summaryColumns } from './requests.repo';

/**
 * A mentorship between two members who both still have an account; a deleted member's side is
 * null (ADR 0025) and this repo never hands such a row out (see RequestRow).
 */
export type MentorshipRow = typeof mentorships.$inferSelect & { mentorId: string; menteeId: string };
const bothSides = and(isNotNull(mentorships.mentorId), isNotNull(mentorships.menteeId));
export type NewMentorship = typeof mentorships.$inferInsert;

export async function countActiveMentorships(db: Db, mentorId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(mentorships)
    .where(and(eq(mentorships.mentorId, mentorId), isNull(mentorships.endedAt)));
  return row?.count ?? 0;
}

export async function findActiveMentorshipBetween(db: Db, mentorId: string, menteeId: string): Promise<MentorshipRow | undefined> {
  const [row] = await db
    .select()
    .from(mentorships)
    .where(and(eq(mentorships.mentorId, mentorId), eq(mentorships.menteeId, menteeId), isNull(mentorships.endedAt)));
  return row as MentorshipRow | undefined;
}

export async function insertMentorship(tx: Db, values: NewMentorship): Promise<MentorshipRow> {
  const [row] = await tx.insert(mentorships).values(values).returning();
  return row as MentorshipRow;
}

export async function findMentorship(db: Db, id: string): Promise<MentorshipRow | undefined> {
  const [row] = await db.select().from(mentorships).where(and(eq(mentorships.id, id), bothSides));
  return row as MentorshipRow | undefined;
}

/** Ends a mentorship that is still active; undefined when it had already ended. */
export async function endActiveMentorship(
  tx: Db,
  id: string,
  values: Pick<NewMentorship, 'endedAt' | 'endedBy' | 'endReason' | 'feedback'>,
): Promise<MentorshipRow | undefined> {
  const [row] = await tx
    .update(mentorships)
    .set(values)
    .where(and(eq(mentorships.id, id), isNull(mentorships.endedAt)))
    .returning();
  // An active mentorship has both sides (the check mentorships_active_has_both).
  return row as MentorshipRow | undefined;
}

export interface MentorshipWithPeople {
  mentorship: MentorshipRow;
  mentor: MemberSummaryRow;
  mentee: MemberSummaryRow;
}

export interface MentorshipFilter {
  userId: string;
  role?: 'mentor' | 'mentee';
  state?: 'active' | 'ended';
  otherUserId?: string;
  id?: string;
  limit?: number;
}

/** The member's mentorships, active ones first, then newest first, with both people. */
export async function listMentorships(db: Db, filter: MentorshipFilter): Promise<MentorshipWithPeople[]> {
  const side =
    filter.role === 'mentor'
      ? eq(mentorships.mentorId, filter.userId)
      : filter.role === 'mentee'
        ? eq(mentorships.menteeId, filter.userId)
        : or(eq(mentorships.mentorId, filter.userId), eq(mentorships.menteeId, filter.userId));
  const conditions: (SQL | undefined)[] = [side];
  if (filter.state === 'active') conditions.push(isNull(mentorships.endedAt));
  if (filter.state === 'ended') conditions.push(isNotNull(mentorships.endedAt));
  if (filter.otherUserId) conditions.push(or(eq(mentorships.mentorId, filter.otherUserId), eq(mentorships.menteeId, filter.otherUserId)));
  if (filter.id) conditions.push(eq(mentorships.id, filter.id));
  return db
    .select({ mentorship: mentorships, mentor: summaryColumns(mentor), mentee: summaryColumns(mentee) })
    .from(mentorships)
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .where(and(...conditions))
    .orderBy(sql`${mentorships.endedAt} is not null`, desc(mentorships.startedAt), desc(mentorships.id))
    .limit(filter.limit ?? 200) as Promise<MentorshipWithPeople[]>;
}

/** The member's active mentorships, both ways. */
export async function listActiveMentorshipsOf(tx: Db, memberId: string): Promise<MentorshipRow[]> {
  const rows = await tx
    .select()
    .from(mentorships)
    .where(and(isNull(mentorships.endedAt), or(eq(mentorships.mentorId, memberId), eq(mentorships.menteeId, memberId))))
    .orderBy(mentorships.id);
  // An active mentorship has both sides (the check mentorships_active_has_both).
  return rows as MentorshipRow[];
}

/** A member is leaving: the feedback they wrote when ending a mentorship goes with them (ADR 0025). */
export async function eraseFeedbackOf(tx: Db, memberId: string): Promise<void> {
  await tx.update(mentorships).set({ feedback: null }).where(eq(mentorships.endedBy, memberId));
}

/** Every mentorship of the member, with the other side's name where they still have an account (their data export). */
export async function listMentorshipsForExport(db: Db, memberId: string) {
  return db
    .select({ mentorship: mentorships, mentorName: mentor.name, mentorUsername: mentor.username, menteeName: mentee.name, menteeUsername: mentee.username })
    .from(mentorships)
    .leftJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .leftJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .where(or(eq(mentorships.mentorId, memberId), eq(mentorships.menteeId, memberId)))
    .orderBy(mentorships.startedAt, mentorships.id);
}
