import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBodySchema } from '../../../contract/errors';
import { rawLineText } from '../../../contract/text';
import {
  AcceptRequestSchema,
  AcceptResultSchema,
  DashboardSchema,
  DeclineRequestSchema,
  EndMentorshipSchema,
  ListMentorshipsQuerySchema,
  ListRequestsQuerySchema,
  MentoringRelationSchema,
  MentoringRequestSchema,
  MentorshipListSchema,
  MentorshipSchema,
  RequestListSchema,
  SendRequestSchema,
} from '../../../contract/mentoring';
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

const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema };
const changes = { ...errors, 409: ErrorBodySchema };
const idParams = z.object({ id: z.uuid() });

/** Mentoring requests, mentorships and the dashboard (docs/product.md, rules 13–16, 19 and 22). */
export const mentoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const deps: MentoringDeps = { db: database.db, requests: config.requests };

  app.post(
    '/api/requests',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['requests'],
        summary: '"Send mentoring request" from a mentor\'s profile, with the motivation (why this mentor)',
        description:
          '409: cannot_request_self, mentor_inactive, mentor_paused, mentor_full, already_requested, already_mentoring, ' +
          'too_many_pending_requests (at most 5 pending). 404 when no member has that user name.',
        body: SendRequestSchema,
        response: { 201: MentoringRequestSchema, ...changes },
      },
    },
    async (request, reply) => reply.status(201).send(await sendMentoringRequest(deps, await requireUser(request), request.body)),
  );

  app.get(
    '/api/requests',
    {
      config: { session: 'member' },
      schema: {
        tags: ['requests'],
        summary: 'My requests, newest first: incoming (I am the mentor) and/or outgoing, by status or with one member',
        querystring: ListRequestsQuerySchema,
        response: { 200: RequestListSchema, ...errors },
      },
    },
    async (request) => listRequestsFor(deps, await requireUser(request), request.query),
  );

  app.get(
    '/api/requests/:id',
    {
      config: { session: 'member' },
      schema: {
        tags: ['requests'],
        summary: 'One request with the mentee\'s profile summary and motivation (its mentor and mentee only)',
        params: idParams,
        response: { 200: MentoringRequestSchema, ...errors },
      },
    },
    async (request) => getRequest(deps, await requireUser(request), request.params.id),
  );

  app.post(
    '/api/requests/:id/accept',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['requests'],
        summary: 'Accept (the mentor): starts a mentorship; answers the places left so the UI can offer to pause when full',
        description: '409 mentor_full (details: maxMentees, activeMentees), request_not_pending, request_expired (its expiresAt has passed); 403 not_your_request for the mentee.',
        params: idParams,
        body: AcceptRequestSchema.nullish(),
        response: { 200: AcceptResultSchema, ...changes },
      },
    },
    async (request) => acceptRequest(deps, await requireUser(request), request.params.id, request.body ?? {}),
  );

  app.post(
    '/api/requests/:id/decline',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['requests'],
        summary: 'Decline (the mentor), with a response text and an optional reason',
        description: '409 request_not_pending, request_expired (its expiresAt has passed); 403 not_your_request for the mentee.',
        params: idParams,
        body: DeclineRequestSchema.nullish(),
        response: { 200: MentoringRequestSchema, ...changes },
      },
    },
    async (request) => declineRequest(deps, await requireUser(request), request.params.id, request.body ?? {}),
  );

  app.post(
    '/api/requests/:id/retract',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['requests'],
        summary: '"Mentoring request pending (retract)" (the mentee): withdrawn at once, the mentor is told',
        description: '409 request_not_pending; 403 not_your_request for the mentor.',
        params: idParams,
        response: { 200: MentoringRequestSchema, ...changes },
      },
    },
    async (request) => retractRequest(deps, await requireUser(request), request.params.id),
  );

  app.get(
    '/api/mentorships',
    {
      config: { session: 'member' },
      schema: {
        tags: ['mentorships'],
        summary: 'My mentorships, active first; `role=mentor` is the Mentor History (current and past mentees, with dates)',
        querystring: ListMentorshipsQuerySchema,
        response: { 200: MentorshipListSchema, ...errors },
      },
    },
    async (request) => listMentorshipsFor(deps, await requireUser(request), request.query),
  );

  app.post(
    '/api/mentorships/:id/end',
    {
      config: { session: 'member', limit: 'create' },
      schema: {
        tags: ['mentorships'],
        summary: 'End a mentorship (either side), with an optional reason and short feedback; the place frees up at once',
        description: '409 mentorship_not_active when it has ended already.',
        params: idParams,
        body: EndMentorshipSchema.nullish(),
        response: { 200: MentorshipSchema, ...changes },
      },
    },
    async (request) => endMentorship(deps, await requireUser(request), request.params.id, request.body ?? {}),
  );

  app.get(
    '/api/members/:username/mentoring',
    {
      config: { session: 'member' },
      schema: {
        tags: ['members'],
        summary: 'Between me and this member: my pending request (to retract), our active mentorship, and whether I can send a request',
        params: z.object({ username: rawLineText().max(30) }),
        response: { 200: MentoringRelationSchema, ...errors },
      },
    },
    async (request) => getMentoringRelation(deps, await requireUser(request), request.params.username),
  );

  app.get(
    '/api/dashboard',
    {
      config: { session: 'member' },
      schema: {
        tags: ['me'],
        summary: 'The dashboard: open requests both ways, active mentorships, unread counts, suggested mentors',
        response: { 200: DashboardSchema, ...errors },
      },
    },
    async (request) => getDashboard(deps, await requireUser(request)),
  );
};
