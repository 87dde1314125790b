// The outbox worker as its own process (`npm run worker`), for setups that run the web process
// with RUN_WORKER=false and one or more workers beside it (on PostgreSQL).
import pino from 'pino';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { DatabaseUnavailableError } from './db/errors';
import { migrateDatabase } from './db/migrate';
import { createOutboxWorker } from './jobs/outbox-worker';
import { prettyTransport, serializeError } from './lib/log-options';
import type { PeriodicJob } from './jobs/periodic';
import { startRequestExpiry } from './jobs/request-expiry';

/** Runs the outbox worker until SIGTERM/SIGINT, then finishes the batch in flight and exits. */
async function main(): Promise<void> {
  const config = loadConfig();
  // The web process's error serializer: a failed query's values stay out of the log.
  const transport = config.logFormat === 'pretty' ? prettyTransport() : undefined;
  const log = pino({ level: config.logLevel, name: 'worker', serializers: { err: serializeError }, ...(transport ? { transport } : {}) });
  if (config.database.kind === 'pglite') {
    log.warn(
      'The embedded database serves one process: the worker normally runs inside the web process (RUN_WORKER=true). ' +
        'Use PostgreSQL (DATABASE_URL) to run it separately.',
    );
  }
  const database = await openDatabase(config.database).catch((error: unknown) => {
    if (error instanceof DatabaseUnavailableError && config.database.kind === 'pglite') {
      throw new DatabaseUnavailableError(
        'The embedded database is in use (by the web process, which already runs the outbox worker); a separate worker needs PostgreSQL (DATABASE_URL).',
      );
    }
    throw error;
  });
  await migrateDatabase(database);
  const worker = createOutboxWorker({ config, database, log });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'worker stopping after the batch in flight');
    const timer = setTimeout(() => process.exit(1), 30_000).unref();
    await worker.stop();
    await expiry.stop();
    await database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await worker.start();
  const expiry: PeriodicJob = startRequestExpiry({ db: database.db, config, log });
  log.info(`outbox worker running (database: ${database.kind}, mail: ${config.mail.smtpUrl ? 'SMTP' : 'dev mailbox only'})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(error.message);
  } else {
    console.error('The worker failed to start:', error);
  }
  process.exit(1);
});
