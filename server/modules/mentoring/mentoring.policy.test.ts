import { describe, expect, it } from 'vitest';
import { MAX_PENDING_REQUESTS, REQUEST_STATUSES } from '../../../contract/mentoring';
import type { Refusal } from '../../lib/policy';
import {
  type MentorshipFacts,
  type RequestAction,
  type RequestContext,
  type RequestFacts,
  type SendFacts,
  abilitiesOf,
  endRefusal,
  menteeRefusal,
  permissionsFor,
  requestRefusal,
  requestReportRefusal,
  requestVisibilityRefusal,
  sendRefusal,
} from './mentoring.policy';

const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const sent = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(sent.getTime() + ms);

const mentor = { id: 'mentor' };
const mentee = { id: 'mentee' };
const stranger = { id: 'stranger' };
const actors = { mentor, mentee, stranger };

const pending: RequestFacts = { mentorId: mentor.id, menteeId: mentee.id, status: 'pending', createdAt: sent };
const room: RequestContext = { now: at(DAY), expiryDays: 30, places: { maxMentees: 2, activeMentees: 1 } };
const full: RequestContext = { ...room, places: { maxMentees: 2, activeMentees: 2 } };
/** A maximum lowered below the mentees one has. */
const overFull: RequestContext = { ...room, places: { maxMentees: 1, activeMentees: 2 } };
const noProfile: RequestContext = { ...room, places: null };
const expired: RequestContext = { ...room, now: at(30 * DAY + MINUTE) };
const expiresNow: RequestContext = { ...room, now: at(30 * DAY) };
const lastMinute: RequestContext = { ...room, now: at(30 * DAY - MINUTE) };

/** The status and code a refusal answers with, or null. */
const answer = (refusal: Refusal) => (refusal ? [refusal.status, refusal.code] : null);

