import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app';
import { type Config, loadConfig } from '../server/config';
import type { Database } from '../server/db/client';
import { createTestDatabase } from './database';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    AUTH_SECRET: 'test-secret-that-is-long-enough-for-better-auth',
    PUBLIC_URL: 'http://localhost:3000',
    INSTITUTION_NAME: 'Test University Mentor Network',
    SUPPORT_EMAIL: 'mentors@test.example',
    LOG_LEVEL: 'silent',
    RUN_WORKER: 'false',
    RATE_LIMITS: 'false',
    ...overrides,
  });
}

/** The whole app on a database of its own, driven with app.inject(). */
export async function createTestApp(options: { config?: Record<string, string>; webDist?: string } = {}): Promise<TestApp> {
  const config = testConfig(options.config);
  const database = await createTestDatabase();
  const app = await buildApp({ config, database, webDist: options.webDist ?? false });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
