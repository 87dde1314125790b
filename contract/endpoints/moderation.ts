import { endpoint } from '../endpoint';
import { ReportQueueQuerySchema, ReportQueueSchema, ResolveReportSchema, ResolvedReportsSchema } from '../moderation';
import { IdParams } from './params';

/**
 * The alumni office's moderation queue (admins only: `forbidden` to anyone else). Members report
 * through `POST /api/messages/:id/report` and `POST /api/requests/:id/report` (endpoints/inbox.ts).
 */

export const listReports = endpoint({
  method: 'GET',
  path: '/api/admin/reports',
  tags: ['admin', 'moderation'],
  summary: 'The moderation queue: reports with the message in its context or the request’s motivation, open ones first',
  description:
    'Each report names the reporter and the member reported, with that member’s other reports. ' +
    '`status=open` (the default), `resolved` or `all`; 20 a page.',
  query: ReportQueueQuerySchema,
  responses: { 200: ReportQueueSchema },
  errors: ['forbidden'],
});

export const resolveReport = endpoint({
  method: 'POST',
  path: '/api/admin/reports/:id/resolve',
  tags: ['admin', 'moderation'],
  summary: 'Decide on a report: remove the message, suspend its sender, or dismiss it',
  description:
    'The other open reports of the same message or request are resolved with it, and each reporter is told the outcome. ' +
    '`remove` is for a reported message (`validation_failed` for a request). `report_resolved` when it was decided already; ' +
    '`cannot_suspend_self` and `last_admin` when the member reported may not be suspended.',
  params: IdParams,
  body: ResolveReportSchema,
  responses: { 200: ResolvedReportsSchema },
  errors: ['forbidden', 'not_found', 'report_resolved', 'cannot_suspend_self', 'last_admin'],
});
