import { endpoint } from '../endpoint';
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
} from '../mentoring';
import { IdParams, UsernameParams } from './params';

/** Mentoring requests, mentorships and the dashboard (docs/product.md, rules 13–16, 19 and 22). */

export const sendRequest = endpoint({
  method: 'POST',
  path: '/api/requests',
  tags: ['requests'],
  summary: '"Send mentoring request" from a mentor\'s profile, with the motivation (why this mentor)',
  description: 'A mentee has at most 5 requests pending at once. `not_found` when no member has that user name.',
  body: SendRequestSchema,
  responses: { 201: MentoringRequestSchema },
  errors: [
    'not_found',
    'cannot_request_self',
    'mentor_inactive',
    'mentor_paused',
    'cannot_request_mentor',
    'mentor_full',
    'already_requested',
    'already_mentoring',
    'too_many_pending_requests',
  ],
});

export const listRequests = endpoint({
  method: 'GET',
  path: '/api/requests',
  tags: ['requests'],
  summary: 'My requests, newest first: incoming (I am the mentor) and/or outgoing, by status or with one member',
  query: ListRequestsQuerySchema,
  responses: { 200: RequestListSchema },
  errors: [],
});

export const getRequest = endpoint({
  method: 'GET',
  path: '/api/requests/:id',
  tags: ['requests'],
  summary: 'One request with the mentee\'s profile summary and motivation (its mentor and mentee only)',
  params: IdParams,
  responses: { 200: MentoringRequestSchema },
  errors: ['not_found'],
});

export const acceptRequest = endpoint({
  method: 'POST',
  path: '/api/requests/:id/accept',
  tags: ['requests'],
  summary: 'Accept (the mentor): starts a mentorship; answers the places left so the UI can offer to pause when full',
  description:
    '`mentor_full` carries `maxMentees` and `activeMentees` in its details; `request_expired` once its `expiresAt` has passed; ' +
    '`not_your_request` for the mentee.',
  params: IdParams,
  body: AcceptRequestSchema.nullish(),
  responses: { 200: AcceptResultSchema },
  errors: ['not_found', 'not_your_request', 'request_not_pending', 'request_expired', 'mentor_inactive', 'mentor_full', 'already_mentoring'],
});

export const declineRequest = endpoint({
  method: 'POST',
  path: '/api/requests/:id/decline',
  tags: ['requests'],
  summary: 'Decline (the mentor), with a response text and an optional reason',
  description: '`request_expired` once its `expiresAt` has passed; `not_your_request` for the mentee.',
  params: IdParams,
  body: DeclineRequestSchema.nullish(),
  responses: { 200: MentoringRequestSchema },
  errors: ['not_found', 'not_your_request', 'request_not_pending', 'request_expired'],
});

export const retractRequest = endpoint({
  method: 'POST',
  path: '/api/requests/:id/retract',
  tags: ['requests'],
  summary: '"Mentoring request pending (retract)" (the mentee): withdrawn at once, the mentor is told',
  description: '`not_your_request` for the mentor.',
  params: IdParams,
  responses: { 200: MentoringRequestSchema },
  errors: ['not_found', 'not_your_request', 'request_not_pending'],
});

export const listMentorships = endpoint({
  method: 'GET',
  path: '/api/mentorships',
  tags: ['mentorships'],
  summary: 'My mentorships, active first; `role=mentor` is the Mentor History (current and past mentees, with dates)',
  query: ListMentorshipsQuerySchema,
  responses: { 200: MentorshipListSchema },
  errors: [],
});

export const endMentorship = endpoint({
  method: 'POST',
  path: '/api/mentorships/:id/end',
  tags: ['mentorships'],
  summary: 'End a mentorship (either side), with an optional reason and short feedback; the place frees up at once',
  description: '`mentorship_not_active` when it has ended already.',
  params: IdParams,
  body: EndMentorshipSchema.nullish(),
  responses: { 200: MentorshipSchema },
  errors: ['not_found', 'mentorship_not_active'],
});

export const getMentoringRelation = endpoint({
  method: 'GET',
  path: '/api/members/:username/mentoring',
  tags: ['members'],
  summary: 'Between me and this member: my pending request (to retract), our active mentorship, and whether I can send a request',
  params: UsernameParams,
  responses: { 200: MentoringRelationSchema },
  errors: ['not_found'],
});

export const getDashboard = endpoint({
  method: 'GET',
  path: '/api/dashboard',
  tags: ['me'],
  summary: 'The dashboard: open requests both ways, active mentorships, unread counts, suggested mentors',
  responses: { 200: DashboardSchema },
  errors: [],
});
