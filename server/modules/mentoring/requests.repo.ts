import { type SQL, and, desc, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestStatus } from '../../../contract/mentoring';
import { type Db, queryRows } from '../../db/client';
import { mentoringRequests, mentorProfiles, mentorships, users } from '../../db/schema';

/**
 * A request between two members who both still have an account. A deleted member's requests keep
 * their row with that side (and their motivation) null, for the statistics (ADR 0025); this
 * repo never hands those out: lists join both members, and a request is found by id only with both.
 */
export type RequestRow = typeof mentoringRequests.$inferSelect & { menteeId: string; mentorId: string; motivation: string };
/** Both sides still there (see RequestRow). */
const bothSides = and(isNotNull(mentoringRequests.menteeId), isNotNull(mentoringRequests.mentorId));
export type NewRequest = typeof mentoringRequests.$inferInsert;
export type RequestChanges = Partial<
  Pick<NewRequest, 'status' | 'response' | 'declineReason' | 'answeredAt' | 'withdrawnAt' | 'expiredAt' | 'remindedAt'>
>;

/** The two sides of a request or mentorship, joined from users under their own names. */
export const mentee = alias(users, 'mentee');
export const mentor = alias(users, 'mentor');

/** The member columns a summary shows (MemberSummarySchema). */
export const summaryColumns = (table: typeof mentee | typeof mentor) => ({
  userId: table.id,
  username: table.username,
  name: table.name,
  image: table.image,
  role: table.role,
  headline: table.headline,
  studyProgramme: table.studyProgramme,
  graduationYear: table.graduationYear,
  jobTitle: table.jobTitle,
  employer: table.employer,
});

export interface MemberSummaryRow {
  userId: string;
  username: string | null;
  name: string;
  image: string | null;
  role: 'student' | 'alumnus' | 'staff' | null;
  headline: string | null;
  studyProgramme: string | null;
  graduationYear: number | null;
  jobTitle: string | null;
  employer: string | null;
}

export interface RequestWithPeople {
  request: RequestRow;
  mentee: MemberSummaryRow;
  mentor: MemberSummaryRow;
  mentorshipId: string | null;
  /** The member the list is for (`RequestFilter.userId`) reported its motivation to the alumni office. */
  reportedByMe: boolean;
}

export async function countPendingRequestsOf(db: Db, menteeId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(mentoringRequests)
    .where(and(eq(mentoringRequests.menteeId, menteeId), eq(mentoringRequests.status, 'pending')));
  return row?.count ?? 0;
}

export async function findPendingRequestBetween(db: Db, menteeId: string, mentorId: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(mentoringRequests)
    .where(and(eq(mentoringRequests.menteeId, menteeId), eq(mentoringRequests.mentorId, mentorId), eq(mentoringRequests.status, 'pending')));
  return row as RequestRow | undefined;
}

export async function insertRequest(db: Db, values: NewRequest): Promise<RequestRow> {
  const [row] = await db.insert(mentoringRequests).values(values).returning();
  return row as RequestRow;
}

