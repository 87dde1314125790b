import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { mailLog, outbox, users } from '../db/schema';

export type OutboxRow = typeof outbox.$inferSelect;

/** The channel a committed outbox write is announced on (LISTEN/NOTIFY delivers it only on commit). */
export const OUTBOX_CHANNEL = 'outbox';

export async function insertOutboxRow(db: Db, row: { kind: string; payload: unknown; runAt?: Date }): Promise<number> {
  const [inserted] = await db.insert(outbox).values(row).returning({ id: outbox.id });
  return inserted!.id;
}

/** Wakes every listening worker once the surrounding transaction commits (nothing if it rolls back). */
export async function signalOutbox(db: Db): Promise<void> {
  await db.execute(sql`select pg_notify(${OUTBOX_CHANNEL}, '')`);
}

/**
 * Takes up to `limit` due rows for this worker: a row locked by another claimer is skipped, and a
 * claimed row carries a lease (lockedUntil) so nobody else takes it while it is being sent. A
 * crashed worker's rows become due again when the lease runs out. The attempt is counted here,
 * so a row that crashes its worker cannot loop for ever.
 */
export async function claimDueOutboxRows(
  db: Db,
  { now, leaseUntil, limit }: { now: Date; leaseUntil: Date; limit: number },
): Promise<OutboxRow[]> {
  // The database stamps run_at in microseconds, `now` holds milliseconds: a row stamped later in
  // the same millisecond is due too, or a worker woken for it at once would pass it by.
  const endOfMillisecond = new Date(now.getTime() + 1);
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lt(outbox.runAt, endOfMillisecond),
        or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now)),
      ),
    )
    .orderBy(asc(outbox.runAt), asc(outbox.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({ lockedUntil: leaseUntil, attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, due))
    .returning();
}

/** Delivered, or deliberately not delivered: `note` says why (kept in lastError, the only free-text column). */
export async function markOutboxDone(db: Db, id: number, { now, note }: { now: Date; note?: string }): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'done', doneAt: now, lockedUntil: null, lastError: note ?? null })
    .where(eq(outbox.id, id));
}

export async function markOutboxRetry(db: Db, id: number, { runAt, error }: { runAt: Date; error: string }): Promise<void> {
  await db.update(outbox).set({ runAt, lockedUntil: null, lastError: error }).where(eq(outbox.id, id));
}

export async function markOutboxFailed(db: Db, id: number, { now, error }: { now: Date; error: string }): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'failed', doneAt: now, lockedUntil: null, lastError: error })
    .where(eq(outbox.id, id));
}

export async function findOutboxRow(db: Db, id: number): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row;
}

/** What delivery needs to know about a receiver, read at delivery time (language and opt-out may have changed). */
export async function findMailRecipient(db: Db, userId: string) {
  const [row] = await db
    .select({
      email: users.email,
      language: users.language,
      emailNotifications: users.emailNotifications,
      firstName: users.firstName,
      name: users.name,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function insertMailLog(db: Db, row: typeof mailLog.$inferInsert): Promise<void> {
  await db.insert(mailLog).values(row);
}
