import { eq, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../db/schema';

export interface GrantedMember {
  id: string;
  email: string;
  username: string | null;
  name: string;
}

export type GrantAdminResult =
  | { outcome: 'granted'; member: GrantedMember }
  | { outcome: 'already_admin'; member: GrantedMember }
  | { outcome: 'not_found' };

/**
 * Makes an existing member an admin, found by email (any case) or user name. This is how an
 * installation gets its first admin; later admins are granted in the admin pages.
 */
export async function grantAdmin(db: Db, emailOrUsername: string): Promise<GrantAdminResult> {
  const identifier = emailOrUsername.trim().toLowerCase();
  if (!identifier) return { outcome: 'not_found' };
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: users.id, email: users.email, username: users.username, name: users.name, isAdmin: users.isAdmin })
      .from(users)
      // User names are stored lower-cased; emails keep their case, the unique index is on lower(email).
      .where(or(eq(sql`lower(${users.email})`, identifier), eq(users.username, identifier)))
      .limit(1)
      .for('update');
    if (!member) return { outcome: 'not_found' } as const;
    const { isAdmin, ...found } = member;
    if (isAdmin) return { outcome: 'already_admin', member: found } as const;
    await tx.update(users).set({ isAdmin: true }).where(eq(users.id, member.id));
    return { outcome: 'granted', member: found } as const;
  });
}
