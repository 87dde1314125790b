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
import { notify } from '../../jobs/outbox';
import { uniqueViolation } from '../../lib/db-errors';
import { AppError, notFound } from '../../lib/errors';
import type { UserRow } from '../accounts/accounts.repo';
import {
  countActiveMentorships,
  findActiveMentorshipBetween,
  findMentorProfileRow,
  insertMentorship,
  listMentorships,
  lockMentorProfile,
  setActiveMentees,
} from './mentorships.repo';
import { expiresAt, toCapacity, toMentorship, toRequest } from './mentoring.views';
import { hasExpired } from './request-expiry.service';
import {
  type RequestRow,
  countPendingRequestsOf,
  findMemberWithMentorProfile,
  findPendingRequestBetween,
  findRequest,
  insertRequest,
  listRequests,
  lockMember,
  refreshAnswerStatistics,
  updatePendingRequest,
} from './requests.repo';

export interface MentoringDeps {
  db: Db;
  requests: Config['requests'];
  now?: () => Date;
}

const clock = (deps: MentoringDeps) => deps.now?.() ?? new Date();

export const notPending = () =>
  new AppError(409, 'request_not_pending', 'This request is no longer pending: it was answered, retracted or has expired.');
const expired = () =>
  new AppError(409, 'request_expired', 'This request has passed its expiry time without an answer: it can no longer be accepted or declined.');
const notYours = (what: string) => new AppError(403, 'not_your_request', what);
const mentorFull = (maxMentees: number, activeMentees: number) =>
  new AppError(409, 'mentor_full', 'This mentor has no free place: the maximum number of mentees is reached.', { maxMentees, activeMentees });

/** The database caught a race the checks could not see: the same refusal the checks give. */
function mapUniqueViolation(error: unknown): never {
  const constraint = uniqueViolation(error);
  if (constraint === 'mentoring_requests_one_pending_per_pair') {
    throw new AppError(409, 'already_requested', 'You already have a pending request to this mentor.');
  }
  if (constraint === 'mentorships_one_active_per_pair') {
    throw new AppError(409, 'already_mentoring', 'You already have an active mentorship with this mentor.');
  }
  throw error;
}

/**
 * Why `mentee` cannot send a request to `mentor` now (docs/product.md, rule 13), or null. Checked in this order so
 * the most useful reason wins: the pair's own state before the mentor's availability.
 */
async function refusal(db: Db, menteeId: string, mentorId: string): Promise<AppError | null> {
  if (menteeId === mentorId) return new AppError(409, 'cannot_request_self', 'You cannot send a mentoring request to yourself.');
  const profile = await findMentorProfileRow(db, mentorId);
  if (!profile || !profile.isListed) return new AppError(409, 'mentor_inactive', 'This member has no active mentor profile.');
  if (await findActiveMentorshipBetween(db, mentorId, menteeId)) {
    return new AppError(409, 'already_mentoring', 'You already have an active mentorship with this mentor.');
  }
  if (await findPendingRequestBetween(db, menteeId, mentorId)) {
    return new AppError(409, 'already_requested', 'You already have a pending request to this mentor.');
  }
  if (profile.pausedAt) return new AppError(409, 'mentor_paused', 'This mentor has paused mentoring for now.');
  if (profile.activeMentees >= profile.maxMentees) return mentorFull(profile.maxMentees, profile.activeMentees);
  if ((await countPendingRequestsOf(db, menteeId)) >= MAX_PENDING_REQUESTS) {
    return new AppError(409, 'too_many_pending_requests', `You have ${MAX_PENDING_REQUESTS} requests waiting for an answer already.`, {
      max: MAX_PENDING_REQUESTS,
    });
  }
  return null;
}

