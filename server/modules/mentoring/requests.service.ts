import {
  type AcceptRequest,
  type AcceptResult,
  type DeclineRequest,
  type ListRequestsQuery,
  MAX_PENDING_REQUESTS,
  type MentoringRelation,
  type MentoringRequest,
  type RequestList,
  type SendRequest,
} from '../../../contract/mentoring';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { type AppError, errors } from '../../lib/errors';
import { type UserRow, findMemberByUsername, lockMember } from '../accounts/accounts.service';
import { findMentorProfile, lockMentorProfile, setActiveMentees, setAnswerStatistics } from '../mentors/mentors.service';
import { notify } from '../notifications/notifications.service';
import { countActiveMentorships, findActiveMentorshipBetween, insertMentorship, listMentorships } from './mentorships.repo';
import { expiresAt, toCapacity, toMentorship, toRequest } from './mentoring.views';
import { hasExpired } from './request-expiry.service';
import {
  type RequestRow,
  answerStatistics,
  countPendingRequestsOf,
  findPendingRequestBetween,
  findRequest,
  insertRequest,
  listRequests,
  updatePendingRequest,
} from './requests.repo';

export interface MentoringDeps {
  db: Db;
  requests: Config['requests'];
  now?: () => Date;
}

const clock = (deps: MentoringDeps) => deps.now?.() ?? new Date();

export /** The database caught a race the checks could not see: the same refusal the checks give. */
function mapUniqueViolation(error: unknown): never {
  const constraint = uniqueViolation(error);
  if (constraint === 'mentoring_requests_one_pending_per_pair') {
    throw errors.already_requested();
  }
  if (constraint === 'mentorships_one_active_per_pair') {
    throw errors.already_mentoring();
  }
  throw error;
}

/**
 * Why `mentee` cannot send a request to `mentor` now (docs/product.md, rule 13), or null. Checked in this order so
 * the most useful reason wins: the pair's own state before the mentor's availability.
 */
async function refusal(db: Db, menteeId: string, mentorId: string): Promise<AppError | null> {
  if (menteeId === mentorId) return errors.cannot_request_self();
  const profile = await findMentorProfile(db, mentorId);
  if (!profile || !profile.isListed) return errors.mentor_inactive();
  if (await findActiveMentorshipBetween(db, mentorId, menteeId)) {
    return errors.already_mentoring();
  }
  if (await findPendingRequestBetween(db, menteeId, mentorId)) {
    return errors.already_requested();
  }
  if (profile.pausedAt) return errors.mentor_paused();
  if (profile.activeMentees >= profile.maxMentees) return errors.mentor_full(profile.maxMentees, profile.activeMentees);
  if ((await countPendingRequestsOf(db, menteeId)) >= MAX_PENDING_REQUESTS) {
    return errors.too_many_pending_requests(MAX_PENDING_REQUESTS);
  }
  return null;
}

/** "Send mentoring request" (docs/product.md, rule 13): the mentor is notified in the same transaction. */
export async function sendMentoringRequest(deps: MentoringDeps, actor: UserRow, input: SendRequest): Promise<MentoringRequest> {
  const found = await findMemberByUsername(deps.db, input.mentorUsername);
  if (!found) throw errors.not_found('The mentor');
  const mentorId = found.id;
  const now = clock(deps);
  const created = await deps.db
    .transaction(async (tx) => {
      // One send per mentee at a time, so the pending limit holds when sends race.
      await lockMember(tx, actor.id);
      const refused = await refusal(tx, actor.id, mentorId);
      if (refused) throw refused;
      const row = await insertRequest(tx, { menteeId: actor.id, mentorId, motivation: input.motivation, goals: input.goals ?? null, createdAt: now });
      await notify(tx, {
        userId: mentorId,
        type: 'request_received',
        data: { requestId: row.id, menteeName: actor.name, menteeUsername: actor.username ?? '' },
      });
      return row;
    })
    .catch(mapUniqueViolation);
  return getRequest(deps, actor, created.id);
}

/** The request if `actor` is its mentor (or mentee, for retract); 404 to anyone else. */
function authorize(request: RequestRow | undefined, actor: UserRow, side: 'mentor' | 'mentee'): RequestRow {
  if (!request || (request.mentorId !== actor.id && request.menteeId !== actor.id)) throw errors.not_found('The request');
  if (side === 'mentor' && request.mentorId !== actor.id) throw errors.not_your_request('mentor');
  if (side === 'mentee' && request.menteeId !== actor.id) throw errors.not_your_request('mentee');
  if (request.status !== 'pending') throw errors.request_not_pending();
  return request;
}

/**
 * The request if its mentor may still answer it: not once the expiry time it shows has passed,
 * even in the minutes before the expiry job flips it, as both sides are told it expired unanswered.
 */
function authorizeAnswer(deps: MentoringDeps, request: RequestRow | undefined, actor: UserRow, now: Date): RequestRow {
  const answerable = authorize(request, actor, 'mentor');
  if (hasExpired(answerable.createdAt, deps.requests.expiryDays, now)) throw errors.request_expired();
  return answerable;
}

/**
 * Accept (docs/product.md, rule 14): starts a mentorship. The mentor's row is locked before the active mentorships
 * are counted, so accepts that race — on any number of server instances — never exceed the maximum.
 */
