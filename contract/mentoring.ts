import { z } from 'zod';
import { RoleSchema } from './me';
import { AvailabilitySchema, ListingNeedSchema, SuggestedMentorsSchema } from './mentors';
import { lineText, multiLineText, optionalText } from './text';

/**
 * Mentoring requests, mentorships and the dashboard: the shapes the server and the web app share.
 * docs/product.md, rules 13–16, 19 and 22 (request expiry).
 */

export const REQUEST_LIMITS = { motivationMin: 30, motivationMax: 2000, goals: 1000, response: 2000, feedback: 500 } as const;
/** A mentee has at most this many requests waiting for an answer at once. */
export const MAX_PENDING_REQUESTS = 5;

export const REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export const RequestStatusSchema = z.enum(REQUEST_STATUSES);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

/** Why a mentor declined, optionally; the web shows them translated under `mentoring.declineReasons.<key>`. */
export const DECLINE_REASONS = ['no_capacity', 'expertise_mismatch', 'not_available_now', 'other'] as const;
export const DeclineReasonSchema = z.enum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;

/** Why a mentorship ended, optionally; translated under `mentoring.endReasons.<key>`. */
export const END_REASONS = ['goals_reached', 'no_time', 'not_a_good_fit', 'other'] as const;
export const EndReasonSchema = z.enum(END_REASONS);

/** `POST /api/requests`: "Send mentoring request" on a mentor's profile. */
export const SendRequestSchema = z
  .object({
    mentorUsername: lineText().min(1).max(30),
    motivation: multiLineText()
      .min(REQUEST_LIMITS.motivationMin)
      .max(REQUEST_LIMITS.motivationMax)
      .meta({ description: 'Why this mentor (required, 30–2,000 characters)' }),
    goals: optionalText(REQUEST_LIMITS.goals, { multiLine: true }).meta({ description: 'What the mentee hopes to reach (optional)' }),
  })
  .meta({ id: 'SendMentoringRequest' });

/** `POST /api/requests/:id/accept`. */
export const AcceptRequestSchema = z
  .object({ response: optionalText(REQUEST_LIMITS.response, { multiLine: true }) })
  .meta({ id: 'AcceptMentoringRequest' });

/** `POST /api/requests/:id/decline`. */
export const DeclineRequestSchema = z
  .object({ response: optionalText(REQUEST_LIMITS.response, { multiLine: true }), reason: DeclineReasonSchema.nullable().optional() })
  .meta({ id: 'DeclineMentoringRequest' });

/** `POST /api/mentorships/:id/end`. */
export const EndMentorshipSchema = z
  .object({ reason: EndReasonSchema.nullable().optional(), feedback: optionalText(REQUEST_LIMITS.feedback, { multiLine: true }) })
  .meta({ id: 'EndMentorship' });

/** The other person in a request or mentorship, as a list row or the request page shows them. */
export const MemberSummarySchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    name: z.string(),
    image: z.string().nullable(),
    role: RoleSchema.nullable(),
    headline: z.string().nullable(),
    studyProgramme: z.string().nullable(),
    graduationYear: z.number().int().nullable(),
    jobTitle: z.string().nullable(),
    employer: z.string().nullable(),
  })
  .meta({ id: 'MemberSummary' });

export const MentoringRequestSchema = z
  .object({
    id: z.string(),
    status: RequestStatusSchema,
    /** Seen from the signed-in member: incoming when they are the mentor. */
    direction: z.enum(['incoming', 'outgoing']),
    mentee: MemberSummarySchema,
    mentor: MemberSummarySchema,
    motivation: z.string(),
    goals: z.string().nullable(),
    response: z.string().nullable(),
    declineReason: DeclineReasonSchema.nullable(),
    createdAt: z.iso.datetime(),
    answeredAt: z.iso.datetime().nullable(),
    withdrawnAt: z.iso.datetime().nullable(),
    expiredAt: z.iso.datetime().nullable(),
    /** When a pending request expires on its own. */
    expiresAt: z.iso.datetime().nullable(),
    /** The mentorship an accepted request started. */
    mentorshipId: z.string().nullable(),
    /**
     * What the signed-in member may do now. `accept` is false while the mentor is full: the
     * request can still be declined, and accepted once a place frees up. `report`: the mentor may
     * report the motivation to the alumni office (the yellow Report button), once.
     */
    can: z.object({ accept: z.boolean(), decline: z.boolean(), retract: z.boolean(), report: z.boolean() }),
    /** The signed-in member reported this request's motivation already. */
    reported: z.boolean(),
  })
  .meta({ id: 'MentoringRequest' });