/** "Send mentoring request" (docs/product.md, rule 13): the mentor is notified in the same transaction. */
export async function sendMentoringRequest(deps: MentoringDeps, actor: UserRow, input: SendRequest): Promise<MentoringRequest> {
  const found = await findMemberWithMentorProfile(deps.db, input.mentorUsername);
  if (!found) throw notFound('The mentor');
  const mentorId = found.user.id;
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
  if (!request || (request.mentorId !== actor.id && request.menteeId !== actor.id)) throw notFound('The request');
  if (side === 'mentor' && request.mentorId !== actor.id) throw notYours('Only the mentor can answer this request.');
  if (side === 'mentee' && request.menteeId !== actor.id) throw notYours('Only the mentee can retract this request.');
  if (request.status !== 'pending') throw notPending();
  return request;
}

/**
 * The request if its mentor may still answer it: not once the expiry time it shows has passed,
 * even in the minutes before the expiry job flips it, as both sides are told it expired unanswered.
 */
function authorizeAnswer(deps: MentoringDeps, request: RequestRow | undefined, actor: UserRow, now: Date): RequestRow {
  const answerable = authorize(request, actor, 'mentor');
  if (hasExpired(answerable.createdAt, deps.requests.expiryDays, now)) throw expired();
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
      if (!profile) throw new AppError(409, 'mentor_inactive', 'You have no mentor profile: activate it before accepting requests.');
      const active = await countActiveMentorships(tx, request.mentorId);
      if (active >= profile.maxMentees) throw mentorFull(profile.maxMentees, active);
      if (await findActiveMentorshipBetween(tx, request.mentorId, request.menteeId)) {
        throw new AppError(409, 'already_mentoring', 'You already mentor this member.');
      }
      const mentorship = await insertMentorship(tx, { requestId: request.id, mentorId: request.mentorId, menteeId: request.menteeId, startedAt: now });
      await updatePendingRequest(tx, request.id, { status: 'accepted', answeredAt: now, response: input.response ?? null });
      await setActiveMentees(tx, request.mentorId, active + 1);
      await refreshAnswerStatistics(tx, request.mentorId);
      await notify(tx, {
        userId: request.menteeId,
        type: 'request_accepted',
        data: { requestId: request.id, mentorshipId: mentorship.id, mentorName: actor.name, mentorUsername: actor.username ?? '', response: input.response ?? null },
      });
      return { mentorshipId: mentorship.id };
    })
    .catch(mapUniqueViolation);
  const capacity = toCapacity(await findMentorProfileRow(deps.db, actor.id))!;
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
    await refreshAnswerStatistics(tx, request.mentorId);
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
  if (!row) throw notFound('The request');
  const capacity = row.request.mentorId === actor.id ? toCapacity(await findMentorProfileRow(deps.db, actor.id)) : null;
  return toRequest(row, actor.id, capacity, deps.requests.expiryDays);
}

/** The Requests page: incoming or outgoing (or both), optionally by status or with one member. */
export async function listRequestsFor(deps: MentoringDeps, actor: UserRow, query: ListRequestsQuery): Promise<RequestList> {
  const capacity = toCapacity(await findMentorProfileRow(deps.db, actor.id));
  let otherUserId: string | undefined;
  if (query.with) {
    const other = await findMemberWithMentorProfile(deps.db, query.with);
    if (!other) return { items: [], capacity };
    otherUserId = other.user.id;
  }
  const rows = await listRequests(deps.db, { userId: actor.id, direction: query.direction, status: query.status, otherUserId, limit: query.limit });
  return { items: rows.map((row) => toRequest(row, actor.id, capacity, deps.requests.expiryDays)), capacity };
}

/**
 * What a mentor's profile shows the signed-in member: the pending request to retract, the active
 * mentorship, or whether — and why not — they can send a request now.
 */
export async function getMentoringRelation(deps: MentoringDeps, actor: UserRow, username: string): Promise<MentoringRelation> {
  const found = await findMemberWithMentorProfile(deps.db, username);
  if (!found) throw notFound('The member');
  const mentorId = found.user.id;
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
