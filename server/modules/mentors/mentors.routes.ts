import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../contract/errors';
import { rawLineText } from '../../../contract/text';
import { memberCheckInParallel, requireUser } from '../accounts/session';
import { countMentorFacets, searchMentors, suggestMentors } from './mentor-search.service';
import {
  CreateExpertiseTagSchema,
  ExpertiseTagsSchema,
  InterestsSchema,
  MentorFacetsResultSchema,
  MentorSearchQuerySchema,
  MentorSearchResultSchema,
  MentorTabSchema,
  OwnMentorProfileSchema,
  PublicMentorProfileSchema,
  SuggestedMentorsQuerySchema,
  SuggestedMentorsSchema,
  UpdateMentorProfileSchema,
} from '../../../contract/mentors';
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

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };
const ownProfile = { 200: OwnMentorProfileSchema, ...errors };

/** Mentor profiles (the Mentor tab), search (the Search tab), suggestions and the expertise list. */
export const mentorRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps: MentorDeps = { db: app.deps.database.db };

  app.get(
    '/api/me/mentor-profile',
    {
      config: { session: 'member' },
      schema: {
        tags: ['mentor profile'],
        summary: 'The Mentor tab: whether I can mentor (alumni only), and my mentor profile once activated',
        response: { 200: MentorTabSchema, ...errors },
      },
    },
    async (request) => getMentorTab(deps, await requireUser(request)),
  );

  app.post(
    '/api/me/mentor-profile/activate',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['mentor profile'],
        summary: '"Activate Mentor Profile" (alumni only: 403 not_an_alumnus); 201 when created, 200 when it already existed',
        response: { 201: OwnMentorProfileSchema, ...ownProfile },
      },
    },
    async (request, reply) => {
      const { profile, created } = await activateMentorProfile(deps, await requireUser(request));
      return reply.status(created ? 201 : 200).send(profile);
    },
  );

  app.put(
    '/api/me/mentor-profile',
    {
      config: { session: 'member' },
      schema: {
        tags: ['mentor profile'],
        summary: 'Fill in my mentor profile, including the maximum number of mentees (1–5); fields left out keep their value',
        description: '404 mentor_profile_missing before activation; 403 not_an_alumnus for students and staff.',
        body: UpdateMentorProfileSchema,
        response: ownProfile,
      },
    },
    async (request) => updateMentorProfile(deps, await requireUser(request), request.body),
  );

  app.post(
    '/api/me/mentor-profile/pause',
    {
      config: { session: 'member' },
      schema: { tags: ['mentor profile'], summary: '"Pause mentoring": no new requests until resumed', response: ownProfile },
    },
    async (request) => pauseMentoring(deps, await requireUser(request)),
  );

  app.post(
    '/api/me/mentor-profile/resume',
    {
      config: { session: 'member' },
      schema: { tags: ['mentor profile'], summary: '"Activate mentoring now": available for new requests again', response: ownProfile },
    },
    async (request) => resumeMentoring(deps, await requireUser(request)),
  );

  app.get(
    '/api/members/:username/mentor-profile',
    {
      config: { session: 'member' },
      schema: {
        tags: ['members'],
        summary: "A member's mentor profile: what a mentee needs to decide (404 when they are not a mentor)",
        params: z.object({ username: rawLineText().max(30) }),
        response: { 200: PublicMentorProfileSchema, ...errors },
      },
    },
    async (request) => getPublicMentorProfile(deps, await requireUser(request), request.params.username),
  );

  app.get(
    '/api/mentors',
    {
      config: { session: 'signed-cookie' },
      schema: {
        tags: ['search'],
        summary: 'Search mentors: free text and filters, ranked by relevance, a page at a time with the total',
        description:
          'Without `q` available mentors come first, newest first. `expertise` and `language` may repeat (all must match). ' +
          '`available` is true unless `available=false`. The counts per filter value come from `GET /api/mentors/facets`.',
        querystring: MentorSearchQuerySchema,
        response: { 200: MentorSearchResultSchema, ...errors },
      },
    },
    async (request) => searchMentors(deps, memberCheckInParallel(request), request.query),
  );

  app.get(
    '/api/mentors/facets',
    {
      config: { session: 'signed-cookie' },
      schema: {
        tags: ['search'],
        summary: 'Counts per filter value among the results of a search (the same query string as /api/mentors)',
        querystring: MentorSearchQuerySchema,
        response: { 200: MentorFacetsResultSchema, ...errors },
      },
    },
    async (request) => countMentorFacets(deps, memberCheckInParallel(request), request.query),
  );

  app.get(
    '/api/mentors/suggested',
    {
      config: { session: 'member' },
      schema: {
        tags: ['search'],
        summary: 'Mentors suggested for me, each with the reasons (same programme, matching expertise, shared language)',
        querystring: SuggestedMentorsQuerySchema,
        response: { 200: SuggestedMentorsSchema, ...errors },
      },
    },
    async (request) => suggestMentors(deps, await requireUser(request), request.query.limit),
  );

  app.get(
    '/api/me/interests',
    { config: { session: 'member' }, schema: { tags: ['me'], summary: 'What I would like help with (drives suggested mentors)', response: { 200: InterestsSchema, ...errors } } },
    async (request) => getInterests(await requireUser(request)),
  );

  app.put(
    '/api/me/interests',
    {
      config: { session: 'member' },
      schema: { tags: ['me'], summary: 'Replace my interests (up to 10 tags)', body: InterestsSchema, response: { 200: InterestsSchema, ...errors } },
    },
    async (request) => updateInterests(deps, await requireUser(request), request.body),
  );

  app.get(
    '/api/expertise-tags',
    { config: { session: 'member' }, schema: { tags: ['mentor profile'], summary: 'The curated expertise list (suggestions for tags)', response: { 200: ExpertiseTagsSchema, ...errors } } },
    async (request) => {
      await requireUser(request);
      return getExpertiseTags(deps);
    },
  );

  app.post(
    '/api/admin/expertise-tags',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['admin'],
        summary: 'Add an expertise to the curated list (admins; 409 conflict when it is there already)',
        body: CreateExpertiseTagSchema,
        response: { 201: ExpertiseTagsSchema, ...errors, 409: ErrorBodySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await addExpertiseTag(deps, await requireUser(request), request.body.name)),
  );
};
