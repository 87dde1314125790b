import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { mailLog, outbox } from '../../db/schema';

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

/** Inserts a row and, in the same statement, wakes every listening worker once the transaction commits (see signalOutbox). */
export async function insertOutboxRow(db: Db, row: { kind: string; payload: unknown; runAt?: Date }): Promise<number> {
  const [inserted] = await db
    .insert(outbox)
    .values(row)
    .returning({ id: outbox.id, signal: sql`pg_notify(${OUTBOX_CHANNEL}, '')` });
  return inserted!.id;
}

/** Several rows in one statement per 500 (a bulk invitation queues one mail per address). */
export async function insertOutboxRows(db: Db, rows: ReadonlyArray<{ kind: string; payload: unknown }>): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) await db.insert(outbox).values(rows.slice(start, start + 500));
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

export async function insertMailLog(db: Db, row: typeof mailLog.$inferInsert): Promise<void> {
  await db.insert(mailLog).values(row);
}

/** The newest mails kept in mail_log, newest first (the development mailbox). */
export async function listRecentMails(db: Db, limit: number) {
  return db.select().from(mailLog).orderBy(desc(mailLog.createdAt), desc(mailLog.id)).limit(limit);
}

/**
 * Retention: deletes in batches of `limit`, each one statement of its own, so a first run over
 * years of rows never holds a long lock nor runs into the statement timeout. Rows another
 * instance's run holds are skipped (it is deleting them). Each returns how many rows it deleted.
 */
export async function deleteDeliveredOutboxRows(db: Db, doneBefore: Date, limit: number): Promise<number> {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'done'), lt(sql`coalesce(${outbox.doneAt}, ${outbox.createdAt})`, doneBefore)))
    .limit(limit)
    .for('update', { skipLocked: true });
  return (await db.delete(outbox).where(inArray(outbox.id, due)).returning({ id: outbox.id })).length;
}

export async function deleteMailLogRows(db: Db, createdBefore: Date, limit: number): Promise<number> {
  const due = db.select({ id: mailLog.id }).from(mailLog).where(lt(mailLog.createdAt, createdBefore)).limit(limit).for('update', { skipLocked: true });
  return (await db.delete(mailLog).where(inArray(mailLog.id, due)).returning({ id: mailLog.id })).length;
}

export interface KeptMail {
  id: string;
  text: string;
  html: string;
}

/**
 * Kept mail written before `createdBefore` that still holds a one-time token in a link (the
 * development mailbox keeps them; lib/redact.ts decides what is one), after `afterId`, in id order.
 * The pattern only finds candidates: the caller redacts with redactSecrets and writes back what changed.
 */
export async function listMailWithSecretLinks(db: Db, createdBefore: Date, afterId: string | null, limit: number): Promise<KeptMail[]> {
  // A token not yet replaced by "[redacted]": its first character is not "[".
  const secret = String.raw`([?&]|&amp;)(token|code|id_token|access_token|refresh_token)=[^[&#\s]|/reset-password/[^[/?#\s]`;
  return queryRows<KeptMail>(
    db,
    sql`select id, text, html from ${mailLog}
        where ${lt(mailLog.createdAt, createdBefore)}
          and ${afterId === null ? sql`true` : gt(mailLog.id, afterId)}
          and (${mailLog.text} ~* ${secret} or ${mailLog.html} ~* ${secret})
        order by ${asc(mailLog.id)}
        limit ${limit}`,
  );
}

export async function updateKeptMailBody(db: Db, mail: KeptMail): Promise<void> {
  await db.update(mailLog).set({ text: mail.text, html: mail.html }).where(eq(mailLog.id, mail.id));
}

export interface OutboxStats {
  pending: number;
  retrying: number;
  failed: number;
  oldestPendingAgeSeconds: number;
}

/**
 * The outbox's backlog in one statement. Pending rows are read through the partial index on
 * pending rows; failed rows are few, and delivered ones are pruned by the retention job, so the
 * count of failed rows stays cheap.
 */
export async function readOutboxStats(db: Db): Promise<OutboxStats> {
  const [row] = await queryRows<{ pending: string; retrying: string; failed: string; oldest_age: string | null }>(
    db,
    sql`
      select
        count(*) filter (where status = 'pending') as pending,
        count(*) filter (where status = 'pending' and attempts > 0) as retrying,
        count(*) filter (where status = 'failed') as failed,
        extract(epoch from now() - min(created_at) filter (where status = 'pending'))::float8 as oldest_age
      from outbox
      where status in ('pending', 'failed')`,
  );
  return {
    pending: Number(row?.pending ?? 0),
    retrying: Number(row?.retrying ?? 0),
    failed: Number(row?.failed ?? 0),
    oldestPendingAgeSeconds: Math.max(0, Number(row?.oldest_age ?? 0)),
  };
}

/** Deletes the notification mails queued or kept for this member (they are looked up by the member's id, which is going). */
export async function deleteNotificationMailsOf(db: Db, userId: string): Promise<void> {
  await db.delete(outbox).where(and(eq(outbox.kind, 'notification_email'), sql`${outbox.payload}->>'userId' = ${userId}`));
}
