// Restores the embedded database (DATA_DIR) from a file made by db:backup; PostgreSQL uses pg_restore.
import { parseArgs } from 'node:util';
import { BackupError, restoreDataDir } from '../server/cli/db-backup';
import { DatabaseUnavailableError } from '../server/db/errors';
import { EXIT_FAILURE, EXIT_OK, exitWithUsage } from './lib/cli';
import { POSTGRES_INSTEAD, readDataDirSettings } from './lib/data-dir';

const usage = `Usage: npm run db:restore -- <file> [--replace]

Loads a backup made by npm run db:backup into DATA_DIR (default ./data). Stop the server first.
A DATA_DIR that already holds a database is refused; with --replace, that database is moved aside
to DATA_DIR/pglite.replaced-<time> (not deleted) and the backup takes its place. The next start
applies any migrations the backup lacks.

Exit codes: 0 restored, 1 an error (the server still running, a bad file), 2 wrong arguments.`;

let file: string | undefined;
let replace = false;
try {
  const { values, positionals } = parseArgs({
    options: { replace: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(EXIT_OK);
  }
  if (positionals.length > 1) exitWithUsage(usage, 'Give one file.');
  file = positionals[0];
  replace = values.replace ?? false;
} catch (error) {
  exitWithUsage(usage, (error as Error).message);
}
if (!file) exitWithUsage(usage, 'Missing the backup file.');

try {
  const { dataDir, databaseUrl } = readDataDirSettings();
  if (databaseUrl) {
    console.error(POSTGRES_INSTEAD);
    process.exit(EXIT_FAILURE);
  }
  const result = await restoreDataDir(dataDir, file, { replace });
  if (result.replacedFolder) console.log(`The database that was in ${dataDir} is now in ${result.replacedFolder}.`);
  console.log(`Restored ${file} into ${dataDir}.${result.migrated ? '' : ' The next start applies the newer migrations.'}`);
  process.exit(EXIT_OK);
} catch (error) {
  console.error(error instanceof BackupError || error instanceof DatabaseUnavailableError ? error.message : error);
  process.exit(EXIT_FAILURE);
}