/** `GET /api/requests?direction=&status=&with=&limit=`. */
export const ListRequestsQuerySchema = z.object({
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: RequestStatusSchema.optional(),
  /** Only requests between me and this member (either direction). */
  with: lineText().min(1).max(30).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The mentor's places, so the Requests page can say "full" and offer to raise the maximum. */
export const MentorCapacitySchema = z
  .object({ maxMentees: z.number().int(), activeMentees: z.number().int(), isPaused: z.boolean(), isFull: z.boolean() })
  .meta({ id: 'MentorCapacity' });

/**
 * What the signed-in member can do in mentoring at all (docs/product.md, "People and roles"), from
 * the server's policies (ADR 0019): the dashboard, the Requests page and the menu show only that.
 */
export const MentoringAbilitiesSchema = z
  .object({
    /** Look for a mentor and send requests (rule 13): students, alumni and staff. */
    request: z.boolean(),
    /** Mentor (rule 9): alumni only, once they activate a mentor profile; students and staff never. */
    mentor: z.boolean(),
  })
  .meta({ id: 'MentoringAbilities' });

export const RequestListSchema = z
  .object({
    /** Which tabs the Requests page has: Incoming only for members who can mentor. */
    can: MentoringAbilitiesSchema,
    items: z.array(MentoringRequestSchema),
    /** The signed-in member's own places as a mentor; null when they have no mentor profile. */
    capacity: MentorCapacitySchema.nullable(),
  })
  .meta({ id: 'MentoringRequestList' });

export const MentorshipSchema = z
  .object({
    id: z.string(),
    /** The signed-in member's side in it. */
    role: z.enum(['mentor', 'mentee']),
    mentor: MemberSummarySchema,
    mentee: MemberSummarySchema,
    requestId: z.string().nullable(),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable(),
    endedBy: z.enum(['mentor', 'mentee']).nullable(),
    endReason: EndReasonSchema.nullable(),
    isActive: z.boolean(),
    /** What the signed-in member may do now: either side may end it while it runs. */
    can: z.object({ end: z.boolean() }),
  })
  .meta({ id: 'Mentorship' });

/** `GET /api/mentorships?role=&state=`: as a mentor this is the Mentor History (current and past mentees). */
export const ListMentorshipsQuerySchema = z.object({
  role: z.enum(['mentor', 'mentee']).optional(),
  state: z.enum(['active', 'ended']).optional(),
  with: lineText().min(1).max(30).optional(),
});

export const MentorshipListSchema = z
  .object({ items: z.array(MentorshipSchema), capacity: MentorCapacitySchema.nullable() })
  .meta({ id: 'MentorshipList' });

/** `POST /api/requests/:id/accept`: after filling the last place the UI asks whether to pause. */
export const AcceptResultSchema = z
  .object({ request: MentoringRequestSchema, mentorship: MentorshipSchema, capacity: MentorCapacitySchema })
  .meta({ id: 'AcceptResult' });

/**
 * `GET /api/members/:username/mentoring`: what a mentor's profile shows the signed-in member —
 * the pending request to retract, the active mentorship, or whether (and why not) they can send one.
 */
export const MentoringRelationSchema = z
  .object({
    canRequest: z.boolean(),
    /** The error code sending would fail with now (e.g. `mentor_full`), or null. */
    reason: z.string().nullable(),
    pendingRequest: z.object({ id: z.string(), createdAt: z.iso.datetime(), expiresAt: z.iso.datetime() }).nullable(),
    activeMentorship: z.object({ id: z.string(), startedAt: z.iso.datetime() }).nullable(),
  })
  .meta({ id: 'MentoringRelation' });

/** `GET /api/dashboard`: what the member sees first after signing in (docs/product.md, rule 19). */
export const DashboardSchema = z
  .object({
    /** Which sections the dashboard shows, and the next step it offers. */
    can: MentoringAbilitiesSchema,
    /**
     * The member's own mentor profile: whether mentees can find it (`unlisted` until it says enough)
     * and what it still needs. Null when they have none: an alumnus can activate one.
     */
    mentorProfile: z.object({ availability: AvailabilitySchema, missing: z.array(ListingNeedSchema) }).nullable(),
    incomingRequests: z.object({ count: z.number().int(), items: z.array(MentoringRequestSchema) }),
    outgoingRequests: z.object({ count: z.number().int(), items: z.array(MentoringRequestSchema) }),
    activeMentorships: z.array(MentorshipSchema),
    unreadNotifications: z.number().int(),
    /** Null until messages exist. */
    unreadMessages: z.number().int().nullable(),
    suggestedMentors: SuggestedMentorsSchema.shape.items,
    capacity: MentorCapacitySchema.nullable(),
  })
  .meta({ id: 'Dashboard' });

export type SendRequest = z.infer<typeof SendRequestSchema>;
export type AcceptRequest = z.infer<typeof AcceptRequestSchema>;
export type DeclineRequest = z.infer<typeof DeclineRequestSchema>;
export type EndMentorship = z.infer<typeof EndMentorshipSchema>;
export type MemberSummary = z.infer<typeof MemberSummarySchema>;
export type MentoringRequest = z.infer<typeof MentoringRequestSchema>;
export type ListRequestsQuery = z.infer<typeof ListRequestsQuerySchema>;
export type RequestList = z.infer<typeof RequestListSchema>;
export type Mentorship = z.infer<typeof MentorshipSchema>;
export type ListMentorshipsQuery = z.infer<typeof ListMentorshipsQuerySchema>;
export type MentorshipList = z.infer<typeof MentorshipListSchema>;
export type MentorCapacity = z.infer<typeof MentorCapacitySchema>;
export type AcceptResult = z.infer<typeof AcceptResultSchema>;
export type MentoringRelation = z.infer<typeof MentoringRelationSchema>;
export type Dashboard = z.infer<typeof DashboardSchema>;
export type MentoringAbilities = z.infer<typeof MentoringAbilitiesSchema>;
