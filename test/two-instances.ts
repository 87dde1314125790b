import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../server/app';
import type { Database } from '../server/db/client';
import type { TestApp } from './app';
import { testConfig } from './app';
import { createPostgresDatabase, openPostgresDatabase } from './postgres';

export interface TwoInstances {
  /** The first instance, as a TestApp for the factories (not listening). */
  first: TestApp;
  /** The second instance, on a pool of its own, listening on `port`. */
  other: FastifyInstance;
  port: number;
}

/**
 * Two app instances on one PostgreSQL database of the test's own, each with a pool of its own, as
 * two servers behind a load balancer would be. Call it in a `describe.runIf(postgresTemplate)`.
 */
export function useTwoInstances(): TwoInstances {
  const instances = {} as TwoInstances;
  let database: (Database & { url: string }) | undefined;
  let second: Database | undefined;
  beforeAll(async () => {
    database = await createPostgresDatabase(inject('postgresTemplate')!);
    second = await openPostgresDatabase(database.url);
    const config = testConfig();
    const first = await buildApp({ config, database, webDist: false, logger: false });
    instances.first = { app: first, database, config, close: async () => {} };
    instances.other = await buildApp({ config, database: second, webDist: false, logger: false });
    await instances.other.listen({ port: 0, host: '127.0.0.1' });
    instances.port = (instances.other.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await instances.first?.app.close();
    await instances.other?.close();
    await second?.close();
    await database?.close();
  });
  return instances;
}
