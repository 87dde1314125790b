import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as inbox from '../../../contract/endpoints/inbox';
import * as endpoints from '../../../contract/endpoints/moderation';
import { route } from '../../lib/route';
import { requireUser } from '../accounts/session';
import { type ModerationDeps, listReportQueue, reportMessage, reportRequest, resolveReport } from './moderation.service';

/** Reporting to the alumni office, and its moderation queue. */
export const moderationRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: ModerationDeps = { db: app.deps.database.db };

  route(app, inbox.reportMessage, {
    config: { session: 'member', limit: 'report' },
    handler: async (request, reply) => reply.status(201).send(await reportMessage(deps, await requireUser(request), request.params.id, request.body)),
  });

  route(app, inbox.reportRequest, {
    config: { session: 'member', limit: 'report' },
    handler: async (request, reply) => reply.status(201).send(await reportRequest(deps, await requireUser(request), request.params.id, request.body)),
  });

  route(app, endpoints.listReports, {
    config: { session: 'member' },
    handler: async (request) => listReportQueue(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.resolveReport, {
    config: { session: 'member' },
    handler: async (request) => resolveReport(deps, await requireUser(request), request.params.id, request.body),
  });
};
