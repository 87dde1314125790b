import { randomUUID } from 'node:crypto';
import {
  type AcceptRequest,
  type AcceptResult,
  type DeclineRequest,
  type ListRequestsQuery,
  type MentoringRelation,
  type MentoringRequest,
  type RequestList,
  type SendRequest,
} from '../../../contract/mentoring';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import { allows } from '../../lib/policy';
import { type UserRow, findMemberByUsername, lockMember } from '../accounts/accounts.service';
import { isBlockedBy, openConversationForAcceptedRequest } from '../inbox/inbox.service';
import {
  type MentorProfileRow,
  findMentorProfile,
  lockMentorProfile,
  setAnswerStatistics,
  setPlacesAndAnswerStatistics,
} from '../mentors/mentors.service';
import { mentorRefusal, profileFacts } from '../mentors/mentors.policy';
import { notify, settleAnswerPrompts } from '../notifications/notifications.service';
import {
  type RequestContext,
  type SendFacts,
  abilitiesOf,
  assertMayActOnRequest,
  assertMaySeeRequest,
  assertMaySend,
  sendRefusal,
} from './mentoring.policy';
import { countActiveMentorships, findActiveMentorshipBetween, insertMentorship } from './mentorships.repo';
import { toCapacity, toMentorship, toRequest } from './mentoring.views';
import { expiresAt } from './request-expiry.service';
import {
  answerPendingRequest,
  countPendingRequestsOf,
  findPendingRequestBetween,
  findRequest,
  findRequestsAndPlaces,
  insertRequest,
  listRequests,
  lockPendingRequestsOf,
  lockRequestWithPeople,
  type RequestAndPlaces,
  type RequestRow,
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
 * What the rules of sending (mentoring.policy.ts, rule 13) read about the mentee and the mentor,
 * with the pending request and the running mentorship found. One query after another: `db` may be
 * a transaction, whose one connection runs one statement at a time.
 */
async function sendFacts(db: Db, menteeId: string, mentorId: string) {
  const profile = await findMentorProfile(db, mentorId);
  const active = await findActiveMentorshipBetween(db, mentorId, menteeId);
  const pending = await findPendingRequestBetween(db, menteeId, mentorId);
  const pendingRequests = await countPendingRequestsOf(db, menteeId);
  const blockedByMentor = await isBlockedBy(db, mentorId, menteeId);
  const facts: SendFacts = {
    mentorId,
    mentor: profile ? profileFacts(profile) : null,
    hasActiveMentorship: active !== undefined,
    hasPendingRequest: pending !== undefined,
    pendingRequests,
    blockedByMentor,
  };
  return { facts, active, pending };
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
      assertMaySend(actor, (await sendFacts(tx, actor.id, mentorId)).facts);
      const row = await insertRequest(tx, { menteeId: actor.id, mentorId, motivation: input.motivation, goals: input.goals ?? null, createdAt: now });
      await notify(tx, {
        userId: mentorId,
        type: 'request_received',
        data: { requestId: row.id, menteeName: actor.name, menteeUsername: actor.username ?? '', motivation: row.motivation, goals: row.goals },
      });
      return row;
    })
    .catch(mapUniqueViolation);
  return getRequest(deps, actor, created.id);
}

/** When the request rules are asked, and (to accept, or to show `can.accept`) the mentor's places. */
export const ruleContext = (deps: MentoringDeps, now: Date, places: RequestContext['places'] = null): RequestContext => ({
  now,
  expiryDays: deps.requests.expiryDays,
  places,
});

/**
 * Accept (docs/product.md, rule 14): starts a mentorship. The mentor's row is locked before the active mentorships
 * are counted, so accepts that race — on any number of server instances — never exceed the maximum.
 *
 * A refusal costs no transaction: the same rule is asked first on plain reads (the request and the mentor's
 * places as the profile row has them), so a full mentor's racing accepts are refused without waiting for a
 * pool connection's transaction or the row lock; within a process, accepts of one mentor wait for the one in
 * its transaction and then read again, together (oneAcceptAtATime, readBeforeAccept). The answer under the
 * lock, on a fresh count, is the one that counts. Locks are taken in one order, the same as declining: the
 * request, then the mentor's profile row. What does not depend on the places (the conversation, the
 * notifications) is written between the two, so the mentor's row is held only for the count and the writes
 * that follow from it; a refusal under that lock rolls all of it back.
 */
