import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { reports } from '../../db/schema';

/** The owning repo of `reports` (ADR 0020). Its queries read `users` for the names they show. */

export type ReportRow = typeof reports.$inferSelect;
export type NewReport = typeof reports.$inferInsert;

export async function insertReport(db: Db, values: NewReport): Promise<ReportRow> {
  const [row] = await db.insert(reports).values(values).returning();
  return row!;
}

/** Whether the member reported this message (or request) already. */
export async function hasReported(db: Db, reporterId: string, about: { messageId: string } | { requestId: string }): Promise<boolean> {
  const target = 'messageId' in about ? eq(reports.messageId, about.messageId) : eq(reports.requestId, about.requestId);
  const [row] = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.reporterId, reporterId), target));
  return row !== undefined;
}

export async function findReport(db: Db, id: string): Promise<ReportRow | undefined> {
  const [row] = await db.select().from(reports).where(eq(reports.id, id));
  return row;
}

/** The open reports of the same message or request as `report`, locked, the report itself included. */
export async function lockOpenReportsLike(tx: Db, report: Pick<ReportRow, 'id' | 'messageId' | 'requestId'>): Promise<ReportRow[]> {
  const same = report.messageId
    ? eq(reports.messageId, report.messageId)
    : report.requestId
      ? eq(reports.requestId, report.requestId)
      : eq(reports.id, report.id);
  return tx
    .select()
    .from(reports)
    .where(and(same, eq(reports.status, 'open')))
    .orderBy(reports.id)
    .for('update');
}

/** Records the decision on these (open) reports; answers the ones changed. */
export async function updateReportsResolved(
  tx: Db,
  ids: string[],
  decision: Pick<NewReport, 'status' | 'resolvedAt' | 'resolvedBy' | 'resolutionNote'>,
): Promise<ReportRow[]> {
  if (ids.length === 0) return [];
  return tx
    .update(reports)
    .set(decision)
    .where(and(inArray(reports.id, ids), eq(reports.status, 'open')))
    .returning();
}

export type QueueFilter = 'open' | 'resolved' | 'all';

const filterSql = (filter: QueueFilter) =>
  filter === 'open' ? sql`r.status = 'open'` : filter === 'resolved' ? sql`r.status <> 'open'` : sql`true`;

/** A report of the queue with the people it names (null fields for a deleted member). */
export interface QueueRow {
  id: string;
  message_id: string | null;
  request_id: string | null;
  reason: ReportRow['reason'];
  details: string | null;
  status: ReportRow['status'];
  created_at: string | Date;
  resolved_at: string | Date | null;
  resolution_note: string | null;
  resolver_name: string | null;
  reporter_id: string | null;
  reporter_name: string | null;
  reporter_username: string | null;
  reporter_suspended_at: string | Date | null;
  reporter_is_admin: boolean | null;
  subject_id: string | null;
  subject_name: string | null;
  subject_username: string | null;
  subject_suspended_at: string | Date | null;
  subject_is_admin: boolean | null;
}

/** The queue: open reports first, then the newest; with `ids`, just those reports. */
export async function listQueue(db: Db, options: { filter: QueueFilter; limit: number; offset: number; ids?: string[] }): Promise<QueueRow[]> {
  const only = options.ids ? sql`and r.id in (${sql.join(options.ids.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  return queryRows<QueueRow>(
    db,
    sql`select r.id, r.message_id, r.request_id, r.reason, r.details, r.status, r.created_at, r.resolved_at, r.resolution_note,
               v.name as resolver_name,
               r.reporter_id, a.name as reporter_name, a.username as reporter_username,
               a.suspended_at as reporter_suspended_at, a.is_admin as reporter_is_admin,
               r.subject_id, s.name as subject_name, s.username as subject_username,
               s.suspended_at as subject_suspended_at, s.is_admin as subject_is_admin
        from reports r
        left join users a on a.id = r.reporter_id
        left join users s on s.id = r.subject_id
        left join users v on v.id = r.resolved_by
        where ${filterSql(options.filter)} ${only}
        order by (r.status = 'open') desc, r.created_at desc, r.id desc
        limit ${options.limit} offset ${options.offset}`,
  );
}

/** Reports matching the filter, and open reports in all. */
export async function countQueue(db: Db, filter: QueueFilter): Promise<{ total: number; open: number }> {
  const [row] = await queryRows<{ total: number; open: number }>(
    db,
    sql`select count(*) filter (where ${filterSql(filter)})::int as total, count(*) filter (where r.status = 'open')::int as open from reports r`,
  );
  return row ?? { total: 0, open: 0 };
}

/** A report about one of the members, as the queue lists it beside another. */
export interface SubjectReportRow {
  id: string;
  subject_id: string;
  message_id: string | null;
  reason: ReportRow['reason'];
  status: ReportRow['status'];
  created_at: string | Date;
  /** All the reports about this member. */
  total: number;
}

/** The newest `perSubject` reports about each of these members, each with the member's total. */
export async function listReportsAboutSubjects(db: Db, subjectIds: string[], perSubject: number): Promise<SubjectReportRow[]> {
  if (subjectIds.length === 0) return [];
  return queryRows<SubjectReportRow>(
    db,
    sql`select id, subject_id, message_id, reason, status, created_at, total from (
          select r.id, r.subject_id, r.message_id, r.reason, r.status, r.created_at,
                 row_number() over (partition by r.subject_id order by r.created_at desc, r.id desc) as place,
                 (count(*) over (partition by r.subject_id))::int as total
          from reports r
          where r.subject_id in (${sql.join(subjectIds.map((id) => sql`${id}`), sql`, `)})
        ) x
        where place <= ${perSubject}
        order by subject_id, created_at desc, id desc`,
  );
}
