import { TEST_PASSWORD, buildRegistration } from './factories';
import { MOTIVATION } from './mentoring';
import { type Actor, MATRIX_INVITATION_TOKEN, type Resources } from './authz-world';

/**
 * The authorization matrix: every operation of the OpenAPI document, the status each kind of
 * caller gets (server/authz-matrix.test.ts runs every cell). Paths are filled with resources
 * owned by members who never call (test/authz-world.ts): strangers get 404, `another` — a party
 * to each request and mentorship, on the side the operation is not for — gets 403.
 *
 * Columns: anonymous, student, alumnus (no mentor profile), staff, mentor (a stranger's mentor
 * profile), another, suspended, onboarding (registered through an identity provider, not
 * finished), admin (a staff member with admin rights).
 */
export type Outcomes = readonly [number, number, number, number, number, number, number, number, number];

export interface Cell {
  actor: Actor;
  resources: Resources;
}

export interface Row {
  outcomes: Outcomes;
  params?: (resources: Resources) => Record<string, string>;
  query?: string;
  /** A valid body, so that a cell tests who may call and not what they sent. */
  body?: (cell: Cell) => unknown;
  /** The body is the photo upload (multipart). */
  photo?: true;
  headers?: Record<string, string>;
  /**
   * A success changes the caller in a way another row would see (their password, role, mentor
   * profile): the row runs on actors of its own.
   */
  fresh?: true;
  /** Shows other members' mail by design, so it is left out of the check that no secret shows. */
  showsMail?: true;
  /**
   * The answer is a stream that stays open (Server-Sent Events): called over real HTTP, its status
   * and headers are read and the stream is closed (inject() would wait for its end).
   */
  stream?: true;
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const request = (r: Resources) => ({ id: r.requestToOwnerMentor });
const conversation = (r: Resources) => ({ id: r.conversationOfAnother });

export const MATRIX: Record<string, Row> = {
  //                                              anon stud alum staff mntr anoth susp onb admin
  'GET /healthz': { outcomes: [200, 200, 200, 200, 200, 200, 200, 200, 200] },
  'GET /readyz': { outcomes: [200, 200, 200, 200, 200, 200, 200, 200, 200] },
  'GET /api/site': { outcomes: [200, 200, 200, 200, 200, 200, 200, 200, 200] },
  'POST /api/auth/sign-up/email': {
    outcomes: [201, 201, 201, 201, 201, 201, 201, 201, 201],
    body: () => buildRegistration({ role: 'student' }),
  },
  'POST /api/auth/change-password': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'a-different-long-passphrase' }),
    fresh: true,
  },
  'POST /api/me/onboarding': {
    outcomes: [401, 409, 409, 409, 409, 409, 403, 200, 409],
    body: () => ({ role: 'student', username: `onboard.${unique()}`, dateOfBirth: '2000-01-02', studyProgramme: 'History', startYear: 2019 }),
    fresh: true,
  },
  'GET /api/me/identities': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'DELETE /api/me/identities/{id}': {
    outcomes: [401, 404, 404, 404, 404, 404, 403, 403, 404],
    params: (r) => ({ id: r.identityOfOwner }),
  },
  'GET /api/me': { outcomes: [401, 200, 200, 200, 200, 200, 403, 200, 200] },
  'PATCH /api/me': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    body: () => ({ headline: 'Checking who may do what' }),
  },
  'PATCH /api/me/settings': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    body: () => ({ emailNotifications: true }),
  },
  'POST /api/me/email-change': {
    outcomes: [401, 202, 202, 202, 202, 202, 403, 403, 202],
    body: () => ({ newEmail: `moved.${unique()}@test.example`, currentPassword: TEST_PASSWORD }),
  },
  // The token is the permission; a made-up one is refused alike for everyone (400 invalid_token).
  'POST /api/me/email-change/confirm': {
    outcomes: [400, 400, 400, 400, 400, 400, 400, 400, 400],
    body: () => ({ token: `not-a-real-token-${unique()}` }),
  },
  'PUT /api/me/photo': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200], photo: true },
  'DELETE /api/me/photo': { outcomes: [401, 204, 204, 204, 204, 204, 403, 403, 204] },
  'GET /api/photos/{userId}': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    params: (r) => ({ userId: r.ownerMenteeId }),
  },
  'GET /api/members/{username}': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    params: (r) => ({ username: r.ownerMentorUsername }),
  },
  'GET /api/me/mentor-profile': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'PUT /api/me/mentor-profile': {
    outcomes: [401, 403, 404, 403, 200, 200, 403, 403, 403],
    body: () => ({ headline: 'Ask me about careers in policy' }),
  },
  'POST /api/me/mentor-profile/activate': { outcomes: [401, 403, 201, 403, 200, 200, 403, 403, 403], fresh: true },
  'POST /api/me/mentor-profile/pause': { outcomes: [401, 403, 404, 403, 200, 200, 403, 403, 403], fresh: true },
  'POST /api/me/mentor-profile/resume': { outcomes: [401, 403, 404, 403, 200, 200, 403, 403, 403] },
  'GET /api/members/{username}/mentor-profile': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    params: (r) => ({ username: r.ownerMentorUsername }),
  },
  'GET /api/mentors': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200], query: 'q=policy' },
  'GET /api/mentors/facets': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200], query: 'q=policy' },
  'GET /api/mentors/suggested': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'GET /api/me/interests': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'PUT /api/me/interests': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    body: () => ({ interests: ['Careers'] }),
  },
  'GET /api/expertise-tags': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'POST /api/admin/expertise-tags': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 201],
    body: () => ({ name: `Matrix ${unique()}` }),
  },
  // The alumni office's console: admins only (403 forbidden to every other member). The member
  // search and a member's page show members' email addresses by design.
  'GET /api/admin/users': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200], query: 'q=member', showsMail: true },
  'GET /api/admin/users/{id}': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.ownerMemberId }),
    showsMail: true,
  },
  'PATCH /api/admin/users/{id}': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.ownerMemberId }),
    body: () => ({ username: `renamed.${unique()}` }),
    showsMail: true,
  },
  'GET /api/admin/graduation-requests': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200] },
  'POST /api/admin/graduation-requests/{id}/approve': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.graduationToApprove }),
  },
  'POST /api/admin/graduation-requests/{id}/reject': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.graduationToReject }),
    body: () => ({ reason: 'We could not find your diploma yet.' }),
  },
  'GET /api/admin/audit-log': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200] },
  'GET /api/admin/audit-log.csv': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200] },
  'GET /api/admin/stats': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200] },
  'GET /api/admin/stats.csv': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200], query: 'from=2026-01-05&to=2026-02-01' },
  // Inviting alumni in bulk: the console's rule. The list shows the invited addresses by design.
  'POST /api/admin/invitations/preview': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    body: () => ({ csv: `name,email\nMatrix Person,matrix.${unique()}@test.example`, defaultLanguage: 'en' }),
  },
  'POST /api/admin/invitations': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 201],
    body: () => ({ csv: `Matrix Person,matrix.${unique()}@test.example,nl`, defaultLanguage: 'en' }),
  },
  'GET /api/admin/invitations': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200], showsMail: true },
  'POST /api/admin/invitations/{id}/resend': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.invitationToResend }),
  },
  'POST /api/admin/invitations/{id}/revoke': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.invitationToRevoke }),
  },
  // An invitation link's token is all it takes: anyone holding the link (signed in or not) reads what it fills in.
  'GET /api/invitations/lookup': { outcomes: [200, 200, 200, 200, 200, 200, 200, 200, 200], query: `token=${MATRIX_INVITATION_TOKEN}` },
  // "I have graduated": students only (the admin of the matrix is staff).
  'POST /api/me/graduation-request': {
    outcomes: [401, 201, 403, 403, 403, 403, 403, 403, 403],
    body: () => ({ graduationYear: 2024 }),
  },
  'GET /api/me/graduation-request': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  // `another` has asked the owners' mentor already: 409 already_requested.
  'POST /api/requests': {
    outcomes: [401, 201, 201, 201, 201, 409, 403, 403, 201],
    body: ({ resources }) => ({ mentorUsername: resources.ownerMentorUsername, motivation: MOTIVATION }),
  },
  'GET /api/requests': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200], query: 'direction=outgoing' },
  'GET /api/requests/{id}': { outcomes: [401, 404, 404, 404, 404, 200, 403, 403, 404], params: request },
  'POST /api/requests/{id}/accept': {
    outcomes: [401, 404, 404, 404, 404, 403, 403, 403, 404],
    params: request,
    body: () => ({ response: 'Happy to help.' }),
  },
  'POST /api/requests/{id}/decline': {
    outcomes: [401, 404, 404, 404, 404, 403, 403, 403, 404],
    params: request,
    body: () => ({ response: 'Not now, sorry.', reason: 'not_available_now' }),
  },
  'POST /api/requests/{id}/retract': {
    outcomes: [401, 404, 404, 404, 404, 403, 403, 403, 404],
    params: (r) => ({ id: r.requestToAnother }),
  },
  'GET /api/mentorships': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  // Either side may end a mentorship; `another` is its mentor.
  'POST /api/mentorships/{id}/end': {
    outcomes: [401, 404, 404, 404, 404, 200, 403, 403, 404],
    params: (r) => ({ id: r.mentorshipOfAnother }),
    body: () => ({ reason: 'goals_reached' }),
  },
  'GET /api/members/{username}/mentoring': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    params: (r) => ({ username: r.ownerMentorUsername }),
  },
  'GET /api/dashboard': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'GET /api/notifications': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'GET /api/events': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200], stream: true },
  'POST /api/notifications/read': {
    outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200],
    body: () => ({}),
  },
  // The Inbox: a conversation exists only for its two members (`another` is one), admins included.
  'GET /api/conversations': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  // Anyone may write to a listed mentor.
  'POST /api/conversations': {
    outcomes: [401, 201, 201, 201, 201, 201, 403, 403, 201],
    body: ({ resources }) => ({ username: resources.ownerMentorUsername, body: 'Could we talk about your work?' }),
  },
  'GET /api/conversations/{id}/messages': { outcomes: [401, 404, 404, 404, 404, 200, 403, 403, 404], params: conversation },
  'POST /api/conversations/{id}/messages': {
    outcomes: [401, 404, 404, 404, 404, 201, 403, 403, 404],
    params: conversation,
    body: () => ({ body: 'Thank you for the talk.' }),
  },
  'POST /api/conversations/{id}/read': { outcomes: [401, 404, 404, 404, 404, 200, 403, 403, 404], params: conversation },
  'POST /api/members/{username}/block': {
    outcomes: [401, 204, 204, 204, 204, 204, 403, 403, 204],
    params: (r) => ({ username: r.ownerMentorUsername }),
  },
  'DELETE /api/members/{username}/block': {
    outcomes: [401, 204, 204, 204, 204, 204, 403, 403, 204],
    params: (r) => ({ username: r.ownerMentorUsername }),
  },
  'GET /api/me/blocks': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  'GET /api/me/export': { outcomes: [401, 200, 200, 200, 200, 200, 403, 403, 200] },
  // Each on an actor of its own (a success deletes the caller); the admin is not the only one.
  'DELETE /api/me': {
    outcomes: [401, 204, 204, 204, 204, 204, 403, 403, 204],
    body: () => ({ currentPassword: TEST_PASSWORD }),
    fresh: true,
  },
  // A member nobody has: the admin is let through to a 404, everyone else stopped before.
  'DELETE /api/admin/users/{id}': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 404],
    params: () => ({ id: '00000000-0000-4000-8000-00000000dead' }),
    body: () => ({ reason: 'Checking who may do what' }),
  },
  // Reporting: a message by its receiver, a request by its mentor (`another` both times); 404 to anyone else, admins included.
  'POST /api/messages/{id}/report': {
    outcomes: [401, 404, 404, 404, 404, 201, 403, 403, 404],
    params: (r) => ({ id: r.messageToAnother }),
    body: () => ({ reason: 'harassment', details: 'Checking who may report' }),
  },
  'POST /api/requests/{id}/report': {
    outcomes: [401, 404, 404, 404, 404, 201, 403, 403, 404],
    params: (r) => ({ id: r.requestToAnother }),
    body: () => ({ reason: 'spam' }),
  },
  // The moderation queue is the alumni office's.
  'GET /api/admin/reports': { outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200], query: 'status=all' },
  'POST /api/admin/reports/{id}/resolve': {
    outcomes: [401, 403, 403, 403, 403, 403, 403, 403, 200],
    params: (r) => ({ id: r.reportOfOwner }),
    body: () => ({ action: 'dismiss', note: 'Checking who may decide' }),
  },
  // Asked from another machine (through a proxy): only an admin may read it.
  'GET /api/dev/mailbox': {
    outcomes: [404, 404, 404, 404, 404, 404, 404, 404, 200],
    headers: { 'x-forwarded-for': '203.0.113.9' },
    showsMail: true,
  },
};