export async function acceptRequest(deps: MentoringDeps, actor: UserRow, id: string, input: AcceptRequest): Promise<AcceptResult> {
  const now = clock(deps);
  const response = input.response ?? null;
  // Only the request's mentor may accept (the rule says so before the places): the places read are the actor's.
  const precheck = async () => {
    const seen = await readBeforeAccept(deps.db, actor.id, id);
    assertMayActOnRequest(actor, seen?.request, 'accept', ruleContext(deps, now, toPlaces(actor, seen?.places, seen?.places?.activeMentees ?? 0)));
  };
  const { answered, mentorship, profile } = await oneAcceptAtATime(actor.id, precheck, () =>
    deps.db.transaction(async (tx) => {
      const locked = await lockRequestWithPeople(tx, id, actor.id);
      const request = locked?.request;
      // Asked again on the places as they are now, before anything is written: a mentor another
      // process filled since the first read is refused with nothing to roll back.
      assertMayActOnRequest(actor, request, 'accept', ruleContext(deps, now, toPlaces(actor, locked?.places, locked?.places?.activeMentees ?? 0)));
      const { mentee, reportedByMe } = locked!;
      const mentorshipId = randomUUID();
      await settleAnswerPrompts(tx, { mentorId: request.mentorId, requestId: request.id, now });
      // The pair's conversation in the Inbox opens (or continues) with the motivation and the response.
      await openConversationForAcceptedRequest(tx, { request, mentee: { id: mentee.userId, name: mentee.name, username: mentee.username }, mentor: actor, response, now });
      await notify(tx, {
        userId: request.menteeId,
        type: 'request_accepted',
        data: { requestId: request.id, mentorshipId, mentorName: actor.name, mentorUsername: actor.username ?? '', response },
      });
      // The places under the lock, counted afresh: the rule the `can.accept` flag shows, on exact numbers.
      const places = await lockMentorProfile(tx, request.mentorId);
      const active = places ? await countActiveMentorships(tx, request.mentorId) : 0;
      assertMayActOnRequest(actor, request, 'accept', ruleContext(deps, now, toPlaces(actor, places, active)));
      // A running mentorship of the pair is refused by its unique index (mapUniqueViolation: already_mentoring).
      const mentorship = await insertMentorship(tx, { id: mentorshipId, requestId: request.id, mentorId: request.mentorId, menteeId: request.menteeId, startedAt: now });
      const statistics = await answerPendingRequest(tx, request, { status: 'accepted', answeredAt: now, response });
      const profile = await setPlacesAndAnswerStatistics(tx, request.mentorId, { activeMentees: active + 1, ...statistics });
      // The request as the update left it: no read after the commit.
      const answered = { mentee, mentor: locked!.mentor, reportedByMe, request: { ...request, status: 'accepted' as const, answeredAt: now, response }, mentorshipId };
      return { answered, mentorship, profile };
    }),
  ).catch(mapUniqueViolation);
  const capacity = toCapacity(profile)!;
  return {
    request: toRequest(answered, actor.id, ruleContext(deps, clock(deps), capacity)),
    mentorship: toMentorship({ mentorship, mentor: answered.mentor, mentee: answered.mentee }, actor.id),
    capacity,
  };
}

/** The plain reads each mentor's accepts wait to send (see readBeforeAccept): the request ids gathered, and the answer. */
const nextReads = new Map<string, { ids: string[]; seen: Promise<Map<string, RequestAndPlaces>> }>();

/**
 * What an accept asks first (its request and the mentor's places), read in one statement with the
 * other accepts of the same mentor that ask in the same turn of the event loop: when a turn of
 * oneAcceptAtATime ends, the accepts that waited for it read together instead of one by one.
 */
function readBeforeAccept(db: Db, mentorId: string, id: string): Promise<RequestAndPlaces | undefined> {
  let next = nextReads.get(mentorId);
  if (!next) {
    const ids: string[] = [];
    const seen = new Promise((resolve) => setImmediate(resolve)).then(async () => {
      nextReads.delete(mentorId);
      const rows = await findRequestsAndPlaces(db, ids, mentorId);
      return new Map(rows.map((row) => [row.request.id, row]));
    });
    next = { ids, seen };
    nextReads.set(mentorId, next);
  }
  next.ids.push(id);
  return next.seen.then((seen) => seen.get(id));
}

/** The accept of each mentor that holds a transaction in this process (see oneAcceptAtATime). */
const acceptsInFlight = new Map<string, Promise<unknown>>();

/**
 * Runs one mentor's accepts in this process one transaction at a time (ADR 0030). An accept that
 * comes while another of the same mentor is in its transaction waits here, holding no pool connection
 * and no lock, then asks the rule again on plain reads (`precheck`, which throws the refusal): once the
 * mentor is full, the waiting accepts are refused at once, together, instead of queueing one by one
 * on the mentor's row lock. Only the lock inside the transaction guarantees the maximum: other
 * processes race there as before.
 */
async function oneAcceptAtATime<T>(mentorId: string, precheck: () => Promise<void>, run: () => Promise<T>): Promise<T> {
  for (;;) {
    const inFlight = acceptsInFlight.get(mentorId);
    if (inFlight) {
      await inFlight.catch(() => {});
      continue;
    }
    await precheck();
    // Another accept took the turn while this one read: wait for it and read again.
    if (acceptsInFlight.has(mentorId)) continue;
    const turn = run();
    acceptsInFlight.set(mentorId, turn);
    try {
      return await turn;
    } finally {
      acceptsInFlight.delete(mentorId);
    }
  }
}

/**
 * The mentor's places as the accept rule reads them; null without a profile, or when the mentor may
 * no longer mentor (the alumni office changed their role since the request came: rule 9).
 */
