import { describe, expect, it } from 'vitest';
import { type MentoringRequest, REQUEST_LIMITS, SendRequestSchema } from '../../../../../contract/mentoring';
import { chooseTab, counterState, firstLine, requestInput, requestTabs, sortRequests, validateRequestForm } from './request-rules';

describe('chooseTab', () => {
  const both = ['incoming', 'outgoing'] as const;
  it('follows the address first', () => {
    expect(chooseTab('outgoing', { tabs: both, hasMentorProfile: true, openDirection: 'incoming' })).toBe('outgoing');
    expect(chooseTab('incoming', { tabs: both, hasMentorProfile: false })).toBe('incoming');
  });

  it('then the direction of the open request, for a link from a mail', () => {
    expect(chooseTab(null, { tabs: both, hasMentorProfile: true, openDirection: 'outgoing' })).toBe('outgoing');
    expect(chooseTab('nonsense', { tabs: both, hasMentorProfile: false, openDirection: 'incoming' })).toBe('incoming');
  });

  it('else Incoming for a mentor and Outgoing for everyone else', () => {
    expect(chooseTab(null, { tabs: both, hasMentorProfile: true })).toBe('incoming');
    expect(chooseTab(null, { tabs: both, hasMentorProfile: false })).toBe('outgoing');
  });

  it('never a tab the member does not have: a student or staff member only has Outgoing', () => {
    expect(chooseTab('incoming', { tabs: ['outgoing'], hasMentorProfile: false })).toBe('outgoing');
    expect(chooseTab(null, { tabs: ['outgoing'], hasMentorProfile: false, openDirection: 'incoming' })).toBe('outgoing');
  });
});

describe('requestTabs', () => {
  const list = (can: { request: boolean; mentor: boolean }, directions: Array<'incoming' | 'outgoing'> = []) => ({
    can,
    capacity: null,
    items: directions.map((direction) => ({ direction }) as MentoringRequest),
  });

  it('has Incoming only for members who can mentor (alumni), as the server says', () => {
    expect(requestTabs(list({ request: true, mentor: true }))).toEqual(['incoming', 'outgoing']);
    expect(requestTabs(list({ request: true, mentor: false }))).toEqual(['outgoing']);
  });

  it('keeps Incoming while requests to the member exist, so none is hidden (a mentor whose role changed)', () => {
    expect(requestTabs(list({ request: true, mentor: false }, ['incoming']))).toEqual(['incoming', 'outgoing']);
  });
});

describe('sortRequests', () => {
  const request = (id: string, status: MentoringRequest['status'], createdAt: string) => ({ id, status, createdAt }) as MentoringRequest;

  it('puts waiting requests first, newest first within each group', () => {
    const sorted = sortRequests([
      request('old-declined', 'declined', '2026-01-01T10:00:00.000Z'),
      request('old-pending', 'pending', '2026-01-02T10:00:00.000Z'),
      request('new-accepted', 'accepted', '2026-03-01T10:00:00.000Z'),
      request('new-pending', 'pending', '2026-02-01T10:00:00.000Z'),
    ]);
    expect(sorted.map(({ id }) => id)).toEqual(['new-pending', 'old-pending', 'new-accepted', 'old-declined']);
  });
});

describe('firstLine', () => {
  it('keeps the first line only, shortened with an ellipsis', () => {
    expect(firstLine('  Hello there\nsecond line')).toBe('Hello there');
    expect(firstLine('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('validateRequestForm', () => {
  const valid = 'I would like to learn how you moved from research into industry.';

  it('asks for a motivation of 30 to 2,000 characters, not counting spaces at the ends', () => {
    expect(validateRequestForm({ motivation: '   ', goals: '' })).toEqual({ motivation: 'required' });
    expect(validateRequestForm({ motivation: `  ${'a'.repeat(REQUEST_LIMITS.motivationMin - 1)}   `, goals: '' })).toEqual({ motivation: 'too_short' });
    expect(validateRequestForm({ motivation: 'a'.repeat(REQUEST_LIMITS.motivationMin), goals: '' })).toEqual({});
    expect(validateRequestForm({ motivation: 'a'.repeat(REQUEST_LIMITS.motivationMax + 1), goals: '' })).toEqual({ motivation: 'too_long' });
  });

  it('allows goals up to 1,000 characters', () => {
    expect(validateRequestForm({ motivation: valid, goals: 'g'.repeat(REQUEST_LIMITS.goals) })).toEqual({});
    expect(validateRequestForm({ motivation: valid, goals: 'g'.repeat(REQUEST_LIMITS.goals + 1) })).toEqual({ goals: 'too_long' });
  });

  it('agrees with the contract on every case it accepts or refuses', () => {
    for (const motivation of ['', 'short', ` ${'a'.repeat(29)} `, 'a'.repeat(30), 'a'.repeat(2000), 'a'.repeat(2001)]) {
      const accepted = SendRequestSchema.safeParse(requestInput('mentor', { motivation, goals: '' })).success;
      expect(Object.keys(validateRequestForm({ motivation, goals: '' })).length === 0, motivation).toBe(accepted);
    }
  });
});

describe('requestInput', () => {
  it('trims the texts and leaves out empty goals', () => {
    expect(requestInput('lotte', { motivation: '  Why you  ', goals: '   ' })).toEqual({ mentorUsername: 'lotte', motivation: 'Why you', goals: null });
  });
});

describe('counterState', () => {
  it('says short below the minimum, over above the maximum, counting as the server does', () => {
    expect(counterState('', 2000, 30)).toBe('short');
    expect(counterState(`   ${'a'.repeat(29)}   `, 2000, 30)).toBe('short');
    expect(counterState('a'.repeat(30), 2000, 30)).toBe('ok');
    expect(counterState('a'.repeat(2001), 2000, 30)).toBe('over');
    expect(counterState('', 1000)).toBe('ok');
  });
});
