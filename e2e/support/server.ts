import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../../server/app';
import { createOutboxWorker } from '../../server/jobs/outbox-worker';
import type { Database } from '../../server/db/client';
import { webDistFolder } from '../../server/lib/paths';
import { testConfig } from '../../test/app';
import { createTestDatabase } from '../../test/database';

export interface RunningApp {
  url: string;
  /** The app's database, for a story that needs a state no page can make (a session an hour old). */
  database: Database;
  /** Sends the mail waiting in the outbox now (to the development mailbox), instead of on a timer. */
  deliverMail(): Promise<void>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Configuration for the app under test: settings, or a function that makes them once the app's
 * address is known (a stand-in identity provider needs it for its redirect URL).
 */
export type AppConfig = Record<string, string> | ((url: string) => Promise<Record<string, string>>);

/**
 * The real app, built web app included, listening on a random port with a fresh database.
 * PUBLIC_URL is the address the browser uses, so origin checks behave as in production.
 */
export async function startApp(config: AppConfig = {}): Promise<RunningApp> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const overrides = typeof config === 'function' ? await config(url) : config;
  const database = await createTestDatabase();
  const app = await buildApp({
    config: testConfig({ PORT: String(port), PUBLIC_URL: url, ...overrides }),
    database,
    webDist: webDistFolder,
    logger: false,
  });
  await app.listen({ port, host: '127.0.0.1' });
  const worker = createOutboxWorker({ config: app.deps.config, database, log: app.log, listen: false });
  return {
    url,
    database,
    async deliverMail() {
      await worker.runOnce();
    },
    async close() {
      await worker.stop();
      await app.close();
      await database.close();
    },
  };
}

/** Starts the app before the file's tests and stops it after them; `url` is ready inside tests. */
export function useApp(config?: AppConfig): Omit<RunningApp, 'close'> {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startApp(config);
  });
  afterAll(async () => {
    await running?.close();
  });
  const app = () => {
    if (!running) throw new Error('The app is not running: use it inside a test');
    return running;
  };
  return {
    get url() {
      return app().url;
    },
    deliverMail: () => app().deliverMail(),
    get database() {
      return app().database;
    },
  };
}
