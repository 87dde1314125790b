import { ConfigError, loadConfig, type Config } from '../../server/config';
import { type Database, openDatabase } from '../../server/db/client';
import { DatabaseUnavailableError } from '../../server/db/errors';
import { migrateDatabase } from '../../server/db/migrate';

/** Exit codes shared by the command-line scripts: 2 is the usual code for a usage mistake. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Prints what went wrong and how to call the script, then exits with EXIT_USAGE. */
export function exitWithUsage(usage: string, problem: string): never {
  console.error(`${problem}\n\n${usage}`);
  process.exit(EXIT_USAGE);
}

/**
 * Runs a script against the configured database (DATABASE_URL, else the PGlite DATA_DIR), migrated
 * first, and closes it afterwards, then exits with the code `fn` returns. Configuration and
 * connection problems become one readable line instead of a stack trace.
 */
export async function runWithDatabase(fn: (context: { config: Config; database: Database }) => Promise<number>): Promise<never> {
  let database: Database | undefined;
  let code = EXIT_FAILURE;
  try {
    const config = loadConfig();
    database = await openDatabase(config.database);
    await migrateDatabase(database);
    code = await fn({ config, database });
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof DatabaseUnavailableError ? error.message : error);
  } finally {
    await database?.close().catch(() => {});
  }
  process.exit(code);
}