const toPlaces = (
  mentor: Pick<UserRow, 'role'>,
  profile: Pick<MentorProfileRow, 'maxMentees'> | null | undefined,
  activeMentees: number,
): RequestContext['places'] =>
  profile && allows(mentorRefusal(mentor)) ? { maxMentees: profile.maxMentees, activeMentees } : null;

/** Decline (docs/product.md, rule 14), with the response text and an optional structured reason; the mentee is told. */
export async function declineRequest(deps: MentoringDeps, actor: UserRow, id: string, input: DeclineRequest): Promise<MentoringRequest> {
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const request = await findRequest(tx, id, { forUpdate: true });
    assertMayActOnRequest(actor, request, 'answer', ruleContext(deps, now));
    const response = input.response ?? null;
    const reason = input.reason ?? null;
    await setAnswerStatistics(tx, request.mentorId, await answerPendingRequest(tx, request, { status: 'declined', answeredAt: now, response, declineReason: reason }));
    await settleAnswerPrompts(tx, { mentorId: request.mentorId, requestId: request.id, now });
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
    const request = await findRequest(tx, id, { forUpdate: true });
    assertMayActOnRequest(actor, request, 'retract', ruleContext(deps, now));
    await withdraw(tx, request, actor, now);
  });
  return getRequest(deps, actor, id);
}

/** A pending request (its row locked) withdrawn: the mentor's prompts to answer it are done, and they are told. */
async function withdraw(tx: Db, request: RequestRow, mentee: Pick<UserRow, 'name' | 'username'>, now: Date): Promise<void> {
  await updatePendingRequest(tx, request.id, { status: 'withdrawn', withdrawnAt: now });
  await settleAnswerPrompts(tx, { mentorId: request.mentorId, requestId: request.id, now });
  await notify(tx, {
    userId: request.mentorId,
    type: 'request_withdrawn',
    data: { requestId: request.id, menteeName: mentee.name, menteeUsername: mentee.username ?? '' },
  });
}

/**
 * Every pending request the member sent is withdrawn, as if they had retracted each, and each
 * mentor is told (a suspended member's requests stop waiting). Call it with the caller's `tx`.
 * Answers the ids withdrawn.
 */
export async function withdrawPendingRequestsOf(tx: Db, mentee: Pick<UserRow, 'id' | 'name' | 'username'>, now: Date): Promise<string[]> {
  const pending = (await lockPendingRequestsOf(tx, mentee.id)).filter((request) => request.menteeId === mentee.id);
  for (const request of pending) await withdraw(tx, request, mentee, now);
  return pending.map((request) => request.id);
}

/** A request as moderation reads it (a reported motivation): undefined when there is none. No permission check: the caller decides. */
export const findRequestById = (db: Db, id: string): Promise<RequestRow | undefined> => findRequest(db, id);
export type { RequestRow } from './requests.repo';

/** One request, to its mentor or mentee only (404 otherwise). */
export async function getRequest(deps: MentoringDeps, actor: UserRow, id: string): Promise<MentoringRequest> {
  // The list is of the actor's own requests already; the policy says so once more, in words.
  const [row] = await listRequests(deps.db, { userId: actor.id, ids: [id], limit: 1 });
  assertMaySeeRequest(actor, row?.request);
  const capacity = row.request.mentorId === actor.id ? toCapacity(await findMentorProfile(deps.db, actor.id)) : null;
  return toRequest(row, actor.id, ruleContext(deps, clock(deps), capacity));
}

/** The Requests page: incoming or outgoing (or both), optionally by status or with one member. */
export async function listRequestsFor(deps: MentoringDeps, actor: UserRow, query: ListRequestsQuery): Promise<RequestList> {
  const capacity = toCapacity(await findMentorProfile(deps.db, actor.id));
  const can = abilitiesOf(actor);
  let otherUserId: string | undefined;
  if (query.with) {
    const other = await findMemberByUsername(deps.db, query.with);
    if (!other) return { can, items: [], capacity };
    otherUserId = other.id;
  }
  const rows = await listRequests(deps.db, { userId: actor.id, direction: query.direction, status: query.status, otherUserId, limit: query.limit });
  const context = ruleContext(deps, clock(deps), capacity);
  return { can, items: rows.map((row) => toRequest(row, actor.id, context)), capacity };
}

/**
 * What a mentor's profile shows the signed-in member: the pending request to retract, the active
 * mentorship, or whether — and why not — they can send a request now.
 */
export async function getMentoringRelation(deps: MentoringDeps, actor: UserRow, username: string): Promise<MentoringRelation> {
  const found = await findMemberByUsername(deps.db, username);
  if (!found) throw errors.not_found('The member');
  const { facts, pending, active } = await sendFacts(deps.db, actor.id, found.id);
  const refused = sendRefusal(actor, facts);
  return {
    canRequest: allows(refused),
    reason: refused?.code ?? null,
    pendingRequest: pending
      ? { id: pending.id, createdAt: pending.createdAt.toISOString(), expiresAt: expiresAt(pending.createdAt, deps.requests.expiryDays).toISOString() }
      : null,
    activeMentorship: active ? { id: active.id, startedAt: active.startedAt.toISOString() } : null,
  };
}
