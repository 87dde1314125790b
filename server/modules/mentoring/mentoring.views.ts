import type { MemberSummary, MentorCapacity, MentoringRequest, Mentorship } from '../../../contract/mentoring';
import type { MentorProfileRow } from '../mentors/mentors.service';
import type { MentorshipWithPeople } from './mentorships.repo';
import type { MemberSummaryRow, RequestWithPeople } from './requests.repo';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a request made at `createdAt` expires unanswered. */
export const expiresAt = (createdAt: Date, expiryDays: number): Date => new Date(createdAt.getTime() + expiryDays * DAY_MS);

export function toCapacity(profile: MentorProfileRow | undefined): MentorCapacity | null {
  if (!profile) return null;
  return {
    maxMentees: profile.maxMentees,
    activeMentees: profile.activeMentees,
    isPaused: profile.pausedAt !== null,
    isFull: profile.activeMentees >= profile.maxMentees,
  };
}

export function toSummary(row: MemberSummaryRow): MemberSummary {
  return { ...row, username: row.username ?? '' };
}

/**
 * A request as `viewerId` sees it, with what they may do now. `capacity` is the viewer's own as a
 * mentor: a full mentor can decline but not accept (docs/product.md, rule 14: "answerable but not acceptable").
 */
export function toRequest(row: RequestWithPeople, viewerId: string, capacity: MentorCapacity | null, expiryDays: number): MentoringRequest {
  const { request } = row;
  const isMentor = request.mentorId === viewerId;
  const isPending = request.status === 'pending';
  return {
    id: request.id,
    status: request.status,
    direction: isMentor ? 'incoming' : 'outgoing',
    mentee: toSummary(row.mentee),
    mentor: toSummary(row.mentor),
    motivation: request.motivation,
    goals: request.goals,
    response: request.response,
    declineReason: request.declineReason,
    createdAt: request.createdAt.toISOString(),
    answeredAt: request.answeredAt?.toISOString() ?? null,
    withdrawnAt: request.withdrawnAt?.toISOString() ?? null,
    expiredAt: request.expiredAt?.toISOString() ?? null,
    expiresAt: isPending ? expiresAt(request.createdAt, expiryDays).toISOString() : null,
    mentorshipId: row.mentorshipId,
    can: {
      accept: isPending && isMentor && capacity !== null && !capacity.isFull,
      decline: isPending && isMentor,
      retract: isPending && request.menteeId === viewerId,
    },
  };
}

export function toMentorship(row: MentorshipWithPeople, viewerId: string): Mentorship {
  const { mentorship } = row;
  const endedBy =
    mentorship.endedAt === null || mentorship.endedBy === null ? null : mentorship.endedBy === mentorship.mentorId ? 'mentor' : 'mentee';
  return {
    id: mentorship.id,
    role: mentorship.mentorId === viewerId ? 'mentor' : 'mentee',
    mentor: toSummary(row.mentor),
    mentee: toSummary(row.mentee),
    requestId: mentorship.requestId,
    startedAt: mentorship.startedAt.toISOString(),
    endedAt: mentorship.endedAt?.toISOString() ?? null,
    endedBy,
    endReason: mentorship.endReason,
    isActive: mentorship.endedAt === null,
  };
}
