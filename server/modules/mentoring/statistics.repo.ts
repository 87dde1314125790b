import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { mentoringRequests, mentorships } from '../../db/schema';

/** A half-open range of instants: `from` ≤ t < `before`. */
export interface InstantRange {
  from: Date;
  before: Date;
}

export type RequestEvent = 'sent' | 'accepted' | 'declined' | 'withdrawn' | 'expired';

/**
 * Requests counted per ISO week (UTC, the week's Monday as YYYY-MM-DD) by what happened in it:
 * sent when created, accepted or declined when answered, withdrawn, expired. Every row counts,
 * also those whose member deleted their account (mentee_id or mentor_id null, ADR 0025).
 */
export async function countRequestEventsByWeek(db: Db, range: InstantRange): Promise<Array<{ event: RequestEvent; weekStart: string; count: number }>> {
  const inRange = (column: string) => sql`${sql.raw(column)} >= ${range.from.toISOString()}::timestamptz and ${sql.raw(column)} < ${range.before.toISOString()}::timestamptz`;
  const rows = await queryRows<{ event: RequestEvent; week_start: string; count: number | string }>(
    db,
    sql`select event, to_char(date_trunc('week', at at time zone 'UTC'), 'YYYY-MM-DD') as week_start, count(*)::int as count
        from (
          select 'sent' as event, created_at as at from ${mentoringRequests} where ${inRange('created_at')}
          union all
          select status::text, answered_at from ${mentoringRequests} where status in ('accepted', 'declined') and ${inRange('answered_at')}
          union all
          select 'withdrawn', withdrawn_at from ${mentoringRequests} where ${inRange('withdrawn_at')}
          union all
          select 'expired', expired_at from ${mentoringRequests} where ${inRange('expired_at')}
        ) events
        group by 1, 2`,
  );
  return rows.map((row) => ({ event: row.event, weekStart: row.week_start, count: Number(row.count) }));
}

/** The median hours from sending to the answer, of the requests answered in the range (null without any). */
export async function medianAnswerHoursIn(db: Db, range: InstantRange): Promise<number | null> {
  const [row] = await queryRows<{ median_hours: number | string | null }>(
    db,
    sql`select percentile_cont(0.5) within group (order by extract(epoch from answered_at - created_at) / 3600) as median_hours
        from ${mentoringRequests}
        where answered_at >= ${range.from.toISOString()}::timestamptz and answered_at < ${range.before.toISOString()}::timestamptz`,
  );
  const median = row?.median_hours;
  return median === null || median === undefined ? null : Number(median);
}

/** Mentorships active now, and started and ended in the range (a deleted member's still counted). */
export async function countMentorshipsIn(db: Db, range: InstantRange): Promise<{ active: number; started: number; ended: number }> {
  const from = range.from.toISOString();
  const before = range.before.toISOString();
  const [row] = await queryRows<{ active: number | string; started: number | string; ended: number | string }>(
    db,
    sql`select count(*) filter (where ended_at is null)::int as active,
               count(*) filter (where started_at >= ${from}::timestamptz and started_at < ${before}::timestamptz)::int as started,
               count(*) filter (where ended_at >= ${from}::timestamptz and ended_at < ${before}::timestamptz)::int as ended
        from ${mentorships}`,
  );
  return { active: Number(row?.active ?? 0), started: Number(row?.started ?? 0), ended: Number(row?.ended ?? 0) };
}
