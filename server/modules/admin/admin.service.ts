import { ADMIN_PAGE_SIZE, type AdminMemberDetail, type AdminMemberList, type MemberSearchQuery, type UpdateMember } from '../../../contract/admin';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import { type UserRow, findMember, findMemberByUsername, lockActiveAdmins, lockMember, searchMembers, updateMember } from '../accounts/accounts.service';
import { recordAdminAction } from '../audit/audit.service';
import { deactivateMentorProfile, findMentorProfile } from '../mentors/mentors.service';
import { mentoringRecordOf } from '../mentoring/mentorships.service';
import { suspendMemberIn, unsuspendMember } from '../moderation/suspension.service';
import { notify } from '../notifications/notifications.service';
import { assertMayChangeAdminRight, assertMayUseConsole, permissionsFor } from './admin.policy';
import { toMemberDetail, toMemberSummary } from './admin.views';
import { decidePendingGraduationRequestOf, listGraduationRequestsOf } from './graduation.repo';

export interface AdminDeps {
  db: Db;
  now?: () => Date;
}

const clock = (deps: AdminDeps) => deps.now?.() ?? new Date();

/** The console's member search: by name, user name or email, role, admin right and status, 20 a page. */
export async function findMembers(deps: AdminDeps, actor: UserRow, query: MemberSearchQuery): Promise<AdminMemberList> {
  assertMayUseConsole(actor);
  const { rows, total } = await searchMembers(deps.db, {
    text: query.q,
    role: query.role,
    suspended: query.status === undefined ? undefined : query.status === 'suspended',
    isAdmin: query.admin,
    limit: ADMIN_PAGE_SIZE,
    offset: (query.page - 1) * ADMIN_PAGE_SIZE,
  });
  return { items: rows.map(toMemberSummary), total, page: query.page, pageSize: ADMIN_PAGE_SIZE };
}

/** One member as the console shows them: profile, mentor profile, requests, mentorships, graduation (never messages). */
export async function getMemberDetail(deps: AdminDeps, actor: UserRow, id: string): Promise<AdminMemberDetail> {
  assertMayUseConsole(actor);
  const user = await findMember(deps.db, id);
  if (!user) throw errors.not_found('The member');
  return memberDetail(deps.db, actor, user);
}

async function memberDetail(db: Db, actor: UserRow, user: UserRow): Promise<AdminMemberDetail> {
  const [profile, record, graduation, admins] = await Promise.all([
    findMentorProfile(db, user.id),
    mentoringRecordOf(db, user.id),
    listGraduationRequestsOf(db, user.id),
    searchMembers(db, { isAdmin: true, limit: 2, offset: 0 }),
  ]);
  const can = permissionsFor(actor, user, admins.rows.map((row) => row.id));
  return toMemberDetail(user, { profile, record, graduation, can });
}

/**
 * The alumni office changes a member's account: user name (rule 2: unique regardless of case, the
 * old one no longer finds them), role (with a reason; a member who stops being an alumnus has their
 * mentor profile paused: students and staff never mentor), admin right (never the last admin).
 * One transaction: each change is written to the audit log with before and after, and the member
 * is told by notification and email.
 */
export async function changeMember(deps: AdminDeps, actor: UserRow, id: string, input: UpdateMember): Promise<AdminMemberDetail> {
  assertMayUseConsole(actor);
  const now = clock(deps);
  try {
    const user = await deps.db.transaction(async (tx): Promise<UserRow> => {
      // The admins' rows first (every change of the admin right takes them in this order), then the member's.
      // (Suspension takes the same admins' locks first, so it comes into this order too.)
      const admins = input.isAdmin === undefined && input.suspended === undefined ? [] : await lockActiveAdmins(tx);
      await lockMember(tx, id);
      let member = await findMember(tx, id);
      if (!member) throw errors.not_found('The member');
      if (input.username !== undefined) member = await changeUsername(tx, actor, member, input.username);
      if (input.role !== undefined) member = await changeRole(tx, actor, member, input.role, input.reason ?? '', now);
      if (input.isAdmin !== undefined) member = await changeAdminRight(tx, actor, member, input.isAdmin, admins);
      // Moderation's suspension (one rule and one audit entry for the queue and the console).
      if (input.suspended === true) member = (await suspendMemberIn(tx, actor, member.id, now, { reason: input.reason ?? null })).member;
      return member;
    });
    // Lifting a suspension is moderation's own transaction (nothing else in the change depends on it).
    const lifted = input.suspended === false ? (await unsuspendMember(deps, actor, id, { reason: input.reason ?? null })).member : user;
    return memberDetail(deps.db, actor, lifted);
  } catch (error) {
    if (uniqueViolation(error) === 'users_username_unique') throw errors.username_taken();
    throw error;
  }
}

