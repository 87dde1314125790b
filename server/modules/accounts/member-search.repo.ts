import { type SQL, and, asc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Role } from '../../../contract/me';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import type { UserRow } from './accounts.repo';

/** What the alumni office's console searches members by. */
export interface MemberFilter {
  /** Part of the name, user name or email address, any case. */
  text?: string;
  role?: Role;
  suspended?: boolean;
  isAdmin?: boolean;
  limit: number;
  offset: number;
}

/** `%` and `_` typed by the admin are looked for as themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of members matching the filter, by name, and how many match in all. */
export async function listMembersMatching(db: Db, filter: MemberFilter): Promise<{ rows: UserRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  const text = filter.text?.trim();
  if (text) {
    const pattern = likePattern(text.toLowerCase());
    conditions.push(
      or(
        sql`lower(${users.name}) like ${pattern}`,
        sql`${users.username} like ${pattern}`,
        sql`lower(${users.email}) like ${pattern}`,
      ),
    );
  }
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.suspended !== undefined) conditions.push(filter.suspended ? isNotNull(users.suspendedAt) : isNull(users.suspendedAt));
  if (filter.isAdmin !== undefined) conditions.push(eq(users.isAdmin, filter.isAdmin));
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    db.select().from(users).where(where).orderBy(asc(users.name), asc(users.id)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}
