import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { findMemberNames } from '../accounts/accounts.service';
import { notify, settleAnswerPrompts } from '../notifications/notifications.service';
import { expireDueRequests, markDueReminders } from './requests.repo';

/** What the deadlines need (a subset of MentoringDeps, declared here so the two files import one way). */
export interface DeadlineDeps {
  db: Db;
  requests: Config['requests'];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

/** When a request made at `createdAt` expires unanswered. */
export const expiresAt = (createdAt: Date, expiryDays: number): Date => new Date(createdAt.getTime() + expiryDays * DAY_MS);

export interface ExpiryResult {
  reminded: number;
  expired: number;
}

/**
 * A pending request whose expiry time has passed can no longer be answered, even before the
 * expiry job has flipped it: its mentee is told (or is about to be) that it expired unanswered
 * (docs/product.md, rule 22).
 */
export const hasExpired = (createdAt: Date, expiryDays: number, now: Date): boolean => now >= expiresAt(createdAt, expiryDays);

/**
 * Expires every request still pending `expiryDays` after it was sent, telling both sides. Each
 * batch is one statement that flips the rows (skipping rows another runner holds) plus its
 * notifications, in one transaction: several instances running this at once expire every request
 * exactly once. `now` is explicit so tests need no sleeping. Returns how many it expired.
 */
export async function expireOverdueRequests(deps: DeadlineDeps, now: Date): Promise<number> {
  const createdBefore = new Date(now.getTime() - deps.requests.expiryDays * DAY_MS);
  let total = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const rows = await expireDueRequests(tx, { createdBefore, now, limit: BATCH });
      const names = await findMemberNames(tx, rows.flatMap((row) => [row.menteeId, row.mentorId]));
      for (const row of rows) {
        const mentee = names.get(row.menteeId) ?? { name: '', username: '' };
        const mentor = names.get(row.mentorId) ?? { name: '', username: '' };
        await notify(tx, { userId: row.menteeId, type: 'request_expired', data: { requestId: row.id, mentorName: mentor.name, mentorUsername: mentor.username } });
        await settleAnswerPrompts(tx, { mentorId: row.mentorId, requestId: row.id, now });
        await notify(tx, {
          userId: row.mentorId,
          type: 'incoming_request_expired',
          data: { requestId: row.id, menteeName: mentee.name, menteeUsername: mentee.username },
        });
      }
      return rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

/**
 * Reminds the mentor, once, of each request pending `reminderDays`, saying when it will expire.
 * Batched and safe on several instances at once like expireOverdueRequests.
 */
export async function remindPendingRequests(deps: DeadlineDeps, now: Date): Promise<number> {
  const createdBefore = new Date(now.getTime() - deps.requests.reminderDays * DAY_MS);
  let total = 0;
  for (;;) {
    const count = await deps.db.transaction(async (tx) => {
      const rows = await markDueReminders(tx, { createdBefore, now, limit: BATCH });
      const names = await findMemberNames(tx, rows.map((row) => row.menteeId));
      for (const row of rows) {
        const mentee = names.get(row.menteeId) ?? { name: '', username: '' };
        await notify(tx, {
          userId: row.mentorId,
          type: 'request_reminder',
          data: {
            requestId: row.id,
            menteeName: mentee.name,
            menteeUsername: mentee.username,
            expiresAt: expiresAt(row.createdAt, deps.requests.expiryDays).toISOString(),
          },
        });
      }
      return rows.length;
    });
    total += count;
    if (count < BATCH) return total;
  }
}

/**
 * What the periodic job does: expiry first, so a request overdue for both (the job was down) is
 * expired and never reminded afterwards.
 */
export async function applyRequestDeadlines(deps: DeadlineDeps, now: Date = new Date()): Promise<ExpiryResult> {
  const expired = await expireOverdueRequests(deps, now);
  const reminded = await remindPendingRequests(deps, now);
  return { reminded, expired };
}