export async function acceptRequest(deps: MentoringDeps, actor: UserRow, id: string, input: AcceptRequest): Promise<AcceptResult> {
  const now = clock(deps);
  const { mentorshipId } = await deps.db
    .transaction(async (tx) => {
      const request = authorizeAnswer(deps, await findRequest(tx, id, { forUpdate: true }), actor, now);
      const profile = await lockMentorProfile(tx, request.mentorId);
      if (!profile) throw errors.mentor_inactive();
      const active = await countActiveMentorships(tx, request.mentorId);
      if (active >= profile.maxMentees) throw errors.mentor_full(profile.maxMentees, active);
      if (await findActiveMentorshipBetween(tx, request.mentorId, request.menteeId)) {
        throw errors.already_mentoring();
      }
      const mentorship = await insertMentorship(tx, { requestId: request.id, mentorId: request.mentorId, menteeId: request.menteeId, startedAt: now });
      await updatePendingRequest(tx, request.id, { status: 'accepted', answeredAt: now, response: input.response ?? null });
      await setActiveMentees(tx, request.mentorId, active + 1);
      await setAnswerStatistics(tx, request.mentorId, await answerStatistics(tx, request.mentorId));
      await notify(tx, {
        userId: request.menteeId,
        type: 'request_accepted',
        data: { requestId: request.id, mentorshipId: mentorship.id, mentorName: actor.name, mentorUsername: actor.username ?? '', response: input.response ?? null },
      });
      return { mentorshipId: mentorship.id };
    })
    .catch(mapUniqueViolation);
  const capacity = toCapacity(await findMentorProfile(deps.db, actor.id))!;
  const [mentorship] = await listMentorships(deps.db, { userId: actor.id, id: mentorshipId });
  return { request: await getRequest(deps, actor, id), mentorship: toMentorship(mentorship!, actor.id), capacity };
}

/** Decline (docs/product.md, rule 14), with the response text and an optional structured reason; the mentee is told. */
export async function declineRequest(deps: MentoringDeps, actor: UserRow, id: string, input: DeclineRequest): Promise<MentoringRequest> {
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const request = authorizeAnswer(deps, await findRequest(tx, id, { forUpdate: true }), actor, now);
    const response = input.response ?? null;
    const reason = input.reason ?? null;
    await updatePendingRequest(tx, request.id, { status: 'declined', answeredAt: now, response, declineReason: reason });
    await setAnswerStatistics(tx, request.mentorId, await answerStatistics(tx, request.mentorId));
    await notify(tx, {
      userId: request.menteeId,
      type: 'request_declined',
      data: { requestId: request.id, mentorName: actor.name, mentorUsername: actor.username ?? '', response, reason },
    });
  });
  return getRequest(deps, actor, id);
}

/** "Mentoring request pending (retract)" (docs/product.md, rule 15): withdrawn at once, the mentor is told. */
export async function retractRequest(deps: MentoringDeps, actor: UserRow, id: string): Promise<MentoringRequest> {
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const request = authorize(await findRequest(tx, id, { forUpdate: true }), actor, 'mentee');
    await updatePendingRequest(tx, request.id, { status: 'withdrawn', withdrawnAt: now });
    await notify(tx, {
      userId: request.mentorId,
      type: 'request_withdrawn',
      data: { requestId: request.id, menteeName: actor.name, menteeUsername: actor.username ?? '' },
    });
  });
  return getRequest(deps, actor, id);
}

/** One request, to its mentor or mentee only (404 otherwise). */
export async function getRequest(deps: MentoringDeps, actor: UserRow, id: string): Promise<MentoringRequest> {
  const [row] = await listRequests(deps.db, { userId: actor.id, ids: [id], limit: 1 });
  if (!row) throw errors.not_found('The request');
  const capacity = row.request.mentorId === actor.id ? toCapacity(await findMentorProfile(deps.db, actor.id)) : null;
  return toRequest(row, actor.id, capacity, deps.requests.expiryDays);
}

/** The Requests page: incoming or outgoing (or both), optionally by status or with one member. */
export async function listRequestsFor(deps: MentoringDeps, actor: UserRow, query: ListRequestsQuery): Promise<RequestList> {
  const capacity = toCapacity(await findMentorProfile(deps.db, actor.id));
  let otherUserId: string | undefined;
  if (query.with) {
    const other = await findMemberByUsername(deps.db, query.with);
    if (!other) return { items: [], capacity };
    otherUserId = other.id;
  }
  const rows = await listRequests(deps.db, { userId: actor.id, direction: query.direction, status: query.status, otherUserId, limit: query.limit });
  return { items: rows.map((row) => toRequest(row, actor.id, capacity, deps.requests.expiryDays)), capacity };
}

/**
 * What a mentor's profile shows the signed-in member: the pending request to retract, the active
 * mentorship, or whether — and why not — they can send a request now.
 */
export async function getMentoringRelation(deps: MentoringDeps, actor: UserRow, username: string): Promise<MentoringRelation> {
  const found = await findMemberByUsername(deps.db, username);
  if (!found) throw errors.not_found('The member');
  const mentorId = found.id;
  const [pending, active, refused] = await Promise.all([
    findPendingRequestBetween(deps.db, actor.id, mentorId),
    findActiveMentorshipBetween(deps.db, mentorId, actor.id),
    refusal(deps.db, actor.id, mentorId),
  ]);
  return {
    canRequest: refused === null,
    reason: refused?.code ?? null,
    pendingRequest: pending
      ? { id: pending.id, createdAt: pending.createdAt.toISOString(), expiresAt: expiresAt(pending.createdAt, deps.requests.expiryDays).toISOString() }
      : null,
    activeMentorship: active ? { id: active.id, startedAt: active.startedAt.toISOString() } : null,
  };
}
