import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { users } from '../../db/schema';

/** Members today by role (null: not chosen yet), suspended members included: the console's statistics. */
export async function countUsersByRole(db: Db): Promise<Array<{ role: 'student' | 'alumnus' | 'staff' | null; count: number }>> {
  const rows = await queryRows<{ role: 'student' | 'alumnus' | 'staff' | null; count: number | string }>(
    db,
    sql`select ${users.role} as role, count(*)::int as count from ${users} group by ${users.role}`,
  );
  return rows.map((row) => ({ role: row.role, count: Number(row.count) }));
}
