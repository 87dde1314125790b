import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { mentorProfiles } from '../../db/schema';

/** Mentor profiles grouped by the facts availability is decided by (mentor-cards.ts `availabilityOf`). */
export async function countMentorProfilesByFacts(db: Db): Promise<Array<{ isListed: boolean; isPaused: boolean; isFull: boolean; count: number }>> {
  const rows = await queryRows<{ is_listed: boolean; is_paused: boolean; is_full: boolean; count: number | string }>(
    db,
    sql`select ${mentorProfiles.isListed} as is_listed,
               (${mentorProfiles.pausedAt} is not null) as is_paused,
               (${mentorProfiles.activeMentees} >= ${mentorProfiles.maxMentees}) as is_full,
               count(*)::int as count
        from ${mentorProfiles}
        group by 1, 2, 3`,
  );
  return rows.map((row) => ({ isListed: row.is_listed, isPaused: row.is_paused, isFull: row.is_full, count: Number(row.count) }));
}
