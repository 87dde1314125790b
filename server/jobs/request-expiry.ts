import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Log } from '../lib/log';
import { applyRequestDeadlines } from '../modules/mentoring/request-expiry.service';
import { type PeriodicJob, startPeriodicJob } from './periodic';

/**
 * Runs mentoring's request deadlines (reminders and expiry, decided in
 * modules/mentoring/request-expiry.service.ts) now and then every `intervalMs` (default 10
 * minutes) beside the outbox worker. Safe on every instance at once: see expireOverdueRequests.
 */
export function startRequestExpiry(options: { db: Db; config: Config; log: Log; intervalMs?: number }): PeriodicJob {
  return startPeriodicJob(
    () =>
      applyRequestDeadlines({ db: options.db, requests: options.config.requests })
        .then((result) => {
          if (result.expired || result.reminded) options.log.info(result, 'mentoring requests reminded/expired');
        })
        .catch((error: unknown) => options.log.warn({ err: error }, 'request expiry could not run')),
    options.intervalMs ?? 10 * 60_000,
  );
}
