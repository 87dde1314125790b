/**
 * Every rate limit in one table. Each action is limited by several counters at once, so that:
 * - one client address cannot guess many passwords, nor one password from many addresses
 *   (per account, whatever the address);
 * - one attacker cannot lock out everyone behind a shared address such as a university's NAT
 *   (the per-address counters are generous; the tight ones are per account);
 * - one victim's mailbox cannot be flooded (per address mailed to).
 * Counters live in the database, so they hold across every instance.
 */
export type LimitedAction =
  | 'sign_in'
  | 'provider_sign_in'
  | 'password_check'
  | 'reset_request'
  | 'reset'
  | 'sign_up'
  | 'create'
  | 'upload'
  | 'start_conversation'
  | 'message'
  | 'admin_change'
  | 'invite'
  | 'invitation_lookup'
  | 'report'
  | 'export'
  | 'delete_account';

/** What a counter is kept per: the client address, the account, or the pair. */
export type LimitScope = 'ip' | 'account' | 'account_ip';

export interface LimitRule {
  per: LimitScope;
  max: number;
  windowSeconds: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const LIMITS: Record<LimitedAction, readonly LimitRule[]> = {
  // Password sign-in, by email or user name (one account, one set of counters).
  sign_in: [
    { per: 'account_ip', max: 5, windowSeconds: MINUTE },
    { per: 'account', max: 20, windowSeconds: 15 * MINUTE },
    { per: 'ip', max: 300, windowSeconds: 15 * MINUTE },
  ],
  // Starting or finishing a sign-in or link through an identity provider.
  provider_sign_in: [{ per: 'ip', max: 60, windowSeconds: 15 * MINUTE }],
  // A current password checked while signed in (change password, change email).
  password_check: [
    { per: 'account', max: 5, windowSeconds: 15 * MINUTE },
    { per: 'ip', max: 100, windowSeconds: 15 * MINUTE },
  ],
  // A reset link mailed: the account is the address mailed to.
  reset_request: [
    { per: 'account', max: 3, windowSeconds: HOUR },
    { per: 'ip', max: 30, windowSeconds: HOUR },
  ],
  // A reset token tried.
  reset: [{ per: 'ip', max: 30, windowSeconds: 15 * MINUTE }],
  // A new account: the account is the address registered. A class registering together from
  // one campus address stays well under the per-address count.
  sign_up: [
    { per: 'account', max: 3, windowSeconds: HOUR },
    { per: 'ip', max: 60, windowSeconds: HOUR },
  ],
  // Something made that may mail someone (a mentoring request, a profile activated).
  create: [
    { per: 'account', max: 30, windowSeconds: HOUR },
    { per: 'ip', max: 300, windowSeconds: HOUR },
  ],
  // "Send message" from a member's profile: a new conversation (or the next message of one), which
  // may mail its receiver. Tight per account, so one member cannot write to the whole network.
  start_conversation: [
    { per: 'account', max: 20, windowSeconds: HOUR },
    { per: 'ip', max: 200, windowSeconds: HOUR },
  ],
  // A message in a conversation: generous enough for a lively chat, not for a flood.
  message: [
    { per: 'account', max: 100, windowSeconds: 15 * MINUTE },
    { per: 'ip', max: 1000, windowSeconds: HOUR },
  ],
  // A report to the alumni office (it fills their queue): each is one message or request, so a few
  // an hour is plenty for anyone; a flood from one account or address stops here.
  report: [
    { per: 'account', max: 20, windowSeconds: HOUR },
    { per: 'ip', max: 200, windowSeconds: HOUR },
  ],
  // A change the alumni office makes to a member (user name, role, graduation): each mails the member.
  // Generous, for an office working through a pile of graduation requests; not for a runaway script.
  admin_change: [{ per: 'account', max: 300, windowSeconds: HOUR }],
  // The alumni office checks or sends a list of invitations, or sends one again: one upload may
  // mail up to INVITATION_MAX_ROWS addresses, so the count is of uploads, kept low per account and address.
  invite: [
    { per: 'account', max: 60, windowSeconds: HOUR },
    { per: 'ip', max: 120, windowSeconds: HOUR },
  ],
  // An invitation link opened on the registration page (its token looked up).
  invitation_lookup: [{ per: 'ip', max: 60, windowSeconds: 15 * MINUTE }],
  // A member's whole data read and sent as one file.
  export: [
    { per: 'account', max: 10, windowSeconds: HOUR },
    { per: 'ip', max: 100, windowSeconds: HOUR },
  ],
  // An account deleted: a member's own attempts (each checks a password), or an admin's deletions.
  delete_account: [
    { per: 'account', max: 10, windowSeconds: 15 * MINUTE },
    { per: 'ip', max: 100, windowSeconds: HOUR },
  ],
  // A photo decoded and re-encoded.
  upload: [
    { per: 'account', max: 20, windowSeconds: HOUR },
    { per: 'ip', max: 200, windowSeconds: HOUR },
  ],
};
