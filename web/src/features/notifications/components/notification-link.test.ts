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

describe('notificationTarget for the alumni office\'s changes', () => {
  it('opens the Mentor tab after graduation, and the profile after a change or a rejection (not a mentoring request)', () => {
    expect(notificationTarget({ type: 'graduation_approved', data: { requestId: 'g1', graduationYear: 2025 } })).toBe('/profile/mentor');
    expect(notificationTarget({ type: 'graduation_rejected', data: { requestId: 'g1', reason: 'No diploma yet' } })).toBe('/profile');
    expect(notificationTarget({ type: 'username_changed', data: { oldUsername: 'a', newUsername: 'b' } })).toBe('/profile');
    expect(notificationTarget({ type: 'admin_right_changed', data: { isAdmin: true } })).toBeNull();
  });
});
