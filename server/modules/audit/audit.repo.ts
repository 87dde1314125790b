import { type SQL, and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';

export type AuditEntryInput = typeof auditLog.$inferInsert;
export type AuditRow = typeof auditLog.$inferSelect;

export async function insertAuditEntry(tx: Db, entry: AuditEntryInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
}

export interface AuditFilter {
  action?: string;
  /** The acting admin's user name (any case). */
  actorUsername?: string;
  /** From this moment on (inclusive). */
  from?: Date;
  /** Before this moment. */
  before?: Date;
  limit: number;
  offset: number;
}

const actor = alias(users, 'actor');
const target = alias(users, 'target');

export interface AuditRowWithPeople {
  entry: AuditRow;
  actor: { id: string; username: string | null; name: string } | null;
  target: { id: string; username: string | null; name: string } | null;
}

/** A page of the audit log, newest first, with the actor and (for an entry about a member) the member named; and the number of matches. */
export async function listAuditEntries(db: Db, filter: AuditFilter): Promise<{ rows: AuditRowWithPeople[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorUsername) conditions.push(eq(actor.username, filter.actorUsername.trim().toLowerCase()));
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.before) conditions.push(lt(auditLog.createdAt, filter.before));
  const where = and(...conditions);
  const person = (table: typeof actor | typeof target) => ({ id: table.id, username: table.username, name: table.name });
  const [rows, [count]] = await Promise.all([
    db
      .select({ entry: auditLog, actor: person(actor), target: person(target) })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .leftJoin(target, and(eq(auditLog.targetType, 'member'), eq(target.id, auditLog.targetId)))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .where(where),
  ]);
  return {
    rows: rows.map((row) => ({ entry: row.entry, actor: personOrNull(row.actor), target: personOrNull(row.target) })),
    total: count?.total ?? 0,
  };
}

/** A left-joined member: null when there was none to join. */
function personOrNull(row: { id: string | null; username: string | null; name: string | null } | null) {
  return row?.id ? { id: row.id, username: row.username, name: row.name ?? '' } : null;
}
