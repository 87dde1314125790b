// Backs up the embedded database (DATA_DIR) to one file; PostgreSQL uses pg_dump instead.
import { parseArgs } from 'node:util';
import { BackupError, backupDataDir } from '../server/cli/db-backup';
import { DatabaseUnavailableError } from '../server/db/errors';
import { EXIT_FAILURE, EXIT_OK, exitWithUsage } from './lib/cli';
import { POSTGRES_INSTEAD, readDataDirSettings } from './lib/data-dir';

const usage = `Usage: npm run db:backup -- <file>

Writes the embedded database in DATA_DIR (default ./data) to <file>, a gzipped tarball
(e.g. backups/mentor-network-2026-12-07.tar.gz). Stop the server first: the embedded database
allows one process at a time. Restore with npm run db:restore -- <file>.

Exit codes: 0 written, 1 an error (the server still running, no database), 2 wrong arguments.`;

let file: string | undefined;
try {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  if (values.help) {
    console.log(usage);
    process.exit(EXIT_OK);
  }
  if (positionals.length > 1) exitWithUsage(usage, 'Give one file.');
  file = positionals[0];
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
  const bytes = await backupDataDir(dataDir, file);
  console.log(`Backed up ${dataDir} to ${file} (${(bytes / 1_048_576).toFixed(1)} MB).`);
  process.exit(EXIT_OK);
} catch (error) {
  console.error(error instanceof BackupError || error instanceof DatabaseUnavailableError ? error.message : error);
  process.exit(EXIT_FAILURE);
}
