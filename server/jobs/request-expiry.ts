import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Log } from '../lib/log';
import { expiresAt } from '../modules/mentoring/mentoring.views';
import { expireDueRequests, findNames, markDueReminders } from '../modules/mentoring/requests.repo';
import { notify } from './outbox';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 100;

export interface ExpiryResult {
  reminded: number;
  expired: number;
}

/**
 * Reminds mentors of requests pending `reminderDays`, and expires those pending `expiryDays`,
 * telling both sides. Each batch is one statement that flips the rows (skipping rows another
 * runner holds) plus its notifications, in one transaction: several instances running this at
 * once remind and expire every request exactly once. `now` is explicit so tests need no sleeping.
 */
export async function runRequestExpiry(db: Db, settings: Config['requests'], now: Date = new Date()): Promise<ExpiryResult> {
  const result: ExpiryResult = { reminded: 0, expired: 0 };
  const expireBefore = new Date(now.getTime() - settings.expiryDays * DAY_MS);
  const remindBefore = new Date(now.getTime() - settings.reminderDays * DAY_MS);

  for (;;) {
    const count = await db.transaction(async (tx) => {
      const rows = await expireDueRequests(tx, { createdBefore: expireBefore, now, limit: BATCH });
      const names = await findNames(tx, rows.flatMap((row) => [row.menteeId, row.mentorId]));
      for (const row of rows) {
        const mentee = names.get(row.menteeId) ?? { name: '', username: '' };
        const mentor = names.get(row.mentorId) ?? { name: '', username: '' };
        await notify(tx, { userId: row.menteeId, type: 'request_expired', data: { requestId: row.id, mentorName: mentor.name, mentorUsername: mentor.username } });
        await notify(tx, {
          userId: row.mentorId,
          type: 'incoming_request_expired',
          data: { requestId: row.id, menteeName: mentee.name, menteeUsername: mentee.username },
        });
      }
      return rows.length;
    });
    result.expired += count;
    if (count < BATCH) break;
  }

  for (;;) {
    const count = await db.transaction(async (tx) => {
      const rows = await markDueReminders(tx, { createdBefore: remindBefore, now, limit: BATCH });
      const names = await findNames(tx, rows.map((row) => row.menteeId));
      for (const row of rows) {
        const mentee = names.get(row.menteeId) ?? { name: '', username: '' };
        await notify(tx, {
          userId: row.mentorId,
          type: 'request_reminder',
          data: {
            requestId: row.id,
            menteeName: mentee.name,
            menteeUsername: mentee.username,
            expiresAt: expiresAt(row.createdAt, settings.expiryDays).toISOString(),
          },
        });
      }
      return rows.length;
    });
    result.reminded += count;
    if (count < BATCH) break;
  }
  return result;
}

export interface PeriodicJob {
  stop(): Promise<void>;
}

/**
 * Runs the expiry job now and then every `intervalMs` (default 10 minutes) beside the outbox
 * worker. Safe on every instance at once: see runRequestExpiry.
 */
export function startRequestExpiry(options: { db: Db; config: Config; log: Log; intervalMs?: number }): PeriodicJob {
  const intervalMs = options.intervalMs ?? 10 * 60_000;
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = runRequestExpiry(options.db, options.config.requests)
      .then((result) => {
        if (result.expired || result.reminded) options.log.info(result, 'mentoring requests reminded/expired');
      })
      .catch((error: unknown) => options.log.warn({ err: error }, 'request expiry could not run'))
      .finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
