import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { mailLog, outbox, users } from '../db/schema';

export type OutboxRow = typeof outbox.$inferSelect;

/** A row as a claim returns it: held under `leaseToken`, with the Message-ID it is sent with. */
export type ClaimedOutboxRow = OutboxRow & { leaseToken: string; messageId: string };

/** The lease a worker holds on a claimed row: the marks below change the row only while it is still held. */
export interface OutboxLease {
  id: number;
  leaseToken: string;
}

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
 * claimed row carries a lease (lockedUntil, and a fresh leaseToken that only this claim knows) so
 * nobody else takes it while it is being sent. A crashed worker's rows become due again when the
 * lease runs out. The attempt is counted here, so a row that crashes its worker cannot loop for
 * ever. The first claim gives the row its Message-ID; later claims keep it.
 */
export async function claimDueOutboxRows(
  db: Db,
  { now, leaseUntil, limit }: { now: Date; leaseUntil: Date; limit: number },
): Promise<ClaimedOutboxRow[]> {
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
  const rows = await db
    .update(outbox)
    .set({
      lockedUntil: leaseUntil,
      leaseToken: sql`gen_random_uuid()`,
      messageId: sql`coalesce(${outbox.messageId}, gen_random_uuid())`,
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(inArray(outbox.id, due))
    .returning();
  return rows as ClaimedOutboxRow[];
}

/** The row while `lease` still holds it: pending, with the token of that claim. */
const held = (lease: OutboxLease) => and(eq(outbox.id, lease.id), eq(outbox.leaseToken, lease.leaseToken), eq(outbox.status, 'pending'));

/**
 * Delivered, or deliberately not delivered: `note` says why (kept in lastError, the only free-text
 * column). False when the lease was lost (it ran out and another worker claimed the row): the row
 * is that worker's to finish.
 */
export async function markOutboxDone(
  db: Db,
  lease: OutboxLease,
  { now, note, payload }: { now: Date; note?: string; payload?: unknown },
): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ status: 'done', doneAt: now, lockedUntil: null, leaseToken: null, lastError: note ?? null, ...(payload === undefined ? {} : { payload }) })
    .where(held(lease))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** Back in the queue at `runAt`; false when the lease was lost. */
export async function markOutboxRetry(db: Db, lease: OutboxLease, { runAt, error }: { runAt: Date; error: string }): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ runAt, lockedUntil: null, leaseToken: null, lastError: error })
    .where(held(lease))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

/** Given up for good; false when the lease was lost. */
export async function markOutboxFailed(db: Db, lease: OutboxLease, { now, error }: { now: Date; error: string }): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({ status: 'failed', doneAt: now, lockedUntil: null, leaseToken: null, lastError: error })
    .where(held(lease))
    .returning({ id: outbox.id });
  return rows.length > 0;
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
