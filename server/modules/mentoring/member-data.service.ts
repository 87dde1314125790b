import type { Db } from '../../db/client';

import { lockMentorProfile, setActiveMentees } from '../mentors/mentors.service';
import { forgetRequestTexts, notify, settleAnswerPrompts } from '../notifications/notifications.service';
import { countActiveMentorships, endActiveMentorship, eraseFeedbackOf, listActiveMentorshipsOf, listMentorshipsForExport } from './mentorships.repo';
import { eraseRequestTextsOf, listRequestsForExport, lockPendingRequestsOf, updatePendingRequest } from './requests.repo';

// Mentoring's part in deleting and exporting a member's data (docs/decisions/0025): the lifecycle
// module calls these inside its transaction, in the order its deletion needs.

/**
 * Withdraws the member's pending requests, both ways, and tells the other side. The requests are
 * locked first, in the order an accept takes its locks (the request, then the mentor's profile),
 * so a deletion and an accept of the same request run one after the other: an accept that got
 * there first has started a mentorship, which `endMentorshipsOfLeavingMember` then ends.
 * Call it before and again after the member's row lock (which keeps new requests out).
 */
export async function withdrawRequestsOfLeavingMember(tx: Db, member: { id: string; name: string }, now: Date): Promise<number> {
  const pending = await lockPendingRequestsOf(tx, member.id);
  for (const request of pending) {
    const withdrawn = await updatePendingRequest(tx, request.id, { status: 'withdrawn', withdrawnAt: now });
    if (!withdrawn) continue;
    const isMentee = request.menteeId === member.id;
    const other = isMentee ? request.mentorId : request.menteeId;
    if (isMentee) await settleAnswerPrompts(tx, { mentorId: request.mentorId, requestId: request.id, now });
    await notify(tx, { userId: other, type: 'request_closed_by_deletion', data: { otherName: member.name, direction: isMentee ? 'incoming' : 'outgoing' } });
  }
  return pending.length;
}

/**
 * Ends the member's active mentorships and tells the other side; a mentor who loses a mentee
 * gets the place back (their profile locked and the count rewritten, as ending one does).
 */
export async function endMentorshipsOfLeavingMember(tx: Db, member: { id: string; name: string }, now: Date): Promise<number> {
  const active = await listActiveMentorshipsOf(tx, member.id);
  // The same lock order as accepting and ending: the mentor's profile before the mentorship.
  for (const mentorship of active) {
    await lockMentorProfile(tx, mentorship.mentorId);
    const ended = await endActiveMentorship(tx, mentorship.id, { endedAt: now, endedBy: member.id, endReason: null, feedback: null });
    if (!ended) continue;
    const isMentor = mentorship.mentorId === member.id;
    if (!isMentor) await setActiveMentees(tx, mentorship.mentorId, await countActiveMentorships(tx, mentorship.mentorId));
    const other = isMentor ? mentorship.menteeId : mentorship.mentorId;
    await notify(tx, { userId: other, type: 'mentorship_ended_by_deletion', data: { otherName: member.name, role: isMentor ? 'mentee' : 'mentor' } });
  }
  return active.length;
}

/**
 * The words the member wrote in requests and mentorships go (motivation, goals, response,
 * feedback), here and in the other side's notifications about those requests; the rows stay with
 * their states and times for the statistics, and the member's id is set null when their row goes.
 */
export async function eraseMentoringTextsOf(tx: Db, memberId: string): Promise<void> {
  const requestIds = await eraseRequestTextsOf(tx, memberId);
  await forgetRequestTexts(tx, requestIds);
  await eraseFeedbackOf(tx, memberId);
}

const iso = (date: Date | null) => date?.toISOString() ?? null;
const person = (name: string | null, username: string | null) => (name === null ? null : { name, username });

/** The member's requests and mentorships, both ways, with the other side by name (their data export). */
export async function exportMentoringData(db: Db, memberId: string) {
  const requests = (await listRequestsForExport(db, memberId)).map(({ request, ...names }) => ({
    id: request.id,
    direction: request.mentorId === memberId ? ('incoming' as const) : ('outgoing' as const),
    mentee: person(names.menteeName, names.menteeUsername),
    mentor: person(names.mentorName, names.mentorUsername),
    status: request.status,
    motivation: request.motivation,
    goals: request.goals,
    response: request.response,
    declineReason: request.declineReason,
    createdAt: iso(request.createdAt),
    answeredAt: iso(request.answeredAt),
    withdrawnAt: iso(request.withdrawnAt),
    expiredAt: iso(request.expiredAt),
  }));
  const mentorships = (await listMentorshipsForExport(db, memberId)).map(({ mentorship, ...names }) => ({
    id: mentorship.id,
    role: mentorship.mentorId === memberId ? ('mentor' as const) : ('mentee' as const),
    mentor: person(names.mentorName, names.mentorUsername),
    mentee: person(names.menteeName, names.menteeUsername),
    requestId: mentorship.requestId,
    startedAt: iso(mentorship.startedAt),
    endedAt: iso(mentorship.endedAt),
    endedByYou: mentorship.endedBy === memberId,
    endReason: mentorship.endReason,
    // Feedback is for the alumni office about the other side: only the member's own.
    feedback: mentorship.endedBy === memberId ? mentorship.feedback : null,
  }));
  return { requests, mentorships };
}

