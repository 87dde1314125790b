import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as endpoints from '../../../contract/endpoints/mentors';
import { route } from '../../lib/route';
import { memberCheckInParallel, requireUser } from '../accounts/session';
import { countMentorFacets, searchMentors, suggestMentors } from './mentor-search.service';
import {
  type MentorDeps,
  activateMentorProfile,
  addExpertiseTag,
  getExpertiseTags,
  getInterests,
  getMentorTab,
  getPublicMentorProfile,
  pauseMentoring,
  resumeMentoring,
  updateInterests,
  updateMentorProfile,
} from './mentors.service';

/** Mentor profiles (the Mentor tab), search (the Search tab), suggestions and the expertise list. */
export const mentorRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: MentorDeps = { db: app.deps.database.db };

  route(app, endpoints.getMentorTab, {
    config: { session: 'member' },
    handler: async (request) => getMentorTab(deps, await requireUser(request)),
  });

  route(app, endpoints.activateMentorProfile, {
    config: { session: 'member', limit: 'create' },
    handler: async (request, reply) => {
      const { profile, created } = await activateMentorProfile(deps, await requireUser(request));
      return reply.status(created ? 201 : 200).send(profile);
    },
  });

  route(app, endpoints.updateMentorProfile, {
    config: { session: 'member' },
    handler: async (request) => updateMentorProfile(deps, await requireUser(request), request.body),
  });

  route(app, endpoints.pauseMentoring, {
    config: { session: 'member' },
    handler: async (request) => pauseMentoring(deps, await requireUser(request)),
  });

  route(app, endpoints.resumeMentoring, {
    config: { session: 'member' },
    handler: async (request) => resumeMentoring(deps, await requireUser(request)),
  });

  route(app, endpoints.getPublicMentorProfile, {
    config: { session: 'member' },
    handler: async (request) => getPublicMentorProfile(deps, await requireUser(request), request.params.username),
  });

  route(app, endpoints.searchMentors, {
    config: { session: 'signed-cookie' },
    handler: async (request) => searchMentors(deps, memberCheckInParallel(request), request.query),
    exactAnswer: true,
  });

  route(app, endpoints.countMentorFacets, {
    config: { session: 'signed-cookie' },
    handler: async (request) => countMentorFacets(deps, memberCheckInParallel(request), request.query),
    exactAnswer: true,
  });

  route(app, endpoints.suggestMentors, {
    config: { session: 'member' },
    handler: async (request) => suggestMentors(deps, await requireUser(request), request.query.limit),
  });

  route(app, endpoints.getInterests, {
    config: { session: 'member' },
    handler: async (request) => getInterests(await requireUser(request)),
  });

  route(app, endpoints.updateInterests, {
    config: { session: 'member' },
    handler: async (request) => updateInterests(deps, await requireUser(request), request.body),
  });

  route(app, endpoints.getExpertiseTags, {
    config: { session: 'member' },
    handler: async (request) => {
      await requireUser(request);
      return getExpertiseTags(deps);
    },
  });

  route(app, endpoints.addExpertiseTag, {
    config: { session: 'member', limit: 'create' },
    handler: async (request, reply) => reply.status(201).send(await addExpertiseTag(deps, await requireUser(request), request.body.name)),
  });
};
