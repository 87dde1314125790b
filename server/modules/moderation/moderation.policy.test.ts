import { describe, expect, it } from 'vitest';
import type { Refusal } from '../../lib/policy';
import {
  type ResolveAction,
  messageReportRefusal,
  moderationRefusal,
  permissionsFor,
  requestReportRefusal,
  resolveRefusal,
  suspendRefusal,
  unsuspendRefusal,
} from './moderation.policy';

/** A refusal as the API answers it: [status, code], or 'ok'. */
const answer = (refusal: Refusal) => (refusal ? [refusal.status, refusal.code] : 'ok');

const member = { id: 'member', role: 'student' as const, isAdmin: false };
const admin = { id: 'admin', role: 'staff' as const, isAdmin: true };

describe('moderation policy', () => {
  it.each([
    ['the receiver', { senderId: 'other', removed: false, reported: false }, 'ok'],
    ['the sender', { senderId: 'member', removed: false, reported: false }, [409, 'cannot_report_own']],
    ['the receiver, a second time', { senderId: 'other', removed: false, reported: true }, [409, 'already_reported']],
    ['the receiver, of a removed message', { senderId: 'other', removed: true, reported: false }, [404, 'not_found']],
    ['the receiver, of a deleted member’s message', { senderId: null, removed: false, reported: false }, 'ok'],
    ['anyone outside the conversation', undefined, [404, 'not_found']],
  ] as const)('a message is reported by %s: %j', (_who, message, expected) => {
    expect(answer(messageReportRefusal(member, message))).toEqual(expected);
  });

  it.each([
    ['its mentor', { menteeId: 'other', mentorId: 'member', reported: false }, 'ok'],
    ['its mentor, a second time', { menteeId: 'other', mentorId: 'member', reported: true }, [409, 'already_reported']],
    ['its mentee', { menteeId: 'member', mentorId: 'other', reported: false }, [409, 'cannot_report_own']],
    ['a stranger', { menteeId: 'a', mentorId: 'b', reported: false }, [404, 'not_found']],
    ['anyone, when there is none', undefined, [404, 'not_found']],
  ] as const)('a request is reported by %s', (_who, request, expected) => {
    expect(answer(requestReportRefusal(member, request))).toEqual(expected);
  });

  it('keeps the queue to admins', () => {
    expect(answer(moderationRefusal(member))).toEqual([403, 'forbidden']);
    expect(answer(moderationRefusal(admin))).toBe('ok');
  });

  const open = { status: 'open', about: 'message' as const, messageRemoved: false };
  it.each([
    ['a member', member, open, 'dismiss', [403, 'forbidden']],
    ['a member, of no report', member, undefined, 'dismiss', [403, 'forbidden']],
    ['an admin, of no report', admin, undefined, 'dismiss', [404, 'not_found']],
    ['an admin, an open report', admin, open, 'dismiss', 'ok'],
    ['an admin, removing a message', admin, open, 'remove', 'ok'],
    ['an admin, suspending', admin, open, 'suspend', 'ok'],
    ['an admin, a resolved report', admin, { ...open, status: 'removed' }, 'dismiss', [409, 'report_resolved']],
    ['an admin, removing a request', admin, { ...open, about: 'request' as const }, 'remove', [400, 'validation_failed']],
  ] as const)('a report is decided by %s', (_who, actor, report, action, expected) => {
    expect(answer(resolveRefusal(actor, report, action as ResolveAction))).toEqual(expected);
  });

  const target = (id: string, isAdmin = false, suspendedAt: Date | null = null) => ({ id, isAdmin, suspendedAt });
  it.each([
    ['a member suspending anyone', member, target('x'), ['admin'], [403, 'forbidden']],
    ['an admin suspending a member', admin, target('x'), ['admin'], 'ok'],
    ['an admin suspending nobody', admin, undefined, ['admin'], [404, 'not_found']],
    ['an admin suspending themselves', admin, target('admin', true), ['admin'], [409, 'cannot_suspend_self']],
    ['an admin suspending another admin', admin, target('other', true), ['admin', 'other'], 'ok'],
    ['anyone suspending the last admin', { id: 'script', isAdmin: true }, target('other', true), ['other'], [409, 'last_admin']],
    ['an admin suspending a suspended admin', admin, target('other', true, new Date()), [], 'ok'],
  ] as const)('%s', (_case, actor, subject, activeAdminIds, expected) => {
    expect(answer(suspendRefusal(actor, subject, activeAdminIds))).toEqual(expected);
  });

  it('lets only admins lift a suspension', () => {
    expect(answer(unsuspendRefusal(member, target('x')))).toEqual([403, 'forbidden']);
    expect(answer(unsuspendRefusal(admin, undefined))).toEqual([404, 'not_found']);
    expect(answer(unsuspendRefusal(admin, target('x', false, new Date())))).toBe('ok');
  });

  it('gives the queue’s flags from the same rules', () => {
    expect(permissionsFor(admin, open, target('x'), ['admin'])).toEqual({ resolve: true, remove: true, suspend: true });
    expect(permissionsFor(admin, { ...open, messageRemoved: true }, target('x'), ['admin'])).toEqual({ resolve: true, remove: false, suspend: true });
    expect(permissionsFor(admin, { ...open, about: 'request' }, target('x'), ['admin'])).toEqual({ resolve: true, remove: false, suspend: true });
    expect(permissionsFor(admin, open, target('admin', true), ['admin'])).toEqual({ resolve: true, remove: true, suspend: false });
    expect(permissionsFor(admin, open, target('x', false, new Date()), ['admin'])).toEqual({ resolve: true, remove: true, suspend: false });
    expect(permissionsFor(admin, open, null, ['admin'])).toEqual({ resolve: true, remove: true, suspend: false });
    expect(permissionsFor(admin, { ...open, status: 'dismissed' }, target('x'), ['admin'])).toEqual({ resolve: false, remove: false, suspend: false });
    expect(permissionsFor(member, open, target('x'), ['admin'])).toEqual({ resolve: false, remove: false, suspend: false });
  });
});