describe('mentoring policy: requests', () => {
  type Row = [string, keyof typeof actors, RequestFacts | undefined, RequestAction, RequestContext, [number, string] | null];
  const notPending = REQUEST_STATUSES.filter((status) => status !== 'pending');
  const rows: Row[] = [
    // who: a stranger (an admin included) never learns the request exists
    ['a stranger cannot answer', 'stranger', pending, 'answer', room, [404, 'not_found']],
    ['a stranger cannot accept', 'stranger', pending, 'accept', room, [404, 'not_found']],
    ['a stranger cannot retract', 'stranger', pending, 'retract', room, [404, 'not_found']],
    ['a missing request is not found', 'mentor', undefined, 'accept', room, [404, 'not_found']],
    ['a stranger gets 404 before any state', 'stranger', { ...pending, status: 'accepted' }, 'answer', expired, [404, 'not_found']],
    // who: the wrong party
    ['the mentee cannot answer', 'mentee', pending, 'answer', room, [403, 'not_your_request']],
    ['the mentee cannot accept', 'mentee', pending, 'accept', room, [403, 'not_your_request']],
    ['the mentor cannot retract', 'mentor', pending, 'retract', room, [403, 'not_your_request']],
    ['the wrong party gets 403 before any state', 'mentee', { ...pending, status: 'declined' }, 'answer', expired, [403, 'not_your_request']],
    // the right party, a pending request
    ['the mentor answers', 'mentor', pending, 'answer', room, null],
    ['the mentor accepts with a place free', 'mentor', pending, 'accept', room, null],
    ['the mentee retracts', 'mentee', pending, 'retract', room, null],
    // places (rule 14: answerable but not acceptable)
    ['a full mentor cannot accept', 'mentor', pending, 'accept', full, [409, 'mentor_full']],
    ['a mentor over the lowered maximum cannot accept', 'mentor', pending, 'accept', overFull, [409, 'mentor_full']],
    ['a full mentor can still decline', 'mentor', pending, 'answer', full, null],
    ['a mentor without a profile cannot accept', 'mentor', pending, 'accept', noProfile, [409, 'mentor_inactive']],
    ['a mentor without a profile can still decline', 'mentor', pending, 'answer', noProfile, null],
    // expiry (rule 22)
    ['past its expiry time it cannot be answered', 'mentor', pending, 'answer', expired, [409, 'request_expired']],
    ['past its expiry time it cannot be accepted', 'mentor', pending, 'accept', expired, [409, 'request_expired']],
    ['at its expiry time it cannot be answered', 'mentor', pending, 'answer', expiresNow, [409, 'request_expired']],
    ['in its last minute it can be answered', 'mentor', pending, 'answer', lastMinute, null],
    ['past its expiry time its mentee can still retract', 'mentee', pending, 'retract', expired, null],
    ['expiry is said before the places', 'mentor', pending, 'accept', { ...full, now: expired.now }, [409, 'request_expired']],
    // only a pending request changes
    ...notPending.flatMap((status): Row[] => [
      [`a ${status} request cannot be answered`, 'mentor', { ...pending, status }, 'answer', room, [409, 'request_not_pending']],
      [`a ${status} request cannot be accepted`, 'mentor', { ...pending, status }, 'accept', full, [409, 'request_not_pending']],
      [`a ${status} request cannot be retracted`, 'mentee', { ...pending, status }, 'retract', expired, [409, 'request_not_pending']],
    ]),
  ];

  it.each(rows)('%s', (_name, actor, request, action, context, expected) => {
    expect(answer(requestRefusal(actors[actor], request, action, context))).toEqual(expected);
  });

  it('says how full the mentor is', () => {
    expect(requestRefusal(mentor, pending, 'accept', overFull)?.details).toEqual({ maxMentees: 1, activeMentees: 2 });
  });

  it.each([
    ['its mentor sees it', 'mentor', pending, null],
    ['its mentee sees it, whatever its state', 'mentee', { ...pending, status: 'expired' }, null],
    ['a stranger does not', 'stranger', pending, [404, 'not_found']],
    ['a missing one is not found', 'mentor', undefined, [404, 'not_found']],
  ] as const)('%s', (_name, actor, request, expected) => {
    expect(answer(requestVisibilityRefusal(actors[actor], request))).toEqual(expected);
  });

  type Flags = { accept: boolean; decline: boolean; retract: boolean; report: boolean };
  type FlagRow = [string, keyof typeof actors, RequestFacts, RequestContext, Flags];
  const flagRows: FlagRow[] = [
    ['the mentor, a place free', 'mentor', pending, room, { accept: true, decline: true, retract: false, report: true }],
    ['the mentor, full', 'mentor', pending, full, { accept: false, decline: true, retract: false, report: true }],
    ['the mentor, no profile', 'mentor', pending, noProfile, { accept: false, decline: true, retract: false, report: true }],
    ['the mentor, expired', 'mentor', pending, expired, { accept: false, decline: false, retract: false, report: true }],
    ['the mentee', 'mentee', pending, room, { accept: false, decline: false, retract: true, report: false }],
    ['the mentee, expired', 'mentee', pending, expired, { accept: false, decline: false, retract: true, report: false }],
    ['a stranger', 'stranger', pending, room, { accept: false, decline: false, retract: false, report: false }],
    ...notPending.flatMap((status): FlagRow[] => [
      [`the mentor, ${status}`, 'mentor', { ...pending, status }, room, { accept: false, decline: false, retract: false, report: true }],
      [`the mentee, ${status}`, 'mentee', { ...pending, status }, room, { accept: false, decline: false, retract: false, report: false }],
    ]),
  ];

  it.each(flagRows)('can.* for %s', (_name, actor, request, context, expected) => {
    expect(permissionsFor(actors[actor], { ...request, reported: false }, context)).toEqual(expected);
    // Once the actor reported it, the Report button is gone; nothing else changes.
    expect(permissionsFor(actors[actor], { ...request, reported: true }, context)).toEqual({ ...expected, report: false });
  });

  it('gives every flag exactly when the rule the service enforces allows it', () => {
    const contexts = [room, full, overFull, noProfile, expired, expiresNow, lastMinute];
    const flagOf = { accept: 'accept', decline: 'answer', retract: 'retract' } as const;
    for (const actor of Object.values(actors)) {
      for (const status of REQUEST_STATUSES) {
        for (const context of contexts) {
          for (const reported of [false, true]) {
            const request = { ...pending, status, reported };
            const flags = permissionsFor(actor, request, context);
            for (const [flag, action] of Object.entries(flagOf)) {
              expect(flags[flag as keyof typeof flags], `${actor.id} ${status} ${flag}`).toBe(requestRefusal(actor, request, action, context) === null);
            }
            expect(flags.report, `${actor.id} ${status} report`).toBe(requestReportRefusal(actor, request) === null);
          }
        }
      }
    }
  });

  it.each([
    ['its mentor', 'mentor', false, null],
    ['its mentor, a second time', 'mentor', true, [409, 'already_reported']],
    ['its mentee', 'mentee', false, [409, 'cannot_report_own']],
    ['a stranger', 'stranger', false, [404, 'not_found']],
  ] as const)('a request\'s motivation is reported by %s', (_name, actor, reported, expected) => {
    expect(answer(requestReportRefusal(actors[actor], { ...pending, reported }))).toEqual(expected);
  });

  it('a missing request cannot be reported (404)', () => {
    expect(answer(requestReportRefusal(mentor, undefined))).toEqual([404, 'not_found']);
  });
});

