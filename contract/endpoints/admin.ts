import { z } from 'zod';
import {
  AdminMemberDetailSchema,
  AdminMemberListSchema,
  AuditLogQuerySchema,
  AuditLogSchema,
  CreateGraduationRequestSchema,
  GraduationRequestListQuerySchema,
  GraduationRequestListSchema,
  GraduationRequestSchema,
  MemberSearchQuerySchema,
  MyGraduationRequestSchema,
  OwnGraduationRequestSchema,
  RejectGraduationSchema,
  UpdateMemberSchema,
} from '../admin';
import { AdminStatsSchema, StatsQuerySchema } from '../admin-stats';
import { endpoint } from '../endpoint';
import { rawLineText } from '../text';
import { IdParams } from './params';

/**
 * The alumni office's console (admins only: 403 `forbidden` to any other member) and the member's
 * own side of graduation. Every change an admin makes is written to the audit log.
 */

/** A member's id (not a UUID: better-auth makes some). */
export const MemberIdParams = z.object({ id: rawLineText().min(1).max(64) });

export const searchMembers = endpoint({
  method: 'GET',
  path: '/api/admin/users',
  tags: ['admin'],
  summary: 'Find members by name, user name or email, role, admin right and status (20 a page)',
  query: MemberSearchQuerySchema,
  responses: { 200: AdminMemberListSchema },
  errors: ['forbidden'],
});

export const getMemberForAdmin = endpoint({
  method: 'GET',
  path: '/api/admin/users/:id',
  tags: ['admin'],
  summary: "One member: profile, mentor profile, requests, mentorships, graduation requests (never their messages)",
  params: MemberIdParams,
  responses: { 200: AdminMemberDetailSchema },
  errors: ['forbidden', 'not_found'],
});

export const updateMemberAsAdmin = endpoint({
  method: 'PATCH',
  path: '/api/admin/users/:id',
  tags: ['admin'],
  summary: "Change a member's user name, role (with a reason) or admin right, or suspend them or lift it",
  description:
    'User names are unique regardless of case (`username_taken`); the old one no longer finds the member. ' +
    'A member who stops being an alumnus has their mentor profile paused and unlisted (students and staff never mentor). ' +
    'The last admin keeps the admin right (`last_admin`). Suspending signs the member out everywhere, takes their mentor profile out of ' +
    'search and withdraws the requests they sent (each mentor told); an admin cannot suspend themselves (`cannot_suspend_self`) nor the last admin.',
  params: MemberIdParams,
  body: UpdateMemberSchema,
  responses: { 200: AdminMemberDetailSchema },
  errors: ['forbidden', 'not_found', 'username_taken', 'last_admin', 'cannot_suspend_self'],
});

export const listGraduationRequests = endpoint({
  method: 'GET',
  path: '/api/admin/graduation-requests',
  tags: ['admin'],
  summary: 'Graduation requests, oldest waiting first (status=pending by default)',
  query: GraduationRequestListQuerySchema,
  responses: { 200: GraduationRequestListSchema },
  errors: ['forbidden'],
});

export const approveGraduation = endpoint({
  method: 'POST',
  path: '/api/admin/graduation-requests/:id/approve',
  tags: ['admin'],
  summary: 'Approve: the member becomes an alumnus (and may activate a mentor profile); they are told',
  params: IdParams,
  responses: { 200: GraduationRequestSchema },
  errors: ['forbidden', 'not_found', 'graduation_request_decided'],
});

export const rejectGraduation = endpoint({
  method: 'POST',
  path: '/api/admin/graduation-requests/:id/reject',
  tags: ['admin'],
  summary: 'Reject with a reason the member is told',
  params: IdParams,
  body: RejectGraduationSchema,
  responses: { 200: GraduationRequestSchema },
  errors: ['forbidden', 'not_found', 'graduation_request_decided'],
});

export const getAuditLog = endpoint({
  method: 'GET',
  path: '/api/admin/audit-log',
  tags: ['admin'],
  summary: 'Every admin action, newest first, filtered by action, actor (user name) and dates',
  query: AuditLogQuerySchema,
  responses: { 200: AuditLogSchema },
  errors: ['forbidden'],
});

export const exportAuditLog = endpoint({
  method: 'GET',
  path: '/api/admin/audit-log.csv',
  tags: ['admin'],
  summary: 'The audit log as CSV, with the same filters (every matching entry, at most 10,000)',
  query: AuditLogQuerySchema.omit({ page: true }),
  responses: { 200: { binary: 'text/csv', description: 'The audit log (text/csv, UTF-8)' } },
  errors: ['forbidden'],
});

export const getAdminStats = endpoint({
  method: 'GET',
  path: '/api/admin/stats',
  tags: ['admin'],
  summary: 'Statistics: members by role, mentors by availability, requests per ISO week, acceptance rate, median answer time, mentorships',
  description:
    '`from` and `to` are whole days (UTC), both inclusive, at most 731 days apart; the last 12 weeks by default. ' +
    "A deleted member's requests and mentorships still count.",
  query: StatsQuerySchema,
  responses: { 200: AdminStatsSchema },
  errors: ['forbidden'],
});

export const exportAdminStats = endpoint({
  method: 'GET',
  path: '/api/admin/stats.csv',
  tags: ['admin'],
  summary: "The statistics' weekly requests as CSV, with the same range",
  query: StatsQuerySchema,
  responses: { 200: { binary: 'text/csv', description: 'One row per ISO week (text/csv, UTF-8)' } },
  errors: ['forbidden'],
});

export const requestGraduation = endpoint({
  method: 'POST',
  path: '/api/me/graduation-request',
  tags: ['me'],
  summary: '"I have graduated": a student asks the alumni office to make them an alumnus',
  description: 'Students only (`not_a_student`); one waiting request at a time (`graduation_request_pending`).',
  body: CreateGraduationRequestSchema,
  responses: { 201: OwnGraduationRequestSchema },
  errors: ['not_a_student', 'graduation_request_pending'],
});

export const getMyGraduationRequest = endpoint({
  method: 'GET',
  path: '/api/me/graduation-request',
  tags: ['me'],
  summary: 'My latest graduation request (null when none), and whether I may ask now',
  responses: { 200: MyGraduationRequestSchema },
  errors: [],
});
