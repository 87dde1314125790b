import * as nodeModule from 'node:module';
import { ConfigError, loadConfig } from './config';
import type { Database } from './db/client';
import { DatabaseUnavailableError } from './db/errors';
import { createStartingServer } from './lib/starting-server';

/**
 * Starts the web server: config, then listen at once (ADR 0030: /healthz answers, /readyz says 503,
 * other requests wait), while the database opens and the app's modules load side by side; then
 * migrations, the app on the same socket, and the jobs. Stops cleanly on a signal.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  // V8 keeps the compiled code of the modules loaded from here on (in the system's temporary folder,
  // or NODE_COMPILE_CACHE), so a later start does not parse the app's 3 MB bundle again (ADR 0030).
  // Where that folder is not writable, starting just compiles as before; so does Node 20, which
  // lacks it (a named import would stop the bundle loading there: no start at all).
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const starting = createStartingServer();
  await starting.listen(config.port, config.host);
  // The database first, then the app's modules while PGlite compiles its WebAssembly in the
  // background and starts (or the pool connects): started the other way round, the bundle's
  // compiling kept PGlite from reading its files, and its compile ran after, with the main thread idle.
  const timings = { databaseMs: 0, modulesMs: 0 };
  const since = (start: number) => Math.round(performance.now() - start);
  const begun = performance.now();
  const client = import('./db/client');
  const opening = client.then(({ openDatabase }) => openDatabase(config.database)).finally(() => (timings.databaseMs = since(begun)));
  const loading = client.then(() => import('./serve')).finally(() => (timings.modulesMs = since(begun)));
  let database: Database | undefined;
  try {
    const [opened, { serve }] = await Promise.all([opening, loading]);
    database = opened;
    await serve({ config, database, starting, timings });
  } catch (error) {
    starting.fail();
    // Opened while the modules failed to load, or the other way round.
    await (database ?? (await opening.catch(() => undefined)))?.close().catch(() => {});
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
