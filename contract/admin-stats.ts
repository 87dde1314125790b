import { z } from 'zod';

/** The console's Statistics page: anonymous counts over the network, never about one member. */

/** Weeks shown when no range is asked for. */
export const STATS_DEFAULT_WEEKS = 12;
/** The longest range one page or CSV covers (about two years of weeks). */
export const STATS_MAX_DAYS = 731;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `GET /api/admin/stats`: whole days (UTC), both inclusive; the last 12 weeks by default. */
export const StatsQuerySchema = z
  .object({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .superRefine((value, ctx) => {
    if (!value.from || !value.to) return;
    const days = (Date.parse(value.to) - Date.parse(value.from)) / DAY_MS;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to_before_from' });
    else if (days >= STATS_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: 'range_too_long' });
  });

/** What happened to requests, as the weeks count it (the columns of WeeklyRequests after the week). */
export const REQUEST_EVENTS = ['sent', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type RequestEventName = (typeof REQUEST_EVENTS)[number];

/** One ISO week's requests, each counted in the week it happened (sent when sent, accepted when answered …). */
export const WeeklyRequestsSchema = z
  .object({
    /** ISO week, e.g. `2026-W49`. */
    week: z.string(),
    /** The week's Monday. */
    weekStart: z.iso.date(),
    sent: z.number().int(),
    accepted: z.number().int(),
    declined: z.number().int(),
    /** Retracted by the mentee, or withdrawn when they were suspended or left. */
    withdrawn: z.number().int(),
    expired: z.number().int(),
  })
  .meta({ id: 'WeeklyRequests' });

export const AdminStatsSchema = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    /** Members today by role (`none`: not chosen yet), suspended members included. */
    members: z.object({ student: z.number().int(), alumnus: z.number().int(), staff: z.number().int(), none: z.number().int(), total: z.number().int() }),
    /** Mentor profiles today, as the mentor list shows them (unlisted: not found by mentees). */
    mentors: z.object({ available: z.number().int(), paused: z.number().int(), full: z.number().int(), unlisted: z.number().int() }),
    weeks: z.array(WeeklyRequestsSchema),
    /** The range's totals (the weeks' sums). */
    requests: z.object({ sent: z.number().int(), accepted: z.number().int(), declined: z.number().int(), withdrawn: z.number().int(), expired: z.number().int() }),
    /** Accepted out of accepted and declined in the range, 0–1; null without answers. */
    acceptanceRate: z.number().nullable(),
    /** Median hours from sending to the answer, of the requests answered in the range; null without answers. */
    medianAnswerHours: z.number().nullable(),
    mentorships: z.object({
      /** Active today. */
      active: z.number().int(),
      startedInRange: z.number().int(),
      endedInRange: z.number().int(),
    }),
  })
  .meta({ id: 'AdminStats' });

export type StatsQuery = z.infer<typeof StatsQuerySchema>;
export type WeeklyRequests = z.infer<typeof WeeklyRequestsSchema>;
export type AdminStats = z.infer<typeof AdminStatsSchema>;
