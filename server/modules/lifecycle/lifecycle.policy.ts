import { errors } from '../../lib/errors';
import { type Actor, type Refusal, adminRefusal, enforce } from '../../lib/policy';

/**
 * Who may delete which account (docs/product.md, rule 8; ADR 0019 for the form). The facts are
 * gathered by the service under the admins' row locks, so two deletions racing cannot both take
 * the last admin.
 */

/** The account about to go, as the rules read it. */
export interface DeletionTarget {
  id: string;
  isAdmin: boolean;
}

/** The admins now (their ids, locked): the network always keeps one. */
export interface DeletionContext {
  adminIds: readonly string[];
}

const leavesNoAdmin = (target: DeletionTarget, context: DeletionContext): boolean =>
  target.isAdmin && context.adminIds.filter((id) => id !== target.id).length === 0;

/** A member deleting their own account: anyone, but not the only admin (409 `last_admin`). */
export function selfDeletionRefusal(actor: Actor, context: DeletionContext): Refusal {
  return leavesNoAdmin({ id: actor.id, isAdmin: actor.isAdmin }, context) ? errors.last_admin() : null;
}

/**
 * An admin deleting a member (the console): admins only (403), a member that exists (404), not
 * the admin's own account (403: that is done under Settings, with the password), and never the
 * only admin (409 `last_admin`).
 */
export function adminDeletionRefusal(actor: Actor, target: DeletionTarget | undefined, context: DeletionContext): Refusal {
  const notAdmin = adminRefusal(actor);
  if (notAdmin) return notAdmin;
  if (!target) return errors.not_found('The member');
  if (target.id === actor.id) return errors.forbidden();
  return leavesNoAdmin(target, context) ? errors.last_admin() : null;
}

export function assertMayDeleteOwnAccount(actor: Actor, context: DeletionContext): void {
  enforce(selfDeletionRefusal(actor, context));
}

export function assertMayDeleteMember(actor: Actor, target: DeletionTarget | undefined, context: DeletionContext): asserts target is DeletionTarget {
  enforce(adminDeletionRefusal(actor, target, context));
}
