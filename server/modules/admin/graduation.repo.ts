import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { graduationRequests, users } from '../../db/schema';

export type GraduationRow = typeof graduationRequests.$inferSelect;
type GraduationStatus = GraduationRow['status'];

export async function insertGraduationRequest(db: Db, values: { userId: string; graduationYear: number }): Promise<GraduationRow> {
  const [row] = await db.insert(graduationRequests).values(values).returning();
  return row!;
}

export async function hasPendingGraduationRequest(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: graduationRequests.id })
    .from(graduationRequests)
    .where(and(eq(graduationRequests.userId, userId), eq(graduationRequests.status, 'pending')))
    .limit(1);
  return row !== undefined;
}

/** The member's requests, newest first. */
export async function listGraduationRequestsOf(db: Db, userId: string, limit = 20): Promise<GraduationRow[]> {
  return db
    .select()
    .from(graduationRequests)
    .where(eq(graduationRequests.userId, userId))
    .orderBy(desc(graduationRequests.createdAt), desc(graduationRequests.id))
    .limit(limit);
}

/** With `forUpdate`, holds the request's row lock: two admins cannot both answer it. */
export async function findGraduationRequest(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<GraduationRow | undefined> {
  const query = db.select().from(graduationRequests).where(eq(graduationRequests.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function decideGraduationRequest(
  db: Db,
  id: string,
  decision: { status: Exclude<GraduationStatus, 'pending'>; reason: string | null; decidedBy: string; decidedAt: Date },
): Promise<GraduationRow | undefined> {
  const [row] = await db
    .update(graduationRequests)
    .set(decision)
    .where(and(eq(graduationRequests.id, id), eq(graduationRequests.status, 'pending')))
    .returning();
  return row;
}

/** Answers the member's waiting request, if any (the office changed their role directly); returns it. */
export async function decidePendingGraduationRequestOf(
  db: Db,
  userId: string,
  decision: { status: Exclude<GraduationStatus, 'pending'>; reason: string | null; decidedBy: string; decidedAt: Date },
): Promise<GraduationRow | undefined> {
  const [row] = await db
    .update(graduationRequests)
    .set(decision)
    .where(and(eq(graduationRequests.userId, userId), eq(graduationRequests.status, 'pending')))
    .returning();
  return row;
}

const memberColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  role: users.role,
  studyProgramme: users.studyProgramme,
  startYear: users.startYear,
};

export type GraduationMember = { id: string; username: string | null; name: string; role: 'student' | 'alumnus' | 'staff' | null; studyProgramme: string | null; startYear: number | null };

/**
 * Requests of one status with their members: waiting ones oldest first (the office works through
 * them in order), answered ones newest first; and how many there are.
 */
export async function listGraduationRequests(
  db: Db,
  filter: { status: GraduationStatus; ids?: undefined; limit: number; offset: number },
): Promise<{ rows: Array<{ request: GraduationRow; member: GraduationMember }>; total: number }> {
  const where = eq(graduationRequests.status, filter.status);
  const order = filter.status === 'pending' ? asc(graduationRequests.createdAt) : desc(graduationRequests.decidedAt);
  const [rows, [count]] = await Promise.all([
    db
      .select({ request: graduationRequests, member: memberColumns })
      .from(graduationRequests)
      .innerJoin(users, eq(users.id, graduationRequests.userId))
      .where(where)
      .orderBy(order, asc(graduationRequests.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(graduationRequests).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** One request with its member. */
export async function findGraduationRequestWithMember(db: Db, id: string): Promise<{ request: GraduationRow; member: GraduationMember } | undefined> {
  const [row] = await db
    .select({ request: graduationRequests, member: memberColumns })
    .from(graduationRequests)
    .innerJoin(users, eq(users.id, graduationRequests.userId))
    .where(eq(graduationRequests.id, id));
  return row;
}
