import path from 'node:path';
import { EnvSchema } from '../../server/config';

/**
 * DATA_DIR and DATABASE_URL only, as the server reads them: backup and restore need nothing else,
 * and must not generate a development secret in a folder about to be restored into.
 */
export function readDataDirSettings(source: NodeJS.ProcessEnv = process.env): { dataDir: string; databaseUrl?: string } {
  const env = EnvSchema.pick({ DATA_DIR: true, DATABASE_URL: true }).parse({
    DATA_DIR: source.DATA_DIR || undefined,
    DATABASE_URL: source.DATABASE_URL || undefined,
  });
  return { dataDir: path.resolve(env.DATA_DIR), databaseUrl: env.DATABASE_URL };
}

/** What to say when DATABASE_URL is set: PostgreSQL has its own tools (README, "Backups"). */
export const POSTGRES_INSTEAD = `DATABASE_URL is set: back up PostgreSQL with its own tools, e.g.
  pg_dump --format=custom --file=mentor-network.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" mentor-network.dump
(see the README, "Backups").`;
