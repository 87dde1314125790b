import type { Dashboard, EndMentorship, ListMentorshipsQuery, MentoringRequest, Mentorship, MentorshipList } from '../../../contract/mentoring';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { type UserRow, findMemberByUsername, findMemberNames } from '../accounts/accounts.service';
import { suggestMentors } from '../mentors/mentor-search.service';
import { availabilityOf, missingForListing, profileFacts } from '../mentors/mentors.policy';
import { findMentorProfile, lockMentorProfile, setActiveMentees } from '../mentors/mentors.service';
import { countUnread, notify } from '../notifications/notifications.service';
import { abilitiesOf, assertMayEnd } from './mentoring.policy';
import { toCapacity, toMentorship, toRequest } from './mentoring.views';
import { countActiveMentorships, endActiveMentorship, findMentorship, listMentorships } from './mentorships.repo';
import { countPendingRequests, listRequests } from './requests.repo';
import { type MentoringDeps, ruleContext } from './requests.service';

/**
 * Ends a mentorship (docs/product.md, rule 16), by either side: the place frees up in the same transaction (the
 * mentor's row locked, the count rewritten) and both are notified.
 */
export async function endMentorship(deps: MentoringDeps, actor: UserRow, id: string, input: EndMentorship): Promise<Mentorship> {
  const found = await findMentorship(deps.db, id);
  assertMayEnd(actor, found);
  const now = deps.now?.() ?? new Date();
  await deps.db.transaction(async (tx) => {
    // The same lock as accepting: the count written below is exact whatever else runs.
    await lockMentorProfile(tx, found.mentorId);
    const ended = await endActiveMentorship(tx, id, {
      endedAt: now,
      endedBy: actor.id,
      endReason: input.reason ?? null,
      feedback: input.feedback ?? null,
    });
    // Ended meanwhile by the other side: the same answer the policy gives an ended one.
    if (!ended) throw errors.mentorship_not_active();
    await setActiveMentees(tx, found.mentorId, await countActiveMentorships(tx, found.mentorId));
    const names = await findMemberNames(tx, [found.mentorId, found.menteeId]);
    for (const [receiver, other] of [
      [found.mentorId, found.menteeId],
      [found.menteeId, found.mentorId],
    ] as const) {
      const person = names.get(other) ?? { name: '', username: '' };
      await notify(tx, {
        userId: receiver,
        type: 'mentorship_ended',
        data: { mentorshipId: id, otherName: person.name, otherUsername: person.username, endedByYou: receiver === actor.id, reason: input.reason ?? null },
      });
    }
  });
  const [row] = await listMentorships(deps.db, { userId: actor.id, id });
  return toMentorship(row!, actor.id);
}

/** Current and past mentorships; as a mentor this is the Mentor History with the places. */
export async function listMentorshipsFor(deps: MentoringDeps, actor: UserRow, query: ListMentorshipsQuery): Promise<MentorshipList> {
  const capacity = toCapacity(await findMentorProfile(deps.db, actor.id));
  let otherUserId: string | undefined;
  if (query.with) {
    const other = await findMemberByUsername(deps.db, query.with);
    if (!other) return { items: [], capacity };
    otherUserId = other.id;
  }
  const rows = await listMentorships(deps.db, { userId: actor.id, role: query.role, state: query.state, otherUserId });
  return { items: rows.map((row) => toMentorship(row, actor.id)), capacity };
}

const DASHBOARD_ITEMS = 5;

/**
 * The dashboard (docs/product.md, rule 19): open requests both ways, active mentorships, unread counts, suggestions,
 * and what the member can do (look for a mentor, mentor) with the state of their own mentor profile, so each role
 * sees only the sections it can use and a next step.
 */
export async function getDashboard(deps: MentoringDeps, actor: UserRow): Promise<Dashboard> {
  // One round of statements at once (the profile is needed only to describe the requests). The
  // suggestions first: they take two statements one after the other, the rest one each.
  const [suggested, profile, incoming, outgoing, counts, active, unread] = await Promise.all([
    suggestMentors(deps, actor, 3),
    findMentorProfile(deps.db, actor.id),
    listRequests(deps.db, { userId: actor.id, direction: 'incoming', status: 'pending', limit: DASHBOARD_ITEMS }),
    listRequests(deps.db, { userId: actor.id, direction: 'outgoing', status: 'pending', limit: DASHBOARD_ITEMS }),
    countPendingRequests(deps.db, actor.id),
    listMentorships(deps.db, { userId: actor.id, state: 'active' }),
    countUnread(deps.db, actor.id),
  ]);
  const capacity = toCapacity(profile);
  const context = ruleContext(deps, deps.now?.() ?? new Date(), capacity);
  const view = (row: (typeof incoming)[number]) => toRequest(row, actor.id, context);
  return {
    can: abilitiesOf(actor),
    mentorProfile: profile ? { availability: availabilityOf(profileFacts(profile)), missing: missingForListing(profile) } : null,
    incomingRequests: { count: counts.incoming, items: incoming.map(view) },
    outgoingRequests: { count: counts.outgoing, items: outgoing.map(view) },
    activeMentorships: active.map((row) => toMentorship(row, actor.id)),
    unreadNotifications: unread,
    unreadMessages: null,
    suggestedMentors: suggested.items,
    capacity,
  };
}

/** A member's requests and mentorships as the alumni office's console lists them (who with, when, how it stands). */
export interface MentoringRecord {
  requests: Array<{
    id: string;
    direction: 'sent' | 'received';
    other: { id: string; username: string | null; name: string };
    status: MentoringRequest['status'];
    createdAt: Date;
    answeredAt: Date | null;
  }>;
  mentorships: Array<{
    id: string;
    as: 'mentor' | 'mentee';
    other: { id: string; username: string | null; name: string };
    startedAt: Date;
    endedAt: Date | null;
  }>;
}

/**
 * The console's view of a member's mentoring (the console's own rule lets only admins ask): the
 * newest 200 requests either way and their mentorships, without the texts the two members wrote.
 */
export async function mentoringRecordOf(db: Db, memberId: string): Promise<MentoringRecord> {
  const [requests, ships] = await Promise.all([listRequests(db, { userId: memberId, limit: 200 }), listMentorships(db, { userId: memberId })]);
  const person = (summary: { userId: string; username: string | null; name: string }) => ({ id: summary.userId, username: summary.username, name: summary.name });
  return {
    requests: requests.map(({ request, mentee, mentor }) => {
      const sent = request.menteeId === memberId;
      return {
        id: request.id,
        direction: sent ? 'sent' : 'received',
        other: person(sent ? mentor : mentee),
        status: request.status as MentoringRequest['status'],
        createdAt: request.createdAt,
        answeredAt: request.answeredAt,
      };
    }),
    mentorships: ships.map(({ mentorship, mentor, mentee }) => {
      const asMentor = mentorship.mentorId === memberId;
      return {
        id: mentorship.id,
        as: asMentor ? 'mentor' : 'mentee',
        other: person(asMentor ? mentee : mentor),
        startedAt: mentorship.startedAt,
        endedAt: mentorship.endedAt,
      };
    }),
  };
}
