import { type SQL, and, desc, eq, gt, ilike, inArray, lte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { InvitationState } from '../../../contract/invitations';
import type { Db } from '../../db/client';
import { invitations, users } from '../../db/schema';

export type InvitationRow = typeof invitations.$inferSelect;
export type NewInvitation = typeof invitations.$inferInsert;

/** Every invitation of an upload, 500 rows a statement. */
export async function insertInvitations(tx: Db, rows: readonly NewInvitation[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) await tx.insert(invitations).values(rows.slice(start, start + 500));
}

/** Which of `emails` (lower case) have an invitation whose link still works. */
export async function listWaitingInvitedEmails(db: Db, emails: readonly string[], now: Date): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ email: sql<string>`lower(${invitations.email})` })
    .from(invitations)
    .where(and(eq(invitations.status, 'pending'), gt(invitations.expiresAt, now), inArray(sql`lower(${invitations.email})`, [...emails])));
  return rows.map((row) => row.email);
}

/** Expired invitations of these addresses give way to the new ones (one pending invitation per address). */
export async function markExpiredReplaced(tx: Db, emails: readonly string[], now: Date): Promise<void> {
  if (emails.length === 0) return;
  await tx
    .update(invitations)
    .set({ status: 'replaced' })
    .where(and(eq(invitations.status, 'pending'), lte(invitations.expiresAt, now), inArray(sql`lower(${invitations.email})`, [...emails])));
}

/** The condition of a state as the console names it (pending and expired are one stored status, told apart by the time). */
function stateCondition(state: InvitationState, now: Date): SQL {
  switch (state) {
    case 'pending':
      return and(eq(invitations.status, 'pending'), gt(invitations.expiresAt, now))!;
    case 'expired':
      return and(eq(invitations.status, 'pending'), lte(invitations.expiresAt, now))!;
    case 'registered':
      return eq(invitations.status, 'accepted');
    default:
      return eq(invitations.status, state);
  }
}

const inviter = alias(users, 'inviter');
const member = alias(users, 'member');

export interface InvitationWithPeople {
  invitation: InvitationRow;
  inviter: { id: string | null; name: string | null } | null;
  member: { id: string | null; username: string | null } | null;
}

const withPeople = (db: Db) =>
  db
    .select({ invitation: invitations, inviter: { id: inviter.id, name: inviter.name }, member: { id: member.id, username: member.username } })
    .from(invitations)
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .leftJoin(member, eq(member.id, invitations.userId));

/** A page of invitations, newest first, by state and part of a name or address; and how many match. */
export async function listInvitationRows(
  db: Db,
  filter: { state?: InvitationState; text?: string; now: Date; limit: number; offset: number },
): Promise<{ rows: InvitationWithPeople[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.state) conditions.push(stateCondition(filter.state, filter.now));
  if (filter.text) {
    const pattern = `%${filter.text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    conditions.push(
      or(ilike(invitations.email, pattern), ilike(sql`${invitations.firstName} || ' ' || ${invitations.familyName}`, pattern)),
    );
  }
  const where = and(...conditions);
  const [rows, [count]] = await Promise.all([
    withPeople(db).where(where).orderBy(desc(invitations.createdAt), desc(invitations.id)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(invitations).where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findInvitationWithPeople(db: Db, id: string): Promise<InvitationWithPeople | undefined> {
  const [row] = await withPeople(db).where(eq(invitations.id, id));
  return row;
}

/** With `forUpdate`, holds the invitation's row lock: a resend and a registration cannot cross. */
export async function findInvitation(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<InvitationRow | undefined> {
  const query = db.select().from(invitations).where(eq(invitations.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateInvitation(tx: Db, id: string, changes: Partial<NewInvitation>): Promise<InvitationRow | undefined> {
  const [row] = await tx.update(invitations).set(changes).where(eq(invitations.id, id)).returning();
  return row;
}

/** The invitation of a link that still works. */
export async function findWorkingInvitation(db: Db, tokenHash: string, now: Date): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tokenHash, tokenHash), eq(invitations.status, 'pending'), gt(invitations.expiresAt, now)));
  return row;
}

/** Uses the link up: only while it still works, so it registers one member at most. */
export async function markAccepted(tx: Db, tokenHash: string, userId: string, now: Date): Promise<InvitationRow | undefined> {
  const [row] = await tx
    .update(invitations)
    .set({ status: 'accepted', userId, acceptedAt: now })
    .where(and(eq(invitations.tokenHash, tokenHash), eq(invitations.status, 'pending'), gt(invitations.expiresAt, now)))
    .returning();
  return row;
}
