import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../contract/errors';
import { type Db, ping } from '../../db/client';
import { isMigrated } from '../../db/migrate';
import { errors } from '../../lib/errors';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        summary: 'The process is up',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'The database is reachable and fully migrated',
        response: { 200: z.object({ status: z.literal('ready'), database: z.enum(['pglite', 'postgres']) }), 503: ErrorBodySchema },
      },
    },
    async (request) => {
      const { database } = app.deps;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('The database did not answer in time.'), READY_WITHIN_MS);
      });
      const problem = await Promise.race([databaseProblem(database.db, request.log), late]).finally(() => clearTimeout(timer));
      if (problem) throw errors.service_unavailable(problem);
      return { status: 'ready' as const, database: database.kind };
    },
  );
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
