import { and, asc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { mailLog, outbox, rateLimits, sessions, verifications } from '../../db/schema';

/**
 * Deletes in batches of `limit`, each one statement of its own, so a first run over years of rows
 * never holds a long lock nor runs into the statement timeout. Rows another instance's run holds
 * are skipped (it is deleting them). Each returns how many rows it deleted.
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

export async function deleteExpiredSessions(db: Db, now: Date, limit: number): Promise<number> {
  const due = db.select({ id: sessions.id }).from(sessions).where(lt(sessions.expiresAt, now)).limit(limit).for('update', { skipLocked: true });
  return (await db.delete(sessions).where(inArray(sessions.id, due)).returning({ id: sessions.id })).length;
}

export async function deleteExpiredVerifications(db: Db, now: Date, limit: number): Promise<number> {
  const due = db
    .select({ id: verifications.id })
    .from(verifications)
    .where(lt(verifications.expiresAt, now))
    .limit(limit)
    .for('update', { skipLocked: true });
  return (await db.delete(verifications).where(inArray(verifications.id, due)).returning({ id: verifications.id })).length;
}

/** Counters whose window began before `windowStartBefore` (epoch ms; `last_request` is the window's start). */
export async function deleteStaleRateLimits(db: Db, windowStartBefore: number, limit: number): Promise<number> {
  const due = db
    .select({ id: rateLimits.id })
    .from(rateLimits)
    .where(lt(rateLimits.lastRequest, windowStartBefore))
    .limit(limit)
    .for('update', { skipLocked: true });
  return (await db.delete(rateLimits).where(inArray(rateLimits.id, due)).returning({ id: rateLimits.id })).length;
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
