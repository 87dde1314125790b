import type { Db } from '../../db/client';
import type { Actor } from '../../lib/policy';
import { type UserRow, findMember, lockActiveAdmins, signOutEverywhere, updateMember } from '../accounts/accounts.service';
import { recordAdminAction } from '../audit/audit.service';
import { enqueueMail } from '../outbox/outbox.service';
import { withdrawPendingRequestsOf } from '../mentoring/requests.service';
import { assertMaySuspend, assertMayUnsuspend } from './moderation.policy';

/**
 * Suspending a member (the alumni office, from the moderation queue or the console) and lifting it.
 *
 * A suspension holds at once on every instance: the member's sessions are deleted and their row
 * changes, and the database announces both to every process (migration 0012, `member_standing`),
 * so their open event streams end and the search's kept standing is dropped (ADR 0012, 0024); every
 * other route reads the session and the member afresh per request. Their mentor profile leaves
 * search (its listing trigger reads `suspended_at`), and the requests they sent stop waiting.
 */

export interface SuspensionDeps {
  db: Db;
  now?: () => Date;
}

export interface SuspensionOptions {
  /** Why, in the admin's words: kept in the audit log. */
  reason?: string | null;
  /** More for the audit entry (the report that led to it, say). */
  details?: Record<string, unknown>;
}

/** The member hears of it by mail whatever their notification setting (docs/product.md, rule 18): they cannot sign in to read it. */
const mailSuspension = (tx: Db, member: UserRow, suspended: boolean) =>
  enqueueMail(tx, {
    to: member.email,
    language: member.language === 'nl' ? 'nl' : 'en',
    template: 'account_suspension',
    data: { suspended },
    ...(member.firstName ? { name: member.firstName } : {}),
  });

export interface SuspensionResult {
  member: UserRow;
  /** False when the member was suspended already (nothing was done, nothing recorded). */
  changed: boolean;
  /** Sessions ended (devices signed out). */
  sessionsEnded: number;
  /** The pending requests the member had sent, now withdrawn (each mentor told). */
  requestsWithdrawn: string[];
}

/**
 * Suspends a member within the caller's transaction (the moderation queue resolves a report in the
 * same one). Takes the row locks of the admins not suspended first, so two admins suspending each
 * other at once take turns and the last admin stays.
 */
export async function suspendMemberIn(tx: Db, actor: Pick<Actor, 'id' | 'isAdmin'>, memberId: string, now: Date, options: SuspensionOptions = {}): Promise<SuspensionResult> {
  const activeAdminIds = await lockActiveAdmins(tx);
  const target = await findMember(tx, memberId);
  assertMaySuspend(actor, target, activeAdminIds);
  if (target.suspendedAt !== null) return { member: target, changed: false, sessionsEnded: 0, requestsWithdrawn: [] };
  const member = (await updateMember(tx, target.id, { suspendedAt: now }))!;
  const sessionsEnded = await signOutEverywhere(tx, target.id);
  const requestsWithdrawn = await withdrawPendingRequestsOf(tx, target, now);
  await mailSuspension(tx, target, true);
  await recordAdminAction(tx, {
    actorId: actor.id,
    action: 'member_suspended',
    targetType: 'member',
    targetId: target.id,
    details: { reason: options.reason ?? null, sessionsEnded, requestsWithdrawn, ...options.details },
  });
  return { member, changed: true, sessionsEnded, requestsWithdrawn };
}

/**
 * Suspends a member: signed out everywhere at once, their mentor profile out of search, their
 * pending requests withdrawn (each mentor told), the action in the audit log. An admin cannot
 * suspend themselves (409 `cannot_suspend_self`) nor the last admin (409 `last_admin`); suspending
 * a suspended member changes nothing.
 */
export async function suspendMember(
  deps: SuspensionDeps,
  actor: Pick<Actor, 'id' | 'isAdmin'>,
  memberId: string,
  options: SuspensionOptions = {},
): Promise<SuspensionResult> {
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction((tx) => suspendMemberIn(tx, actor, memberId, now, options));
}

/**
 * Lifts a member's suspension: they can sign in again (their sessions are gone; withdrawn requests
 * stay withdrawn), and a listable mentor profile is listed again. Recorded in the audit log; lifting
 * a suspension that is not there changes nothing.
 */
export async function unsuspendMember(
  deps: SuspensionDeps,
  actor: Pick<Actor, 'id' | 'isAdmin'>,
  memberId: string,
  options: SuspensionOptions = {},
): Promise<{ member: UserRow; changed: boolean }> {
  return deps.db.transaction(async (tx) => {
    const target = await findMember(tx, memberId);
    assertMayUnsuspend(actor, target);
    if (target.suspendedAt === null) return { member: target, changed: false };
    const member = (await updateMember(tx, target.id, { suspendedAt: null }))!;
    await mailSuspension(tx, target, false);
    await recordAdminAction(tx, {
      actorId: actor.id,
      action: 'member_unsuspended',
      targetType: 'member',
      targetId: target.id,
      details: { reason: options.reason ?? null, suspendedAt: target.suspendedAt.toISOString(), ...options.details },
    });
    return { member, changed: true };
  });
}
