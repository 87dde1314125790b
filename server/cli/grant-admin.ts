import type { Db } from '../db/client';
import { findMemberByLogin, updateMember } from '../modules/accounts/accounts.service';

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
    // User names are stored lower-cased; emails keep their case, the unique index is on lower(email).
    const member = await findMemberByLogin(tx, identifier, { forUpdate: true });
    if (!member) return { outcome: 'not_found' } as const;
    const found = { id: member.id, email: member.email, username: member.username, name: member.name };
    if (member.isAdmin) return { outcome: 'already_admin', member: found } as const;
    await updateMember(tx, member.id, { isAdmin: true });
    return { outcome: 'granted', member: found } as const;
  });
}
