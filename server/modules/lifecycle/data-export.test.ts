import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildBusyMember, countRows, memberReferences } from '../../../test/member-data';
import type { DataExport } from '../../../contract/lifecycle';

/**
 * Where the export holds the rows of each column that refers to a member: how many of the
 * member's rows it shows. Every column the database has with a foreign key to users must be here
 * or in NOT_THE_MEMBERS, so a new table holding members' data fails this test until the export
 * takes it in.
 */
const IN_EXPORT: Record<string, (data: DataExport) => number> = {
  'sessions.user_id': (data) => data.sessions.length,
  'accounts.user_id': (data) => data.identities.length,
  'member_photos.user_id': (data) => (data.photo ? 1 : 0),
  'mentor_profiles.user_id': (data) => (data.mentorProfile ? 1 : 0),
  'expertise_tags.created_by': (data) => data.expertiseTagsAdded.length,
  'mentoring_requests.mentee_id': (data) => data.requests.filter((request) => request.direction === 'outgoing').length,
  'mentoring_requests.mentor_id': (data) => data.requests.filter((request) => request.direction === 'incoming').length,
  'mentorships.mentor_id': (data) => data.mentorships.filter((mentorship) => mentorship.role === 'mentor').length,
  'mentorships.mentee_id': (data) => data.mentorships.filter((mentorship) => mentorship.role === 'mentee').length,
  'mentorships.ended_by': (data) => data.mentorships.filter((mentorship) => mentorship.endedByYou).length,
  'conversation_members.user_id': (data) => data.conversations.length,
  'messages.sender_id': (data) => data.conversations.flatMap((conversation) => conversation.messages).filter((message) => message.fromMe).length,
  'reports.reporter_id': (data) => data.reports.length,
  'blocks.blocker_id': (data) => data.blocks.length,
  'notifications.user_id': (data) => data.notifications.length,
  'graduation_requests.user_id': (data) => data.graduationRequests.length,
};

/** Columns that refer to a member but hold no data of theirs to give them, and why. */
const NOT_THE_MEMBERS: Record<string, string> = {
  'blocks.blocked_id': 'another member’s decision to block them, which that member is not told about either',
  'reports.subject_id': 'another member’s report about them: the reporter’s data, for the alumni office',
  'reports.resolved_by': 'the alumni office’s handling of a report',
  'messages.removed_by': 'the alumni office’s removal of a message',
  'audit_log.actor_id': 'the alumni office’s log of its own actions',
  'graduation_requests.decided_by': 'the alumni office’s answer to another member’s request',
  'invitations.invited_by': 'the alumni office’s invitations to other people',
  'invitations.user_id':
    'the alumni office’s invitation the member registered with: the name and address it held are the profile’s (in the export), and it goes with the account',
};

describe('the data export', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('holds the member’s rows of every table that has some, as a JSON attachment without secrets', { timeout: 90_000 }, async () => {
    const world = await buildBusyMember(t);
    const { member } = world;
    const res = await t.app.inject({ method: 'GET', url: '/api/me/export', headers: { cookie: member.cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mentor-network-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = res.json() as DataExport;

    const columns = (await memberReferences(t.database.db)).map((column) => ({ ...column, name: `${column.table}.${column.column}` }));
    const unplaced = columns.filter((column) => !IN_EXPORT[column.name] && !NOT_THE_MEMBERS[column.name]).map((column) => column.name);
    expect(unplaced, 'a column refers to members but the export does not say where its rows are').toEqual([]);
    for (const column of columns.filter((candidate) => IN_EXPORT[candidate.name])) {
      const rows = await countRows(t.database.db, column, member.user.id);
      // The busy member has rows everywhere, so every mapping is exercised.
      expect(rows, `${column.name}: the test member has no rows here`).toBeGreaterThan(0);
      expect(IN_EXPORT[column.name]!(data), column.name).toBe(rows);
    }
    expect(Object.keys(IN_EXPORT).filter((name) => !columns.some((column) => column.name === name)), 'stale entries').toEqual([]);

    // The member's own profile and settings, the people around them by name.
    expect(data.profile).toMatchObject({ id: member.user.id, email: member.input.email, username: member.user.username, dateOfBirth: member.input.dateOfBirth });
    expect(data.settings).toEqual({ language: 'en', showEmail: false, emailNotifications: true });
    const withMentor = data.conversations.find((conversation) => conversation.id === world.conversation)!;
    expect(withMentor.partner).toEqual({ name: world.mentor.user.name, username: world.mentor.user.username });
    expect(withMentor.messages.map((message) => [message.body, message.fromMe])).toEqual(
      expect.arrayContaining([
        ['Thank you for accepting!', true],
        ['See you on Monday.', false],
      ]),
    );
    expect(data.requests.find((request) => request.id === world.requests.acceptedOut)).toMatchObject({ mentor: { name: world.mentor.user.name }, status: 'accepted', response: 'Gladly.' });
    expect(data.identities.map((identity) => identity.providerId).sort()).toEqual(['credential', 'linkedin']);

    // No secret: no password hash, no token of a session or a provider.
    const text = res.body;
    for (const secret of ['"password"', 'accessToken', 'refreshToken', 'idToken', '"token"', '$argon', 'scrypt']) expect(text).not.toContain(secret);
    expect(text).not.toContain(member.cookie.split('=')[1]!.split('.')[0]!);
  });

  it('is for the signed-in member only', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me/export' });
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'unauthenticated']);
  });
});
