import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/admin';
import { route } from '../../lib/route';
import { requireUser } from '../accounts/session';
import { type AdminDeps, changeMember, findMembers, getMemberDetail } from './admin.service';
import { exportAuditLogCsv, getAuditLog } from './audit-log.service';
import { exportAdminStatsCsv, getAdminStats } from './stats.service';
import { approveGraduation, getMyGraduationRequest, listGraduationRequestsFor, rejectGraduation, requestGraduation } from './graduation.service';

/** The alumni office's console (admins only, asked of admin.policy.ts by every service) and "I have graduated". */
export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: AdminDeps = { db: app.deps.database.db };

  route(app, endpoints.searchMembers, {
    config: { session: 'member' },
    handler: async (request) => findMembers(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.getMemberForAdmin, {
    config: { session: 'member' },
    handler: async (request) => getMemberDetail(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.updateMemberAsAdmin, {
    config: { session: 'member', limit: 'admin_change' },
    handler: async (request) => changeMember(deps, await requireUser(request), request.params.id, request.body),
  });

  route(app, endpoints.listGraduationRequests, {
    config: { session: 'member' },
    handler: async (request) => listGraduationRequestsFor(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.approveGraduation, {
    config: { session: 'member', limit: 'admin_change' },
    handler: async (request) => approveGraduation(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.rejectGraduation, {
    config: { session: 'member', limit: 'admin_change' },
    handler: async (request) => rejectGraduation(deps, await requireUser(request), request.params.id, request.body.reason),
  });

  route(app, endpoints.getAuditLog, {
    config: { session: 'member' },
    handler: async (request) => getAuditLog(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.exportAuditLog, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      const csv = await exportAuditLogCsv(deps, await requireUser(request), request.query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-log-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  });

  route(app, endpoints.getAdminStats, {
    config: { session: 'member' },
    handler: async (request) => getAdminStats(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.exportAdminStats, {
    config: { session: 'member' },
    handler: async (request, reply) => {
      const { csv, from, to } = await exportAdminStatsCsv(deps, await requireUser(request), request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="requests-per-week-${from}-${to}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    },
  });

  route(app, endpoints.requestGraduation, {
    config: { session: 'member', limit: 'create' },
    handler: async (request, reply) => reply.status(201).send(await requestGraduation(deps, await requireUser(request), request.body)),
  });

  route(app, endpoints.getMyGraduationRequest, {
    config: { session: 'member' },
    handler: async (request) => getMyGraduationRequest(deps, await requireUser(request)),
  });
};
