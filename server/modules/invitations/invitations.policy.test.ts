import { describe, expect, it } from 'vitest';
import { INVITATION_STATES } from '../../../contract/invitations';
import { invitationPermissions, resendRefusal, revokeRefusal } from './invitations.policy';

const admin = { isAdmin: true };
const member = { isAdmin: false };

describe('the invitations policy', () => {
  it('refuses every member but an admin, before asking whether the invitation exists', () => {
    expect(resendRefusal(member, undefined)?.code).toBe('forbidden');
    expect(revokeRefusal(member, { state: 'pending' })?.code).toBe('forbidden');
    expect(resendRefusal(admin, undefined)?.code).toBe('not_found');
  });

  it('lets an admin send again or withdraw only an invitation whose link is waiting or has expired', () => {
    const allowed = INVITATION_STATES.filter((state) => resendRefusal(admin, { state }) === null);
    expect(allowed).toEqual(['pending', 'expired']);
    expect(revokeRefusal(admin, { state: 'registered' })?.code).toBe('invitation_not_pending');
    for (const state of INVITATION_STATES) {
      expect(invitationPermissions(admin, { state }), state).toEqual({ resend: allowed.includes(state), revoke: allowed.includes(state) });
      expect(invitationPermissions(member, { state }), state).toEqual({ resend: false, revoke: false });
    }
  });
});
