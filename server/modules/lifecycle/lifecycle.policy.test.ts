import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/policy';
import { adminDeletionRefusal, selfDeletionRefusal } from './lifecycle.policy';

const member: Actor = { id: 'm', role: 'student', isAdmin: false };
const admin: Actor = { id: 'a', role: 'staff', isAdmin: true };
const otherAdmin = { id: 'b', isAdmin: true };
const target = { id: 't', isAdmin: false };
const code = (refusal: ReturnType<typeof selfDeletionRefusal>) => (refusal ? [refusal.status, refusal.code] : null);

describe('who may delete an account', () => {
  it.each([
    ['a member', member, ['a'], null],
    ['an admin with another admin', admin, ['a', 'b'], null],
    ['the only admin', admin, ['a'], [409, 'last_admin']],
  ] as const)('their own: %s', (_, actor, adminIds, expected) => {
    expect(code(selfDeletionRefusal(actor, { adminIds }))).toEqual(expected);
  });

  it.each([
    ['a member deleting anyone', member, target, ['a'], [403, 'forbidden']],
    ['a member deleting a missing one', member, undefined, ['a'], [403, 'forbidden']],
    ['an admin, a member', admin, target, ['a'], null],
    ['an admin, a missing member', admin, undefined, ['a'], [404, 'not_found']],
    ['an admin, themselves', admin, { id: 'a', isAdmin: true }, ['a', 'b'], [403, 'forbidden']],
    ['an admin, another admin', admin, otherAdmin, ['a', 'b'], null],
    // The other admin's row is locked: an admin already revoked meanwhile leaves this one the last.
    ['an admin, the only admin (the actor lost the right meanwhile)', admin, otherAdmin, ['b'], [409, 'last_admin']],
  ] as const)('by the console: %s', (_, actor, who, adminIds, expected) => {
    expect(code(adminDeletionRefusal(actor, who, { adminIds }))).toEqual(expected);
  });
});
