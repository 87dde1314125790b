import { z } from 'zod';
import { EARLIEST_YEAR, UsernameSchema } from './accounts';
import { LANGUAGES } from './i18n';
import { RoleSchema } from './me';
import { RequestStatusSchema } from './mentoring';
import { lineText, multiLineText } from './text';

/** The alumni office's console: finding members, changing their account, graduation, the audit log. */

export const ADMIN_PAGE_SIZE = 20;
export const REASON_MAX = 1000;

const reason = () => multiLineText().min(3).max(REASON_MAX);
const page = () => z.coerce.number().int().min(1).max(10_000).default(1);
/** A query flag written `true` or `false`. */
const flag = () => z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/admin/users`: free text over name, user name and email, and filters. */
export const MemberSearchQuerySchema = z.object({
  q: lineText().max(100).optional(),
  role: RoleSchema.optional(),
  /** `suspended` or `active`. */
  status: z.enum(['active', 'suspended']).optional(),
  admin: flag().optional(),
  page: page(),
});

/** A member as a row of the console's member list. */
export const AdminMemberSummarySchema = z
  .object({
    id: z.string(),
    username: z.string().nullable(),
    displayUsername: z.string().nullable(),
    name: z.string(),
    email: z.string(),
    role: RoleSchema.nullable(),
    isAdmin: z.boolean(),
    suspended: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminMemberSummary' });

export const AdminMemberListSchema = z
  .object({
    items: z.array(AdminMemberSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'AdminMemberList' });

/** Someone a request or mentorship is with, as the console lists them. */
const OtherMemberSchema = z.object({ id: z.string(), username: z.string().nullable(), name: z.string() });

export const GRADUATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const GraduationStatusSchema = z.enum(GRADUATION_STATUSES);

/** A graduation request as its member sees it. */
export const OwnGraduationRequestSchema = z
  .object({
    id: z.uuid(),
    graduationYear: z.number().int(),
    status: GraduationStatusSchema,
    /** Why it was rejected (the admin's words). */
    reason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OwnGraduationRequest' });

/** One member as the console shows them: the profile, mentor profile, requests and mentorships (never their messages). */
export const AdminMemberDetailSchema = z
  .object({
    member: AdminMemberSummarySchema.extend({
      firstName: z.string().nullable(),
      familyName: z.string().nullable(),
      image: z.string().nullable(),
      language: z.enum(LANGUAGES),
      studyProgramme: z.string().nullable(),
      startYear: z.number().int().nullable(),
      graduationYear: z.number().int().nullable(),
      headline: z.string().nullable(),
      jobTitle: z.string().nullable(),
      employer: z.string().nullable(),
      city: z.string().nullable(),
      country: z.string().nullable(),
      suspendedAt: z.iso.datetime().nullable(),
    }),
    mentorProfile: z
      .object({
        approach: z.string().nullable(),
        expertise: z.array(z.string()),
        industry: z.string().nullable(),
        maxMentees: z.number().int(),
        activeMentees: z.number().int(),
        isListed: z.boolean(),
        pausedAt: z.iso.datetime().nullable(),
        activatedAt: z.iso.datetime(),
      })
      .nullable(),
    requests: z.array(
      z.object({
        id: z.uuid(),
        /** `sent`: the member asked; `received`: the member was asked (as mentor). */
        direction: z.enum(['sent', 'received']),
        other: OtherMemberSchema,
        status: RequestStatusSchema,
        createdAt: z.iso.datetime(),
        answeredAt: z.iso.datetime().nullable(),
      }),
    ),
    mentorships: z.array(
      z.object({
        id: z.uuid(),
        /** The member's side of it. */
        as: z.enum(['mentor', 'mentee']),
        other: OtherMemberSchema,
        startedAt: z.iso.datetime(),
        endedAt: z.iso.datetime().nullable(),
      }),
    ),
    graduationRequests: z.array(OwnGraduationRequestSchema),
    /** What the admin asking may do to this member now (admin.policy.ts). */
    can: z.object({ changeRole: z.boolean(), grantAdmin: z.boolean(), revokeAdmin: z.boolean() }),
  })
  .meta({ id: 'AdminMemberDetail' });

/**
 * `PATCH /api/admin/users/:id`: any of a new user name, a new role (with the reason the member is
 * told), the admin right. Fields left out stay as they are.
 */
export const UpdateMemberSchema = z
  .object({
    username: UsernameSchema.optional(),
    role: RoleSchema.optional(),
    /** Required with `role`. */
    reason: reason().optional(),
    isAdmin: z.boolean().optional(),
    /** Suspend (signed out everywhere, mentor profile out of search, sent requests withdrawn) or lift it; `reason` goes to the audit log. */
    suspended: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role !== undefined && value.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
    if (value.username === undefined && value.role === undefined && value.isAdmin === undefined && value.suspended === undefined) {
      ctx.addIssue({ code: 'custom', path: [], message: 'nothing_to_change' });
    }
  })
  .meta({ id: 'UpdateMember' });

/** `POST /api/me/graduation-request`. */
export const CreateGraduationRequestSchema = z
  .object({
    graduationYear: z
      .number()
      .int()
      .min(EARLIEST_YEAR)
      .refine((year) => year <= new Date().getUTCFullYear(), { message: 'graduation_year_future' }),
  })
  .meta({ id: 'CreateGraduationRequest' });

/** `GET /api/me/graduation-request`: the latest one (null when none), and whether the member may ask now. */
export const MyGraduationRequestSchema = z
  .object({ request: OwnGraduationRequestSchema.nullable(), canRequest: z.boolean() })
  .meta({ id: 'MyGraduationRequest' });

/** A waiting (or answered) graduation request as the console lists it. */
export const GraduationRequestSchema = OwnGraduationRequestSchema.extend({
  member: z.object({
    id: z.string(),
    username: z.string().nullable(),
    name: z.string(),
    role: RoleSchema.nullable(),
    studyProgramme: z.string().nullable(),
    startYear: z.number().int().nullable(),
  }),
}).meta({ id: 'GraduationRequest' });

export const GraduationRequestListQuerySchema = z.object({
  status: GraduationStatusSchema.default('pending'),
  page: page(),
});

export const GraduationRequestListSchema = z
  .object({ items: z.array(GraduationRequestSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'GraduationRequestList' });

export const RejectGraduationSchema = z.object({ reason: reason() }).meta({ id: 'RejectGraduation' });

/** What the audit log records, by name (`action`). */
export const AUDIT_ACTIONS = [
  'member_username_changed',
  'member_role_changed',
  'admin_granted',
  'admin_revoked',
  'member_suspended',
  'member_unsuspended',
  'graduation_approved',
  'graduation_rejected',
  'invitations_sent',
  'invitation_resent',
  'invitation_revoked',
  'member_deleted',
  'message_removed',
  'report_removed',
  'report_suspended',
  'report_dismissed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `GET /api/admin/audit-log` (and its CSV): newest first, by action, actor (user name) and dates (inclusive, UTC). */
export const AuditLogQuerySchema = z.object({
  action: lineText().max(60).optional(),
  actor: lineText().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: page(),
});

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    /** A stable snake_case name; AUDIT_ACTIONS lists the console's, moderation adds its own. */
    action: z.string(),
    /** Null once the admin's account is gone. */
    actor: OtherMemberSchema.nullable(),
    targetType: z.string(),
    targetId: z.string(),
    /** The member the action concerned, when it is (or is about) a member who still exists. */
    target: OtherMemberSchema.nullable(),
    details: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AuditEntry' });

export const AuditLogSchema = z
  .object({ items: z.array(AuditEntrySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: 'AuditLog' });

export type MemberSearchQuery = z.infer<typeof MemberSearchQuerySchema>;
export type AdminMemberSummary = z.infer<typeof AdminMemberSummarySchema>;
export type AdminMemberList = z.infer<typeof AdminMemberListSchema>;
export type AdminMemberDetail = z.infer<typeof AdminMemberDetailSchema>;
export type UpdateMember = z.infer<typeof UpdateMemberSchema>;
export type CreateGraduationRequest = z.infer<typeof CreateGraduationRequestSchema>;
export type OwnGraduationRequest = z.infer<typeof OwnGraduationRequestSchema>;
export type MyGraduationRequest = z.infer<typeof MyGraduationRequestSchema>;
export type GraduationRequest = z.infer<typeof GraduationRequestSchema>;
export type GraduationRequestList = z.infer<typeof GraduationRequestListSchema>;
export type GraduationRequestListQuery = z.infer<typeof GraduationRequestListQuerySchema>;
export type AuditLogQuery = z.infer<typeof AuditLogQuerySchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type AuditLog = z.infer<typeof AuditLogSchema>;
export type GraduationStatus = z.infer<typeof GraduationStatusSchema>;
