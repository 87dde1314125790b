import { buildApp } from './app';
import type { Config } from './config';
import type { Database } from './db/client';
import { migrateDatabase } from './db/migrate';
import { createOutboxWorker } from './jobs/outbox-worker';
import type { PeriodicJob } from './jobs/periodic';
import { startRequestExpiry } from './jobs/request-expiry';
import { startRetention } from './jobs/retention';
import type { StartingServer } from './lib/starting-server';
import { seedDemoDataOnStartup } from './seed/demo-community';

/**
 * The part of starting that needs the database open (server.ts loads this module while it opens):
 * migrations, the app on the server that is already listening, demo data, the jobs; and shutdown.
 */
export async function serve({
  config,
  database,
  starting,
  timings,
}: {
  config: Config;
  database: Database;
  starting: StartingServer;
  /** From server.ts: when the database was open and the modules loaded, in ms after it listened. */
  timings: { databaseMs: number; modulesMs: number };
}): Promise<void> {
  let closing = false;
  const started = performance.now();
  const steps: Record<string, number> = {};
  const step = (name: string) => (steps[name] = Math.round(performance.now() - started));
  await migrateDatabase(database);
  step('migratedMs');
  const app = await buildApp({ config, database, serverFactory: (handler) => starting.serverFactory(handler) });
  step('appBuiltMs');
  for (const warning of config.warnings) app.log.warn(warning);
  await seedDemoDataOnStartup(database.db, config, app.log);
  step('demoDataMs');

  const { metrics } = app.deps;
  const worker = createOutboxWorker({ config, database, log: app.log, onBatch: (result) => metrics.recordOutboxBatch(result) });
  const jobs: PeriodicJob[] = [];
  const { server } = starting;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000).unref();
    // No new connections; the app's preClose ends the event streams. The server is ours, not
    // Fastify's (it never listened), so it is closed here, after the app has stopped routing.
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    await worker.stop();
    for (const job of jobs) await job.stop();
    await app.close();
    server.closeIdleConnections();
    await stopped;
    await database.close();
    clearTimeout(timer);
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.ready();
  starting.open();
  step('readyMs');
  // How long each part of starting took: the database and the modules side by side, then the rest in turn.
  app.log.info({ startup: { ...timings, ...steps, uptimeMs: Math.round(performance.now()) } }, `${config.institution.name} is running at ${config.publicUrl} (database: ${database.kind})`);
  if (config.runWorker) {
    await worker.start();
    jobs.push(startRequestExpiry({ db: database.db, config, log: app.log }));
  }
  // Every web process prunes, whatever RUN_WORKER says, so each one's metrics show the job.
  jobs.push(startRetention({ db: database.db, config, log: app.log, metrics }));
}