describe('mentoring policy: mentorships', () => {
  const running: MentorshipFacts = { mentorId: mentor.id, menteeId: mentee.id, endedAt: null };
  const ended: MentorshipFacts = { ...running, endedAt: at(DAY) };

  it.each([
    ['the mentor ends a running mentorship', 'mentor', running, null],
    ['the mentee ends a running mentorship', 'mentee', running, null],
    ['a stranger cannot end it', 'stranger', running, [404, 'not_found']],
    ['a missing mentorship is not found', 'mentor', undefined, [404, 'not_found']],
    ['an ended one cannot end again', 'mentee', ended, [409, 'mentorship_not_active']],
    ['a stranger gets 404 for an ended one too', 'stranger', ended, [404, 'not_found']],
  ] as const)('%s', (_name, actor, mentorship, expected) => {
    expect(answer(endRefusal(actors[actor], mentorship))).toEqual(expected);
  });

  it.each([
    ['mentor', running, true],
    ['mentee', running, true],
    ['stranger', running, false],
    ['mentor', ended, false],
    ['mentee', ended, false],
  ] as const)('can.end for the %s: %s', (actor, mentorship, end) => {
    expect(permissionsFor(actors[actor], mentorship)).toEqual({ end });
    expect(end).toBe(endRefusal(actors[actor], mentorship) === null);
  });
});

describe('mentoring policy: sending a request (rule 13)', () => {
  const open: SendFacts = {
    mentorId: mentor.id,
    mentor: { isListed: true, isPaused: false, maxMentees: 2, activeMentees: 1 },
    hasActiveMentorship: false,
    hasPendingRequest: false,
    pendingRequests: 0,
    blockedByMentor: false,
  };
  const paused = { ...open.mentor!, isPaused: true };
  const fullMentor = { ...open.mentor!, activeMentees: 2 };

  it.each([
    ['an available mentor', mentee, open, null],
    ['oneself', mentor, open, [409, 'cannot_request_self']],
    ['oneself, even unlisted', mentor, { ...open, mentor: null }, [409, 'cannot_request_self']],
    ['a member without a mentor profile', mentee, { ...open, mentor: null }, [409, 'mentor_inactive']],
    ['an unlisted mentor', mentee, { ...open, mentor: { ...open.mentor!, isListed: false } }, [409, 'mentor_inactive']],
    ['an unlisted mentor one already works with', mentee, { ...open, mentor: { ...open.mentor!, isListed: false }, hasActiveMentorship: true }, [409, 'mentor_inactive']],
    ['a mentor one already works with', mentee, { ...open, hasActiveMentorship: true }, [409, 'already_mentoring']],
    ['a full mentor one already works with', mentee, { ...open, mentor: fullMentor, hasActiveMentorship: true }, [409, 'already_mentoring']],
    ['a mentor one has asked already', mentee, { ...open, hasPendingRequest: true }, [409, 'already_requested']],
    ['a paused mentor one has asked already', mentee, { ...open, mentor: paused, hasPendingRequest: true }, [409, 'already_requested']],
    ['a paused mentor', mentee, { ...open, mentor: paused }, [409, 'mentor_paused']],
    ['a paused and full mentor', mentee, { ...open, mentor: { ...fullMentor, isPaused: true } }, [409, 'mentor_paused']],
    ['a full mentor', mentee, { ...open, mentor: fullMentor }, [409, 'mentor_full']],
    ['a mentor over a lowered maximum', mentee, { ...open, mentor: { ...open.mentor!, maxMentees: 1, activeMentees: 2 } }, [409, 'mentor_full']],
    ['with the most pending requests already', mentee, { ...open, pendingRequests: MAX_PENDING_REQUESTS }, [409, 'too_many_pending_requests']],
    ['with one pending request short of the most', mentee, { ...open, pendingRequests: MAX_PENDING_REQUESTS - 1 }, null],
    ['a mentor who blocked the mentee: a neutral refusal', mentee, { ...open, blockedByMentor: true }, [403, 'cannot_request_mentor']],
    ['a mentor who blocked the mentee one works with', mentee, { ...open, blockedByMentor: true, hasActiveMentorship: true }, [409, 'already_mentoring']],
    ['a full mentor, with the most pending requests', mentee, { ...open, mentor: fullMentor, pendingRequests: MAX_PENDING_REQUESTS }, [409, 'mentor_full']],
  ] as const)('to %s', (_name, actor, facts, expected) => {
    expect(answer(sendRefusal(actor, facts))).toEqual(expected);
  });

  // docs/product.md, "People and roles": students, alumni and staff look for mentors; only alumni mentor.
  // The dashboard and the Requests page show sections by these flags (issue 17 item 5).
  describe('what a member can do in mentoring at all', () => {
    it.each([
      ['student', null, { request: true, mentor: false }],
      ['alumnus', null, { request: true, mentor: true }],
      ['staff', null, { request: true, mentor: false }],
      [null, [403, 'onboarding_required'], { request: false, mentor: false }],
    ] as const)('a member whose role is %s: looking for a mentor refused with %j; abilities %j', (role, refused, abilities) => {
      expect(answer(menteeRefusal({ role }))).toEqual(refused);
      expect(abilitiesOf({ role })).toEqual(abilities);
    });
  });
});
