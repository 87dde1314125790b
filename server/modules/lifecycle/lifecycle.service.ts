import type { AdminDeleteMember, DataExport, DeleteAccount } from '../../../contract/lifecycle';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import {
  type UserRow,
  confirmAccountDeletion,
  deleteAccount,
  exportAccountData,
  findMember,
  lockActiveAdmins,
  lockMember,
} from '../accounts/accounts.service';
import { exportGraduationRequests } from '../admin/graduation.service';
import { recordAdminAction } from '../audit/audit.service';
import { exportInboxData, releaseInboxOf } from '../inbox/member-data.service';
import { forgetAccountCounters } from '../limits/limits.service';
import { endMentorshipsOfLeavingMember, eraseMentoringTextsOf, exportMentoringData, withdrawRequestsOfLeavingMember } from '../mentoring/member-data.service';
import { exportMentorData } from '../mentors/mentors.service';
import { exportNotifications } from '../notifications/notifications.service';
import { dropNotificationMailsOf, enqueueMail } from '../outbox/outbox.service';
import { exportPhoto } from '../profile/photo.service';
import { assertMayDeleteMember, assertMayDeleteOwnAccount } from './lifecycle.policy';

// The account lifecycle (docs/decisions/0025): deleting an account and exporting a member's data.
// It owns no table: each owning module does its part through its service, in one transaction.

export interface LifecycleDeps {
  db: Db;
  now?: () => Date;
}

const clock = (deps: LifecycleDeps) => deps.now?.() ?? new Date();

/** What the member is told, by mail, once their account is gone. */
interface DeletedBy {
  admin: { id: string; reason: string } | null;
}

/**
 * Deletes the member's account, every module doing its part (ADR 0025). The order is the order
 * of the locks, the same as an accept's: the member's pending requests first (an accept holding one
 * finishes, and its mentorship is then ended here), then the member's row (no new request, message
 * or mentorship can refer to them after this), then the rest.
 */
async function removeMember(tx: Db, member: UserRow, by: DeletedBy, now: Date): Promise<void> {
  const leaving = { id: member.id, name: member.name };
  await lockMember(tx, member.id);
  // Again under the member's row lock: a request sent to them in between is withdrawn too.
  await withdrawRequestsOfLeavingMember(tx, leaving, now);
  await endMentorshipsOfLeavingMember(tx, leaving, now);
  await eraseMentoringTextsOf(tx, member.id);
  await releaseInboxOf(tx, member.id);
  await forgetAccountCounters(tx, [member.id, member.email.toLowerCase(), member.username ?? '']);
  await dropNotificationMailsOf(tx, member.id);
  // Account mail goes out whatever the notification setting (docs/product.md, rule 18); it is
  // addressed now, as the account it would be looked up by is gone when the worker sends it.
  await enqueueMail(tx, {
    to: member.email,
    language: member.language === 'nl' ? 'nl' : 'en',
    template: 'account_deleted',
    data: { byAdmin: by.admin !== null, reason: by.admin?.reason ?? null },
    ...(member.firstName ? { name: member.firstName } : {}),
  });
  if (by.admin) {
    await recordAdminAction(tx, {
      actorId: by.admin.id,
      action: 'member_deleted',
      targetType: 'member',
      targetId: member.id,
      // No personal data: the account and its data are gone, the entry says that it happened and why.
      details: { reason: by.admin.reason, before: { role: member.role, isAdmin: member.isAdmin } },
    });
  }
  // Sessions, identities and every row its owner declared ON DELETE CASCADE go with the row; the
  // rest keep theirs with the member's id set null. Deleting the sessions announces it
  // (member_standing), which ends the member's live event streams on every instance.
  await deleteAccount(tx, member.id);
}

/** "Delete my account" under Settings, confirmed by the password or, without one, the user name (docs/product.md, rule 8). */
export async function deleteOwnAccount(deps: LifecycleDeps, actor: UserRow, input: DeleteAccount): Promise<void> {
  await confirmAccountDeletion(deps.db, actor, { password: input.currentPassword, username: input.username });
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    await withdrawRequestsOfLeavingMember(tx, { id: actor.id, name: actor.name }, now);
    if (actor.isAdmin) assertMayDeleteOwnAccount(actor, { adminIds: await lockActiveAdmins(tx) });
    const member = await findMember(tx, actor.id);
    if (!member) throw errors.unauthenticated();
    await removeMember(tx, member, { admin: null }, now);
  });
}

/** The alumni office deletes a member's account, with a reason for the audit log and the member (docs/product.md, rule 8). */
export async function deleteMemberAsAdmin(deps: LifecycleDeps, actor: UserRow, targetId: string, input: AdminDeleteMember): Promise<void> {
  const seen = await findMember(deps.db, targetId);
  // Who and whether, on a plain read; the admins are counted under their locks below.
  assertMayDeleteMember(actor, seen, { adminIds: [actor.id] });
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    await withdrawRequestsOfLeavingMember(tx, { id: seen.id, name: seen.name }, now);
    const adminIds = seen.isAdmin ? await lockActiveAdmins(tx) : [actor.id];
    const target = await findMember(tx, targetId);
    assertMayDeleteMember(actor, target, { adminIds });
    await removeMember(tx, target, { admin: { id: actor.id, reason: input.reason } }, now);
  });
}

/** "Download my data" (the right of access): everything the platform holds about the member, each module's part. */
export async function exportMyData(deps: LifecycleDeps, actor: UserRow): Promise<DataExport> {
  const account = await exportAccountData(deps.db, actor.id);
  if (!account) throw errors.unauthenticated();
  const mentor = await exportMentorData(deps.db, actor.id);
  const mentoring = await exportMentoringData(deps.db, actor.id);
  const inbox = await exportInboxData(deps.db, actor.id);
  return {
    exportedAt: clock(deps).toISOString(),
    profile: jsonSafe(account.profile),
    settings: account.settings,
    photo: await exportPhoto(deps.db, actor.id),
    identities: account.identities.map(jsonSafe),
    sessions: account.sessions.map(jsonSafe),
    mentorProfile: mentor.mentorProfile,
    expertiseTagsAdded: mentor.expertiseTagsAdded,
    requests: mentoring.requests,
    mentorships: mentoring.mentorships,
    conversations: inbox.conversations,
    notifications: await exportNotifications(deps.db, actor.id),
    blocks: inbox.blocks,
    reports: inbox.reports,
    graduationRequests: await exportGraduationRequests(deps.db, actor.id),
  };
}

/** Dates as ISO strings, so the file says exactly what the JSON says. */
function jsonSafe<T extends object>(row: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]));
}
