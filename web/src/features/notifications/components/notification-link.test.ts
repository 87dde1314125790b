import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-link';

describe('notificationTarget', () => {
  it('opens the request a request notification is about, also an accepted one that started a mentorship', () => {
    expect(notificationTarget({ data: { requestId: 'abc', menteeName: 'Daan' } })).toBe('/requests/abc');
    expect(notificationTarget({ data: { requestId: 'abc', mentorshipId: 'm1' } })).toBe('/requests/abc');
  });

  it('opens the conversation a message notification is about', () => {
    expect(notificationTarget({ data: { conversationId: 'c1', senderName: 'Sanne', senderUsername: 'sanne' } })).toBe('/inbox/c1');
  });

  it('opens the dashboard for an ended mentorship', () => {
    expect(notificationTarget({ data: { mentorshipId: 'm1', otherName: 'Sanne', endedByYou: false } })).toBe('/dashboard');
  });

  it('has no link for account notifications or odd data', () => {
    expect(notificationTarget({ data: {} })).toBeNull();
    expect(notificationTarget({ data: { newEmail: 'a@example.org' } })).toBeNull();
    expect(notificationTarget({ data: { requestId: 42 } })).toBeNull();
  });
});
