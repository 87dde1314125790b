import { MAX_PENDING_REQUESTS, type MentoringAbilities, type RequestStatus } from '../../../contract/mentoring';
import { errors } from '../../lib/errors';
import { type Actor, type Refusal, allows, enforce } from '../../lib/policy';
import { type AvailabilityFacts, type Places, availabilityOf, isFull, mentorRefusal } from '../mentors/mentors.policy';
import { hasExpired } from './request-expiry.service';

/**
 * Who may do what with mentoring requests and mentorships (docs/product.md, rules 13–16 and 22;
 * ADR 0019). Each rule answers in one order: who (404 to a member who is not a party, 403 to the
 * party on the wrong side), then what the thing's own state allows (409). The services enforce
 * these functions and `permissionsFor` turns the same functions into the `can.*` flags.
 */

type Viewer = Pick<Actor, 'id'>;

/** What the rules read of a request. */
export interface RequestFacts {
  mentorId: string;
  menteeId: string;
  status: RequestStatus;
  createdAt: Date;
}

/** What the rules read of a mentorship. */
export interface MentorshipFacts {
  mentorId: string;
  menteeId: string;
  endedAt: Date | null;
}

/**
 * What a request's rules need besides the request: the time (a request cannot be answered once its
 * expiry time has passed, rule 22) and, to accept, the mentor's places (null: no mentor profile).
 */
export interface RequestContext {
  now: Date;
  expiryDays: number;
  places: Places | null;
}

/**
 * `answer` is declining, and the part of accepting that does not depend on the mentor's places;
 * `accept` adds a free place (rule 14: "answerable but not acceptable").
 */
export type RequestAction = 'answer' | 'accept' | 'retract';

const isPartyTo = (actor: Viewer, thing: { mentorId: string; menteeId: string }) => thing.mentorId === actor.id || thing.menteeId === actor.id;

/** A request exists only for its mentor and its mentee: 404 to anyone else, admins included. */
export function requestVisibilityRefusal(actor: Viewer, request: RequestFacts | undefined): Refusal {
  return request && isPartyTo(actor, request) ? null : errors.not_found('The request');
}

export function assertMaySeeRequest<T extends RequestFacts>(actor: Viewer, request: T | undefined): asserts request is T {
  enforce(requestVisibilityRefusal(actor, request));
}

/**
 * Why `actor` may not `action` the request now, or null. The mentor answers (rule 14), the mentee
 * retracts (rule 15): the other party gets 403 `not_your_request`. Only a pending request changes
 * (409 `request_not_pending`); once its expiry time has passed it can still be retracted but no
 * longer answered (409 `request_expired`); accepting needs a free place (409 `mentor_full`).
 */
export function requestRefusal(actor: Viewer, request: RequestFacts | undefined, action: RequestAction, context: RequestContext): Refusal {
  const hidden = requestVisibilityRefusal(actor, request);
  if (hidden || !request) return hidden;
  const side = action === 'retract' ? 'mentee' : 'mentor';
  if ((side === 'mentor' ? request.mentorId : request.menteeId) !== actor.id) return errors.not_your_request(side);
  if (request.status !== 'pending') return errors.request_not_pending();
  if (side === 'mentor' && hasExpired(request.createdAt, context.expiryDays, context.now)) return errors.request_expired();
  if (action === 'accept') {
    if (!context.places) return errors.mentor_inactive();
    if (isFull(context.places)) return errors.mentor_full(context.places.maxMentees, context.places.activeMentees);
  }
  return null;
}

export function assertMayActOnRequest<T extends RequestFacts>(
  actor: Viewer,
  request: T | undefined,
  action: RequestAction,
  context: RequestContext,
): asserts request is T {
  enforce(requestRefusal(actor, request, action, context));
}

/**
 * Either side may end a mentorship (rule 16); to anyone else it does not exist (404). One that has
 * ended already cannot end again (409 `mentorship_not_active`).
 */
export function endRefusal(actor: Viewer, mentorship: MentorshipFacts | undefined): Refusal {
  if (!mentorship || !isPartyTo(actor, mentorship)) return errors.not_found('The mentorship');
  if (mentorship.endedAt !== null) return errors.mentorship_not_active();
  return null;
}

export function assertMayEnd<T extends MentorshipFacts>(actor: Viewer, mentorship: T | undefined): asserts mentorship is T {
  enforce(endRefusal(actor, mentorship));
}

