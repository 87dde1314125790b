import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/mentoring';
import { route } from '../../lib/route';
import { requireUser } from '../accounts/session';
import { endMentorship, getDashboard, listMentorshipsFor } from './mentorships.service';
import {
  type MentoringDeps,
  acceptRequest,
  declineRequest,
  getMentoringRelation,
  getRequest,
  listRequestsFor,
  retractRequest,
  sendMentoringRequest,
} from './requests.service';

/** Mentoring requests, mentorships and the dashboard (docs/product.md, rules 13–16, 19 and 22). */
export const mentoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const deps: MentoringDeps = { db: database.db, requests: config.requests };

  route(app, endpoints.sendRequest, {
    config: { session: 'member', limit: 'create' },
    handler: async (request, reply) => reply.status(201).send(await sendMentoringRequest(deps, await requireUser(request), request.body)),
  });

  route(app, endpoints.listRequests, {
    config: { session: 'member' },
    handler: async (request) => listRequestsFor(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.getRequest, {
    config: { session: 'member' },
    handler: async (request) => getRequest(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.acceptRequest, {
    config: { session: 'member', limit: 'create' },
    handler: async (request) => acceptRequest(deps, await requireUser(request), request.params.id, request.body ?? {}),
  });

  route(app, endpoints.declineRequest, {
    config: { session: 'member', limit: 'create' },
    handler: async (request) => declineRequest(deps, await requireUser(request), request.params.id, request.body ?? {}),
  });

  route(app, endpoints.retractRequest, {
    config: { session: 'member', limit: 'create' },
    handler: async (request) => retractRequest(deps, await requireUser(request), request.params.id),
  });

  route(app, endpoints.listMentorships, {
    config: { session: 'member' },
    handler: async (request) => listMentorshipsFor(deps, await requireUser(request), request.query),
  });

  route(app, endpoints.endMentorship, {
    config: { session: 'member', limit: 'create' },
    handler: async (request) => endMentorship(deps, await requireUser(request), request.params.id, request.body ?? {}),
  });

  route(app, endpoints.getMentoringRelation, {
    config: { session: 'member' },
    handler: async (request) => getMentoringRelation(deps, await requireUser(request), request.params.username),
  });

  route(app, endpoints.getDashboard, {
    config: { session: 'member' },
    handler: async (request) => getDashboard(deps, await requireUser(request)),
    exactAnswer: true,
  });
};