async function changeUsername(tx: Db, actor: UserRow, member: UserRow, username: string): Promise<UserRow> {
  const display = username.trim();
  const stored = display.toLowerCase();
  if (display === member.displayUsername && stored === member.username) return member;
  const holder = await findMemberByUsername(tx, stored);
  if (holder && holder.id !== member.id) throw errors.username_taken();
  const changed = (await updateMember(tx, member.id, { username: stored, displayUsername: display }))!;
  const before = member.displayUsername ?? member.username;
  await recordAdminAction(tx, {
    actorId: actor.id,
    action: 'member_username_changed',
    targetType: 'member',
    targetId: member.id,
    details: { before: { username: before }, after: { username: display } },
  });
  await notify(tx, { userId: member.id, type: 'username_changed', data: { oldUsername: before ?? '', newUsername: display } });
  return changed;
}

async function changeRole(tx: Db, actor: UserRow, member: UserRow, role: NonNullable<UserRow['role']>, reason: string, now: Date): Promise<UserRow> {
  if (member.role === role) return member;
  // A waiting "I have graduated" request is answered by the change: approved when they become an
  // alumnus (with the year they gave, unless one is known), rejected with this reason otherwise.
  const graduation = await decidePendingGraduationRequestOf(tx, member.id, {
    status: role === 'alumnus' ? 'approved' : 'rejected',
    reason: role === 'alumnus' ? null : reason,
    decidedBy: actor.id,
    decidedAt: now,
  });
  const graduationYear = role === 'alumnus' && graduation && member.graduationYear === null ? graduation.graduationYear : undefined;
  const changed = (await updateMember(tx, member.id, { role, ...(graduationYear ? { graduationYear } : {}) }))!;
  // Only alumni mentor (rule 9): a profile of someone who stops being one is paused, and the listing triggers unlist it.
  const paused = role === 'alumnus' ? undefined : await deactivateMentorProfile(tx, member.id, now);
  await recordAdminAction(tx, {
    actorId: actor.id,
    action: 'member_role_changed',
    targetType: 'member',
    targetId: member.id,
    details: {
      before: { role: member.role },
      after: { role, ...(graduationYear ? { graduationYear } : {}) },
      reason,
      ...(paused ? { mentorProfilePaused: true } : {}),
      ...(graduation ? { graduationRequest: { id: graduation.id, status: graduation.status } } : {}),
    },
  });
  await notify(tx, { userId: member.id, type: 'role_changed', data: { oldRole: member.role, newRole: role, reason } });
  return changed;
}

async function changeAdminRight(tx: Db, actor: UserRow, member: UserRow, isAdmin: boolean, admins: string[]): Promise<UserRow> {
  assertMayChangeAdminRight(actor, member, isAdmin, admins);
  if (member.isAdmin === isAdmin) return member;
  const changed = (await updateMember(tx, member.id, { isAdmin }))!;
  await recordAdminAction(tx, {
    actorId: actor.id,
    action: isAdmin ? 'admin_granted' : 'admin_revoked',
    targetType: 'member',
    targetId: member.id,
    details: { before: { isAdmin: member.isAdmin }, after: { isAdmin } },
  });
  await notify(tx, { userId: member.id, type: 'admin_right_changed', data: { isAdmin } });
  return changed;
}