/** A request as reporting its motivation reads it: its two sides, and whether the actor reported it already. */
export interface ReportableRequest {
  menteeId: string;
  mentorId: string;
  /** The actor reported it already. */
  reported: boolean;
}

/**
 * A request's motivation is reported to the alumni office by its mentor, once (the yellow Report
 * button on the Requests page): its mentee gets 409 `cannot_report_own`, anyone else 404 (admins
 * included, as for every request), the second time 409 `already_reported`. Moderation, which takes
 * the report, enforces this rule; the request's `can.report` shows it.
 */
export function requestReportRefusal(actor: Viewer, request: ReportableRequest | undefined): Refusal {
  if (!request || !isPartyTo(actor, request)) return errors.not_found('The request');
  if (request.menteeId === actor.id) return errors.cannot_report_own();
  if (request.reported) return errors.already_reported();
  return null;
}

/** What sending a request reads about the pair and the mentor (gathered by the service). */
export interface SendFacts {
  mentorId: string;
  /** The mentor's profile; null when they have none. */
  mentor: AvailabilityFacts | null;
  hasActiveMentorship: boolean;
  hasPendingRequest: boolean;
  /** How many requests the mentee has pending, to anyone. */
  pendingRequests: number;
  /** The mentor blocked the mentee (the Inbox). */
  blockedByMentor: boolean;
}

/**
 * Why `actor` cannot send a request to the mentor now (rule 13), or null; checked in this order so
 * the most useful reason wins: the pair's own state before the mentor's availability. A mentor who
 * blocked the mentee gets `cannot_request_mentor`, which says no more than that (the block stays
 * unseen, and the mentor's card, which shows them available, is not contradicted by a made-up reason).
 */
export function sendRefusal(actor: Viewer, facts: SendFacts): Refusal {
  if (actor.id === facts.mentorId) return errors.cannot_request_self();
  const availability = facts.mentor ? availabilityOf(facts.mentor) : 'unlisted';
  if (availability === 'unlisted' || !facts.mentor) return errors.mentor_inactive();
  if (facts.hasActiveMentorship) return errors.already_mentoring();
  if (facts.hasPendingRequest) return errors.already_requested();
  if (facts.blockedByMentor) return errors.cannot_request_mentor();
  if (availability === 'paused') return errors.mentor_paused();
  if (availability === 'full') return errors.mentor_full(facts.mentor.maxMentees, facts.mentor.activeMentees);
  if (facts.pendingRequests >= MAX_PENDING_REQUESTS) return errors.too_many_pending_requests(MAX_PENDING_REQUESTS);
  return null;
}

export function assertMaySend(actor: Viewer, facts: SendFacts): void {
  enforce(sendRefusal(actor, facts));
}

/**
 * Who may look for a mentor and send requests (docs/product.md, "People and roles"): students,
 * alumni and staff alike. A member who has not chosen a role yet (ADR 0015) may not.
 */
export const menteeRefusal = (actor: Pick<Actor, 'role'>): Refusal => (actor.role === null ? errors.onboarding_required() : null);

/**
 * What the member can do in mentoring at all, for the dashboard and the Requests page: the two
 * rules asked, so the web never works them out again from the role. Admins have their own role's.
 */
export function abilitiesOf(actor: Pick<Actor, 'role'>): MentoringAbilities {
  return { request: allows(menteeRefusal(actor)), mentor: allows(mentorRefusal(actor)) };
}

export interface RequestPermissions {
  accept: boolean;
  decline: boolean;
  retract: boolean;
  report: boolean;
}

export interface MentorshipPermissions {
  end: boolean;
}

/** The `can.*` flags the views send: the rules above, asked for each action. */
export function permissionsFor(actor: Viewer, request: RequestFacts & Pick<ReportableRequest, 'reported'>, context: RequestContext): RequestPermissions;
export function permissionsFor(actor: Viewer, mentorship: MentorshipFacts): MentorshipPermissions;
export function permissionsFor(
  actor: Viewer,
  thing: (RequestFacts & Pick<ReportableRequest, 'reported'>) | MentorshipFacts,
  context?: RequestContext,
): RequestPermissions | MentorshipPermissions {
  if ('status' in thing) {
    const may = (action: RequestAction) => allows(requestRefusal(actor, thing, action, context!));
    return { accept: may('accept'), decline: may('answer'), retract: may('retract'), report: allows(requestReportRefusal(actor, thing)) };
  }
  return { end: allows(endRefusal(actor, thing)) };
}
