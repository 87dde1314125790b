import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/site';
import { type Db, ping } from '../../db/client';
import { isMigrated } from '../../db/migrate';
import { errors } from '../../lib/errors';
import { route } from '../../lib/route';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  route(app, endpoints.health, { handler: async () => ({ status: 'ok' as const }) });

  route(app, endpoints.readiness, {
    handler: async (request) => {
      const { database } = app.deps;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('The database did not answer in time.'), READY_WITHIN_MS);
      });
      const problem = await Promise.race([databaseProblem(database.db, request.log), late]).finally(() => clearTimeout(timer));
      if (problem) throw errors.service_unavailable(problem);
      return { status: 'ready' as const, database: database.kind };
    },
  });
};

/**
 * /readyz answers within a second either way: a load balancer's probe must learn that an
 * instance cannot serve, not wait on a database that does not answer (the statement itself
 * runs on until the database's own timeouts end it).
 */
const READY_WITHIN_MS = 800;

async function databaseProblem(db: Db, log: FastifyBaseLogger): Promise<string | null> {
  try {
    await ping(db);
  } catch (error) {
    log.warn({ err: error }, 'database not reachable');
    return 'The database is not reachable.';
  }
  if (!(await isMigrated(db).catch(() => false))) return 'The database is not fully migrated.';
  return null;
}