/** With `forUpdate`, holds the request's row lock: an answer and a retract cannot both succeed. */
export async function findRequest(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<RequestRow | undefined> {
  const query = db.select().from(mentoringRequests).where(and(eq(mentoringRequests.id, id), bothSides));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row as RequestRow | undefined;
}

/** A request and the places on its would-be mentor's profile as the row has them (null without a profile). */
export interface RequestAndPlaces {
  request: RequestRow;
  places: { maxMentees: number; activeMentees: number } | null;
}

/**
 * What accepts ask first, on plain reads, for any number of them in one statement: the requests
 * (both sides there), each with the places on `mentorId`'s profile. Reads `mentor_profiles`, the
 * mentors module's table, inside this query about requests (ADR 0020).
 */
export async function findRequestsAndPlaces(db: Db, ids: readonly string[], mentorId: string): Promise<RequestAndPlaces[]> {
  const rows = await db
    .select({ request: mentoringRequests, places: { maxMentees: mentorProfiles.maxMentees, activeMentees: mentorProfiles.activeMentees } })
    .from(mentoringRequests)
    .leftJoin(mentorProfiles, eq(mentorProfiles.userId, mentorId))
    .where(and(inArray(mentoringRequests.id, [...ids]), bothSides));
  return rows as RequestAndPlaces[];
}

/**
 * A request with its row locked (that row only), with both people, whether `viewerId` reported it
 * and the places on `viewerId`'s profile as its row has them now (read, not locked): all an answer
 * shows but the mentorship, so the answer needs no read after its commit.
 */
export async function lockRequestWithPeople(
  tx: Db,
  id: string,
  viewerId: string,
): Promise<(Omit<RequestWithPeople, 'mentorshipId'> & Pick<RequestAndPlaces, 'places'>) | undefined> {
  const [row] = await tx
    .select({
      request: mentoringRequests,
      mentee: summaryColumns(mentee),
      mentor: summaryColumns(mentor),
      reportedByMe: reportedBy(viewerId),
      places: { maxMentees: mentorProfiles.maxMentees, activeMentees: mentorProfiles.activeMentees },
    })
    .from(mentoringRequests)
    .innerJoin(mentee, eq(mentee.id, mentoringRequests.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentoringRequests.mentorId))
    .leftJoin(mentorProfiles, eq(mentorProfiles.userId, viewerId))
    .where(eq(mentoringRequests.id, id))
    .for('update', { of: mentoringRequests });
  return row as (Omit<RequestWithPeople, 'mentorshipId'> & Pick<RequestAndPlaces, 'places'>) | undefined;
}

/** Whether `userId` reported the request's motivation (moderation's `reports`, read as ADR 0020 allows; the index `reports_request_once` answers it). */
const reportedBy = (userId: string) =>
  sql<boolean>`exists (select 1 from reports x where x.request_id = ${mentoringRequests.id} and x.reporter_id = ${userId})`;

/** Changes a request that is still pending; undefined when it no longer is. */
export async function updatePendingRequest(db: Db, id: string, changes: RequestChanges): Promise<RequestRow | undefined> {
  const [row] = await db
    .update(mentoringRequests)
    .set(changes)
    .where(and(eq(mentoringRequests.id, id), eq(mentoringRequests.status, 'pending')))
    .returning();
  // A pending request has both sides (the check mentoring_requests_pending_has_both).
  return row as RequestRow | undefined;
}

export interface RequestFilter {
  userId: string;
  direction?: 'incoming' | 'outgoing';
  status?: RequestStatus;
  otherUserId?: string;
  ids?: string[];
  limit: number;
}

/**
 * Requests the member sent or received, newest first, with both people, the mentorship started and
 * whether the member reported the request (reading `reports`, moderation's table, inside this query
 * about mentoring's own rows, as ADR 0020 allows; the index `reports_request_once` answers it).
 */
export async function listRequests(db: Db, filter: RequestFilter): Promise<RequestWithPeople[]> {
  const side =
    filter.direction === 'incoming'
      ? eq(mentoringRequests.mentorId, filter.userId)
      : filter.direction === 'outgoing'
        ? eq(mentoringRequests.menteeId, filter.userId)
        : or(eq(mentoringRequests.mentorId, filter.userId), eq(mentoringRequests.menteeId, filter.userId));
  const conditions: (SQL | undefined)[] = [side];
  if (filter.status) conditions.push(eq(mentoringRequests.status, filter.status));
  if (filter.otherUserId) {
    conditions.push(or(eq(mentoringRequests.mentorId, filter.otherUserId), eq(mentoringRequests.menteeId, filter.otherUserId)));
  }
  if (filter.ids) conditions.push(inArray(mentoringRequests.id, filter.ids));
  const rows = await db
    .select({
      request: mentoringRequests,
      mentee: summaryColumns(mentee),
      mentor: summaryColumns(mentor),
      mentorshipId: mentorships.id,
      reportedByMe: reportedBy(filter.userId),
    })
    .from(mentoringRequests)
    .innerJoin(mentee, eq(mentee.id, mentoringRequests.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentoringRequests.mentorId))
    .leftJoin(mentorships, eq(mentorships.requestId, mentoringRequests.id))
    .where(and(...conditions))
    .orderBy(desc(mentoringRequests.createdAt), desc(mentoringRequests.id))
    .limit(filter.limit);
  // Both members joined: both sides are there.
  return rows as RequestWithPeople[];
}

export async function countPendingRequests(db: Db, userId: string): Promise<{ incoming: number; outgoing: number }> {
  const [row] = await queryRows<{ incoming: number; outgoing: number }>(
    db,
    sql`select count(*) filter (where ${mentoringRequests.mentorId} = ${userId})::int as incoming,
               count(*) filter (where ${mentoringRequests.menteeId} = ${userId})::int as outgoing
        from ${mentoringRequests}
        where ${mentoringRequests.status} = 'pending'
          and (${mentoringRequests.mentorId} = ${userId} or ${mentoringRequests.menteeId} = ${userId})`,
  );
  return row ?? { incoming: 0, outgoing: 0 };
}

/**
 * Answers a pending request (accepted or declined) and, in the same statement, gives the mentor's
 * responsiveness signal for their profile: how many requests they answered and the median hours
 * it took, this answer included, computed from the requests themselves so it never drifts. Call it
 * with the request's row locked and pending.
 */
export async function answerPendingRequest(
  tx: Db,
  request: Pick<RequestRow, 'id' | 'mentorId'>,
  answer: { status: 'accepted' | 'declined'; answeredAt: Date; response: string | null; declineReason?: string | null },
): Promise<{ answeredRequests: number; medianAnswerHours: number | null }> {
  // The rows of a statement's other parts do not see this update: the answer joins the others by hand.
  const [row] = await queryRows<{ answered: number; median_hours: number | string | null }>(
    tx,
    sql`with answered as (
          update ${mentoringRequests}
          set status = ${answer.status}, answered_at = ${answer.answeredAt.toISOString()}::timestamptz,
              response = ${answer.response}, decline_reason = ${answer.declineReason ?? null}
          where id = ${request.id} and status = 'pending'
          returning answered_at, created_at)
        select count(*)::int as answered,
               percentile_cont(0.5) within group (order by extract(epoch from answered_at - created_at) / 3600) as median_hours
        from (select answered_at, created_at from ${mentoringRequests}
              where mentor_id = ${request.mentorId} and answered_at is not null and id <> ${request.id}
              union all
              select answered_at, created_at from answered) as answers`,
  );
  const median = row?.median_hours;
  return { answeredRequests: Number(row?.answered ?? 0), medianAnswerHours: median === null || median === undefined ? null : Number(median) };
}

/** Pending requests created at or before `createdBefore` and not yet reminded: marked reminded now. */
export async function markDueReminders(db: Db, options: { createdBefore: Date; now: Date; limit: number }): Promise<RequestRow[]> {
  return queryRowsAsRequests(
    db,
    sql`update ${mentoringRequests} set reminded_at = ${options.now.toISOString()}::timestamptz
        where id in (
          select id from ${mentoringRequests}
          where status = 'pending' and reminded_at is null and created_at <= ${options.createdBefore.toISOString()}::timestamptz
          order by created_at limit ${options.limit}
          for update skip locked)
        and status = 'pending' and reminded_at is null
        returning id, mentee_id, mentor_id, created_at`,
  );
}

/** Pending requests created at or before `createdBefore`: expired now. */
export async function expireDueRequests(db: Db, options: { createdBefore: Date; now: Date; limit: number }): Promise<RequestRow[]> {
  return queryRowsAsRequests(
    db,
    sql`update ${mentoringRequests} set status = 'expired', expired_at = ${options.now.toISOString()}::timestamptz
        where id in (
          select id from ${mentoringRequests}
          where status = 'pending' and created_at <= ${options.createdBefore.toISOString()}::timestamptz
          order by created_at limit ${options.limit}
          for update skip locked)
        and status = 'pending'
        returning id, mentee_id, mentor_id, created_at`,
  );
}

async function queryRowsAsRequests(db: Db, query: SQL): Promise<RequestRow[]> {
  const rows = await queryRows<{ id: string; mentee_id: string; mentor_id: string; created_at: string | Date }>(db, query);
  return rows.map((row) => ({ id: row.id, menteeId: row.mentee_id, mentorId: row.mentor_id, createdAt: new Date(row.created_at) }) as RequestRow);
}

/** The member's pending requests, both ways, locked (in id order) until the transaction ends. */
export async function lockPendingRequestsOf(tx: Db, memberId: string): Promise<RequestRow[]> {
  const rows = await tx
    .select()
    .from(mentoringRequests)
    .where(and(eq(mentoringRequests.status, 'pending'), or(eq(mentoringRequests.menteeId, memberId), eq(mentoringRequests.mentorId, memberId))))
    .orderBy(mentoringRequests.id)
    .for('update');
  // A pending request has both sides (the check mentoring_requests_pending_has_both).
  return rows as RequestRow[];
}

/**
 * A member is leaving: the words they wrote in requests go with them (motivation and goals as the
 * mentee, the response as the mentor); the rows stay, with their states and times, for the
 * statistics (ADR 0025). Returns the ids of the requests they took part in.
 */
export async function eraseRequestTextsOf(tx: Db, memberId: string): Promise<string[]> {
  const asMentee = await tx
    .update(mentoringRequests)
    .set({ motivation: null, goals: null })
    .where(eq(mentoringRequests.menteeId, memberId))
    .returning({ id: mentoringRequests.id });
  const asMentor = await tx
    .update(mentoringRequests)
    .set({ response: null })
    .where(eq(mentoringRequests.mentorId, memberId))
    .returning({ id: mentoringRequests.id });
  return [...asMentee, ...asMentor].map((row) => row.id);
}

/** Every request the member sent or received, with the other side's name where they still have an account (their data export). */
export async function listRequestsForExport(db: Db, memberId: string) {
  return db
    .select({
      request: mentoringRequests,
      menteeName: mentee.name,
      menteeUsername: mentee.username,
      mentorName: mentor.name,
      mentorUsername: mentor.username,
    })
    .from(mentoringRequests)
    .leftJoin(mentee, eq(mentee.id, mentoringRequests.menteeId))
    .leftJoin(mentor, eq(mentor.id, mentoringRequests.mentorId))
    .where(or(eq(mentoringRequests.menteeId, memberId), eq(mentoringRequests.mentorId, memberId)))
    .orderBy(mentoringRequests.createdAt, mentoringRequests.id);
}
