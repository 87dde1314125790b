import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../contract/errors';
import { ping } from '../../db/client';
import { isMigrated } from '../../db/migrate';
import { AppError } from '../../lib/errors';

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
      try {
        await ping(database.db);
      } catch (error) {
        request.log.warn({ err: error }, 'database not reachable');
        throw new AppError(503, 'service_unavailable', 'The database is not reachable.');
      }
      if (!(await isMigrated(database.db).catch(() => false))) {
        throw new AppError(503, 'service_unavailable', 'The database is not fully migrated.');
      }
      return { status: 'ready' as const, database: database.kind };
    },
  );
};
