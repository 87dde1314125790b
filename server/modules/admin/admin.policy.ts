import { errors } from '../../lib/errors';
import { type Actor, type Refusal, adminRefusal, allows, enforce } from '../../lib/policy';

/**
 * Who may do what in the alumni office's console and with graduation requests (ADR 0019). Every
 * console rule starts with `adminRefusal` (403 `forbidden` to any other member), asked before the
 * member or request is looked up, so a non-admin learns nothing about who exists.
 */

/** Anything in the console: admins only. */
export const consoleRefusal = (actor: Pick<Actor, 'isAdmin'>): Refusal => adminRefusal(actor);

export function assertMayUseConsole(actor: Pick<Actor, 'isAdmin'>): void {
  enforce(consoleRefusal(actor));
}

/** A member of the console's rules: who they are and whether they hold the admin right. */
export interface TargetFacts {
  id: string;
  isAdmin: boolean;
}

/**
 * Granting or withdrawing the admin right. Withdrawing it — from another admin or from oneself —
 * needs another admin to remain (409 `last_admin`); `admins` are the current admins' ids, read under
 * their row locks. Granting it to an admin, or withdrawing it from a member without it, changes nothing.
 */
export function adminRightRefusal(actor: Pick<Actor, 'isAdmin'>, target: TargetFacts, grant: boolean, admins: readonly string[]): Refusal {
  const denied = consoleRefusal(actor);
  if (denied) return denied;
  if (!grant && target.isAdmin && !admins.some((id) => id !== target.id)) return errors.last_admin();
  return null;
}

export function assertMayChangeAdminRight(actor: Pick<Actor, 'isAdmin'>, target: TargetFacts, grant: boolean, admins: readonly string[]): void {
  enforce(adminRightRefusal(actor, target, grant, admins));
}

/**
 * "I have graduated" (docs/product.md, rule 7): only a student asks (403 `not_a_student`), and
 * only one request waits at a time (409 `graduation_request_pending`).
 */
export function graduationRequestRefusal(actor: Pick<Actor, 'role'>, facts: { hasPending: boolean }): Refusal {
  if (actor.role !== 'student') return errors.not_a_student();
  if (facts.hasPending) return errors.graduation_request_pending();
  return null;
}

export function assertMayRequestGraduation(actor: Pick<Actor, 'role'>, facts: { hasPending: boolean }): void {
  enforce(graduationRequestRefusal(actor, facts));
}

/** Approving or rejecting: admins only, a request that exists (404) and still waits (409 `graduation_request_decided`). */
export function graduationDecisionRefusal(actor: Pick<Actor, 'isAdmin'>, request: { status: string } | undefined): Refusal {
  const denied = consoleRefusal(actor);
  if (denied) return denied;
  if (!request) return errors.not_found('The graduation request');
  if (request.status !== 'pending') return errors.graduation_request_decided();
  return null;
}

export function assertMayDecideGraduation<T extends { status: string }>(actor: Pick<Actor, 'isAdmin'>, request: T | undefined): asserts request is T {
  enforce(graduationDecisionRefusal(actor, request));
}

/** What the console offers the admin on a member's page (`can.*`): the same rules as the service. */
export function permissionsFor(
  actor: Pick<Actor, 'isAdmin'>,
  target: TargetFacts,
  admins: readonly string[],
): { changeRole: boolean; grantAdmin: boolean; revokeAdmin: boolean } {
  return {
    changeRole: allows(consoleRefusal(actor)),
    grantAdmin: !target.isAdmin && allows(adminRightRefusal(actor, target, true, admins)),
    revokeAdmin: target.isAdmin && allows(adminRightRefusal(actor, target, false, admins)),
  };
}

/** Whether the student may press "I have graduated" now (the profile's button). */
export const mayRequestGraduation = (actor: Pick<Actor, 'role'>, facts: { hasPending: boolean }): boolean =>
  allows(graduationRequestRefusal(actor, facts));
