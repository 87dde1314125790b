import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Log } from '../lib/log';
import { type RetentionResult, pruneOldData } from '../modules/retention/retention.service';
import { type PeriodicJob, startPeriodicJob } from './periodic';

/**
 * Runs the retention job now and then every `intervalMs` (default an hour). It runs in every web
 * process whatever RUN_WORKER says, so its last run shows in the /metrics of each instance; runs
 * on several instances at once only share the deleting (see pruneOldData).
 */
export function startRetention(options: {
  db: Db;
  config: Config;
  log: Log;
  /** Where each run's outcome goes (the process's metrics: server.ts passes them in). */
  metrics?: { recordRetention(result: RetentionResult, at: Date): void; recordRetentionFailure(): void };
  intervalMs?: number;
}): PeriodicJob {
  return startPeriodicJob(
    () =>
      pruneOldData(options.db, options.config)
        .then((result) => {
          options.metrics?.recordRetention(result, new Date());
          if (Object.values(result).some(Boolean)) options.log.info(result, 'retention: old rows pruned');
        })
        .catch((error: unknown) => {
          options.metrics?.recordRetentionFailure();
          options.log.warn({ err: error }, 'retention job could not run');
        }),
    options.intervalMs ?? 60 * 60_000,
  );
}
