import { z } from 'zod';
import { MESSAGE_KINDS, ReportReasonSchema, ReportStatusSchema } from './inbox';
import { RequestStatusSchema } from './mentoring';
import { multiLineText } from './text';

/**
 * The alumni office's moderation queue (`/admin/reports`): reported messages and requests, with
 * what is needed to decide, and the decision. Reporting itself is in contract/inbox.ts.
 */

export const MODERATION_LIMITS = { note: 2000, around: 3, earlierReports: 5 } as const;

/** A member as the queue shows them; null fields once they deleted their account. */
export const ModerationMemberSchema = z
  .object({
    id: z.string(),
    username: z.string().nullable(),
    name: z.string(),
    /** Suspended now. */
    suspended: z.boolean(),
    isAdmin: z.boolean(),
  })
  .meta({ id: 'ModerationMember' });

/** A message of the reported conversation: the reported one and its neighbours. */
export const ModerationMessageSchema = z
  .object({
    id: z.string(),
    kind: z.enum(MESSAGE_KINDS),
    /** Who wrote it; null for a deleted member. */
    senderName: z.string().nullable(),
    senderUsername: z.string().nullable(),
    /** Written by the reported member (the report's subject). */
    fromSubject: z.boolean(),
    /** The text; null once removed (`removed` is then true). */
    body: z.string().nullable(),
    removed: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ModerationMessage' });

/** A report of the same member, earlier or later than this one. */
export const EarlierReportSchema = z
  .object({
    id: z.string(),
    about: z.enum(['message', 'request']),
    reason: ReportReasonSchema,
    status: ReportStatusSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'EarlierReport' });

export const ModerationReportSchema = z
  .object({
    id: z.string(),
    /** What was reported: a message, or a mentoring request's motivation. */
    about: z.enum(['message', 'request']),
    reason: ReportReasonSchema,
    /** The reporter's own words, if any. */
    details: z.string().nullable(),
    status: ReportStatusSchema,
    createdAt: z.iso.datetime(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedBy: z.object({ name: z.string() }).nullable(),
    /** The alumni office's note on its decision. */
    note: z.string().nullable(),
    /** Who reported it (null once they deleted their account). */
    reporter: ModerationMemberSchema.nullable(),
    /** Who wrote what was reported: the message's sender or the request's mentee (null once deleted). */
    subject: ModerationMemberSchema.nullable(),
    /** A reported message in its context: a few messages before and after it, oldest first. Null for a request, or a message that is gone. */
    message: z
      .object({
        conversationId: z.string(),
        before: z.array(ModerationMessageSchema),
        reported: ModerationMessageSchema,
        after: z.array(ModerationMessageSchema),
      })
      .nullable(),
    /** A reported request: its motivation and status. Null for a message, or a request that is gone. */
    request: z
      .object({
        id: z.string(),
        motivation: z.string(),
        goals: z.string().nullable(),
        status: RequestStatusSchema,
        createdAt: z.iso.datetime(),
        mentorName: z.string().nullable(),
      })
      .nullable(),
    /** The subject's other reports, newest first (at most a few), and how many there are in all. */
    otherReports: z.object({ total: z.number().int(), items: z.array(EarlierReportSchema) }),
    /** What the signed-in admin may do with it now. */
    can: z.object({ resolve: z.boolean(), remove: z.boolean(), suspend: z.boolean() }),
  })
  .meta({ id: 'ModerationReport' });

export const REPORT_QUEUE_FILTERS = ['open', 'resolved', 'all'] as const;

/** `GET /api/admin/reports?status=&page=`: open reports first, then the newest. */
export const ReportQueueQuerySchema = z.object({
  status: z.enum(REPORT_QUEUE_FILTERS).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const ReportQueueSchema = z
  .object({
    items: z.array(ModerationReportSchema),
    /** Reports matching the filter, and open reports in all (the menu's count). */
    total: z.number().int(),
    open: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'ReportQueue' });

/**
 * What the alumni office decides: remove the message (its text is gone for good), suspend the
 * member who wrote it (and, with `removeMessage`, remove the message as well), or dismiss the
 * report. The reporter is told the outcome, not the note.
 */
export const RESOLVE_ACTIONS = ['remove', 'suspend', 'dismiss'] as const;

export const ResolveReportSchema = z
  .object({
    action: z.enum(RESOLVE_ACTIONS),
    /** With `suspend`: remove the reported message too. */
    removeMessage: z.boolean().optional(),
    note: multiLineText().max(MODERATION_LIMITS.note).optional(),
  })
  .meta({ id: 'ResolveReport' });

export const ResolvedReportsSchema = z
  .object({
    /** The report, as the queue now shows it. */
    report: ModerationReportSchema,
    /** Every report resolved by this decision: the other open reports of the same message or request go with it. */
    resolvedIds: z.array(z.string()),
  })
  .meta({ id: 'ResolvedReports' });

export type ModerationMember = z.infer<typeof ModerationMemberSchema>;
export type ModerationMessage = z.infer<typeof ModerationMessageSchema>;
export type ModerationReport = z.infer<typeof ModerationReportSchema>;
export type ReportQueueQuery = z.infer<typeof ReportQueueQuerySchema>;
export type ReportQueue = z.infer<typeof ReportQueueSchema>;
export type ResolveReport = z.infer<typeof ResolveReportSchema>;
export type ResolvedReports = z.infer<typeof ResolvedReportsSchema>;
