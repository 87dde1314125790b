import type { MemberSummary, MentorCapacity, MentoringRequest, Mentorship } from '../../../contract/mentoring';
import { isFull, profileFacts } from '../mentors/mentors.policy';
import type { MentorProfileRow } from '../mentors/mentors.service';
import { type RequestContext, permissionsFor } from './mentoring.policy';
import type { MentorshipWithPeople } from './mentorships.repo';
import { expiresAt } from './request-expiry.service';
import type { MemberSummaryRow, RequestWithPeople } from './requests.repo';

export function toCapacity(profile: MentorProfileRow | undefined): MentorCapacity | null {
  if (!profile) return null;
  return {
    maxMentees: profile.maxMentees,
    activeMentees: profile.activeMentees,
    isPaused: profileFacts(profile).isPaused,
    isFull: isFull(profile),
  };
}

export function toSummary(row: MemberSummaryRow): MemberSummary {
  return { ...row, username: row.username ?? '' };
}

/**
 * A request as `viewerId` sees it, with what they may do now (mentoring.policy.ts). `context.places`
 * is the viewer's own capacity as a mentor: a full mentor can decline but not accept
 * (docs/product.md, rule 14: "answerable but not acceptable").
 */
export function toRequest(row: RequestWithPeople, viewerId: string, context: RequestContext): MentoringRequest {
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
    expiresAt: isPending ? expiresAt(request.createdAt, context.expiryDays).toISOString() : null,
    mentorshipId: row.mentorshipId,
    can: permissionsFor({ id: viewerId }, { ...request, reported: row.reportedByMe }, context),
    reported: row.reportedByMe,
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
    can: permissionsFor({ id: viewerId }, mentorship),
  };
}
