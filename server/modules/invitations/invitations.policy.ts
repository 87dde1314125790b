import type { InvitationState } from '../../../contract/invitations';
import { errors } from '../../lib/errors';
import { type Actor, type Refusal, allows, enforce } from '../../lib/policy';
import { consoleRefusal } from '../admin/admin.policy';

/**
 * Who may do what with the alumni office's invitations (ADR 0019 for the form, 0028 for the
 * feature). Every rule starts with the console's: admins only, asked before anything is looked up.
 */

/** Checking a list, sending it, reading the invitations: the console's rule. */
export const invitationsRefusal = (actor: Pick<Actor, 'isAdmin'>): Refusal => consoleRefusal(actor);

export function assertMayInvite(actor: Pick<Actor, 'isAdmin'>): void {
  enforce(invitationsRefusal(actor));
}

/**
 * Sending again: an invitation nobody registered with, not withdrawn or replaced (409
 * `invitation_not_pending`); an expired one may be sent again (it gets a new link and expiry).
 */
export function resendRefusal(actor: Pick<Actor, 'isAdmin'>, invitation: { state: InvitationState } | undefined): Refusal {
  const denied = invitationsRefusal(actor);
  if (denied) return denied;
  if (!invitation) return errors.not_found('The invitation');
  if (invitation.state !== 'pending' && invitation.state !== 'expired') return errors.invitation_not_pending();
  return null;
}

export function assertMayResend<T extends { state: InvitationState }>(actor: Pick<Actor, 'isAdmin'>, invitation: T | undefined): asserts invitation is T {
  enforce(resendRefusal(actor, invitation));
}

/** Withdrawing: the same invitations as sending again (an expired link is withdrawn too, so nobody sends it again by mistake). */
export const revokeRefusal = resendRefusal;

export function assertMayRevoke<T extends { state: InvitationState }>(actor: Pick<Actor, 'isAdmin'>, invitation: T | undefined): asserts invitation is T {
  enforce(revokeRefusal(actor, invitation));
}

/** The list's `can.*` flags: the same rules as the service. */
export const invitationPermissions = (actor: Pick<Actor, 'isAdmin'>, invitation: { state: InvitationState }) => ({
  resend: allows(resendRefusal(actor, invitation)),
  revoke: allows(revokeRefusal(actor, invitation)),
});
