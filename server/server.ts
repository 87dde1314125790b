import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { DatabaseUnavailableError } from './db/errors';
import { migrateDatabase } from './db/migrate';
import { createOutboxWorker } from './jobs/outbox-worker';
import type { PeriodicJob } from './jobs/periodic';
import { startRequestExpiry } from './jobs/request-expiry';
import { startRetention } from './jobs/retention';
import { seedDemoDataOnStartup } from './seed/demo-community';

/** Starts the web server: config, database, migrations, then listen; stops cleanly on a signal. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  let closing = false;
  try {
    await migrateDatabase(database);
    const app = await buildApp({ config, database });
    for (const warning of config.warnings) app.log.warn(warning);
    await seedDemoDataOnStartup(database.db, config, app.log);

    const { metrics } = app.deps;
    const worker = createOutboxWorker({ config, database, log: app.log, onBatch: (result) => metrics.recordOutboxBatch(result) });
    const jobs: PeriodicJob[] = [];
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      const timer = setTimeout(() => process.exit(1), 10_000).unref();
      await worker.stop();
      for (const job of jobs) await job.stop();
      await app.close();
      await database.close();
      clearTimeout(timer);
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    process.once('SIGINT', () => void shutdown('SIGINT'));

    await app.listen({ port: config.port, host: config.host });
    app.log.info(`${config.institution.name} is running at ${config.publicUrl} (database: ${database.kind})`);
    if (config.runWorker) {
      await worker.start();
      jobs.push(startRequestExpiry({ db: database.db, config, log: app.log }));
    }
    // Every web process prunes, whatever RUN_WORKER says, so each one's metrics show the job.
    jobs.push(startRetention({ db: database.db, config, log: app.log, metrics }));
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(error.message);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`Port already in use: ${error.message}. Set PORT to a free port.`);
  } else {
    console.error('Failed to start:', error);
  }
  process.exit(1);
});
