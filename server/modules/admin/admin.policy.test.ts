import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../lib/policy';
import {
  adminRightRefusal,
  consoleRefusal,
  graduationDecisionRefusal,
  graduationRequestRefusal,
  mayRequestGraduation,
  permissionsFor,
} from './admin.policy';

const answer = (refusal: Refusal) => (refusal ? [refusal.status, refusal.code] : null);

const admin = { id: 'a1', role: 'staff' as const, isAdmin: true };
const member = { id: 'm1', role: 'alumnus' as const, isAdmin: false };
const otherAdmin = { id: 'a2', isAdmin: true };
const plain = { id: 'p1', isAdmin: false };

describe('the console policy', () => {
  it('lets only admins use the console', () => {
    expect(answer(consoleRefusal(admin))).toBeNull();
    expect(answer(consoleRefusal(member))).toEqual([403, 'forbidden']);
  });

  it.each([
    ['an admin grants the right to a member', admin, plain, true, ['a1'], null],
    ['an admin withdraws another admin\'s right', admin, otherAdmin, false, ['a1', 'a2'], null],
    ['an admin drops their own right while another admin remains', admin, { id: 'a1', isAdmin: true }, false, ['a1', 'a2'], null],
    ['the last admin cannot drop their own right', admin, { id: 'a1', isAdmin: true }, false, ['a1'], [409, 'last_admin']],
    ['nobody can take the right from the last admin', admin, otherAdmin, false, ['a2'], [409, 'last_admin']],
    ['withdrawing it from a member without it changes nothing', admin, plain, false, ['a1'], null],
    ['a member cannot grant it', member, plain, true, ['a1'], [403, 'forbidden']],
    ['a member cannot withdraw it, not even from the last admin (403 first)', member, otherAdmin, false, ['a2'], [403, 'forbidden']],
  ] as const)('%s', (_title, actor, target, grant, admins, expected) => {
    expect(answer(adminRightRefusal(actor, target, grant, admins))).toEqual(expected);
  });

  it.each([
    ['a student asks', 'student', false, null],
    ['a student with a waiting request cannot ask again', 'student', true, [409, 'graduation_request_pending']],
    ['an alumnus cannot ask', 'alumnus', false, [403, 'not_a_student']],
    ['staff cannot ask', 'staff', false, [403, 'not_a_student']],
    ['a member before onboarding cannot ask', null, false, [403, 'not_a_student']],
  ] as const)('graduation: %s', (_title, role, hasPending, expected) => {
    expect(answer(graduationRequestRefusal({ role }, { hasPending }))).toEqual(expected);
    expect(mayRequestGraduation({ role }, { hasPending })).toBe(expected === null);
  });

  it.each([
    ['an admin answers a waiting request', admin, { status: 'pending' }, null],
    ['an answered request cannot be answered again', admin, { status: 'approved' }, [409, 'graduation_request_decided']],
    ['a rejected one neither', admin, { status: 'rejected' }, [409, 'graduation_request_decided']],
    ['a missing request is not found', admin, undefined, [404, 'not_found']],
    ['a member cannot answer, and learns nothing of whether it exists', member, undefined, [403, 'forbidden']],
    ['nor a waiting one', member, { status: 'pending' }, [403, 'forbidden']],
  ] as const)('graduation decisions: %s', (_title, actor, request, expected) => {
    expect(answer(graduationDecisionRefusal(actor, request))).toEqual(expected);
  });

  it('turns the same rules into the flags of a member\'s page', () => {
    expect(permissionsFor(admin, plain, ['a1'])).toEqual({ changeRole: true, grantAdmin: true, revokeAdmin: false });
    expect(permissionsFor(admin, otherAdmin, ['a1', 'a2'])).toEqual({ changeRole: true, grantAdmin: false, revokeAdmin: true });
    expect(permissionsFor(admin, { id: 'a1', isAdmin: true }, ['a1'])).toEqual({ changeRole: true, grantAdmin: false, revokeAdmin: false });
    expect(permissionsFor(member, plain, ['a1'])).toEqual({ changeRole: false, grantAdmin: false, revokeAdmin: false });
    for (const [actor, target, admins] of [
      [admin, plain, ['a1']],
      [admin, otherAdmin, ['a1', 'a2']],
      [admin, { id: 'a1', isAdmin: true }, ['a1']],
    ] as const) {
      const can = permissionsFor(actor, target, admins);
      expect(can.revokeAdmin).toBe(target.isAdmin && adminRightRefusal(actor, target, false, admins) === null);
      expect(can.grantAdmin).toBe(!target.isAdmin && adminRightRefusal(actor, target, true, admins) === null);
    }
  });
});
