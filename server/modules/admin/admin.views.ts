import type { AdminMemberDetail, AdminMemberSummary, GraduationRequest, OwnGraduationRequest } from '../../../contract/admin';
import { isLanguage } from '../../../contract/i18n';
import type { UserRow } from '../accounts/accounts.service';
import type { MentorProfileRow } from '../mentors/mentors.service';
import type { MentoringRecord } from '../mentoring/mentorships.service';
import type { GraduationMember, GraduationRow } from './graduation.repo';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/** A member as a row of the console's list. */
export function toMemberSummary(user: UserRow): AdminMemberSummary {
  return {
    id: user.id,
    username: user.username,
    displayUsername: user.displayUsername,
    name: user.name,
    email: user.email,
    role: user.role,
    isAdmin: user.isAdmin,
    suspended: user.suspendedAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function toOwnGraduationRequest(row: GraduationRow): OwnGraduationRequest {
  return {
    id: row.id,
    graduationYear: row.graduationYear,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    decidedAt: iso(row.decidedAt),
  };
}

export function toGraduationRequest(request: GraduationRow, member: GraduationMember): GraduationRequest {
  return { ...toOwnGraduationRequest(request), member };
}

/** A member's page in the console: no password, no sessions, no messages. */
export function toMemberDetail(
  user: UserRow,
  facts: { profile: MentorProfileRow | undefined; record: MentoringRecord; graduation: GraduationRow[]; can: AdminMemberDetail['can'] },
): AdminMemberDetail {
  const { profile, record } = facts;
  return {
    member: {
      ...toMemberSummary(user),
      firstName: user.firstName,
      familyName: user.familyName,
      image: user.image,
      language: isLanguage(user.language) ? user.language : 'en',
      studyProgramme: user.studyProgramme,
      startYear: user.startYear,
      graduationYear: user.graduationYear,
      headline: user.headline,
      jobTitle: user.jobTitle,
      employer: user.employer,
      city: user.city,
      country: user.country,
      suspendedAt: iso(user.suspendedAt),
    },
    mentorProfile: profile
      ? {
          approach: profile.approach,
          expertise: profile.expertise,
          industry: profile.industry,
          maxMentees: profile.maxMentees,
          activeMentees: profile.activeMentees,
          isListed: profile.isListed,
          pausedAt: iso(profile.pausedAt),
          activatedAt: profile.activatedAt.toISOString(),
        }
      : null,
    requests: record.requests.map((request) => ({ ...request, createdAt: request.createdAt.toISOString(), answeredAt: iso(request.answeredAt) })),
    mentorships: record.mentorships.map((ship) => ({ ...ship, startedAt: ship.startedAt.toISOString(), endedAt: iso(ship.endedAt) })),
    graduationRequests: facts.graduation.map(toOwnGraduationRequest),
    can: facts.can,
  };
}
