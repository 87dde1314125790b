import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { grantAdmin } from '../server/cli/grant-admin';
import type { TestApp } from './app';
import { ORIGIN, createMember, createMentor } from './factories';
import { sendRequest } from './mentoring';

/** Who calls, in the columns' order of the authorization matrix (test/authz-matrix.table.ts). */
export const ACTORS = ['anonymous', 'student', 'alumnus', 'staff', 'mentor', 'another', 'suspended', 'onboarding', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];
export type Member = Exclude<Actor, 'anonymous'>;
export const MEMBERS = ACTORS.filter((actor): actor is Member => actor !== 'anonymous');

export interface Actors {
  cookie: Record<Member, string>;
  id: Record<Member, string>;
}

/**
 * The resources in the matrix's paths, all owned by members who never call: `another` is a party
 * to each request and mentorship, always on the side the operation does not belong to (except
 * ending a mentorship, which either side may do); every other actor is a stranger to them.
 */
export interface Resources {
  /** `another` asked `ownerMentor`: only the mentor may accept or decline. */
  requestToOwnerMentor: string;
  /** `ownerMentee` asked `another`: only the mentee may retract. */
  requestToAnother: string;
  /** `another` mentors `ownerMentee2`. */
  mentorshipOfAnother: string;
  /** The conversation that accepting opened between `another` and `ownerMentee2`. */
  conversationOfAnother: string;
  /** `ownerMentee2`'s motivation in that conversation: only `another` received it (and may report it). */
  messageToAnother: string;
  /** `ownerMentor`'s report of `another`'s request to them: in the alumni office's queue. */
  reportOfOwner: string;
  /** A LinkedIn identity of `ownerMentee`'s. */
  identityOfOwner: string;
  ownerMentorUsername: string;
  /** `ownerMentee` has a photo. */
  ownerMenteeId: string;
  /** A member the console's rows look at and change (`ownerMentee2`). */
  ownerMemberId: string;
  /** Graduation requests waiting for the alumni office (by `ownerMentee` and `ownerMentee2`, both students). */
  graduationToApprove: string;
  graduationToReject: string;
  /** Invitations of the alumni office still waiting (one to send again, one to withdraw); MATRIX_INVITATION_TOKEN opens a third. */
  invitationToResend: string;
  invitationToRevoke: string;
  /** What no other member may ever be shown: the owners' hidden email addresses and dates of birth. */
  secrets: string[];
}

export interface World {
  actors: Actors;
  resources: Resources;
}

export const OWNER_BIRTHDAYS = ['1983-08-14', '2001-03-09', '2002-11-27'] as const;

/** A signed-in member of one kind. */
export async function buildActor(t: TestApp, kind: Member): Promise<{ id: string; cookie: string }> {
  const { db } = t.database;
  if (kind === 'mentor' || kind === 'another') {
    const { user, cookie } = await createMentor(t, { maxMentees: 3 });
    return { id: user.id, cookie };
  }
  const role = kind === 'alumnus' ? 'alumnus' : kind === 'staff' || kind === 'admin' ? 'staff' : 'student';
  const { user, cookie, input } = await createMember(t, { role });
  if (kind === 'suspended') await db.execute(sql`update users set suspended_at = now() where id = ${user.id}`);
  if (kind === 'onboarding') {
    // As a member who registered through an identity provider and stopped before onboarding:
    // no role, no user name, no password, one linked identity (accounts.service completeOnboarding).
    await db.execute(sql`update users set role = null, username = null, display_username = null where id = ${user.id}`);
    await db.execute(sql`delete from accounts where user_id = ${user.id} and provider_id = 'credential'`);
    await linkIdentity(t, user.id);
  }
  if (kind === 'admin') {
    const granted = await grantAdmin(db, input.email);
    if (granted.outcome !== 'granted') throw new Error(`admin: ${granted.outcome}`);
  }
  return { id: user.id, cookie };
}

/** One member of each kind the matrix asks about, each with a signed-in session. */
export async function buildActors(t: TestApp, kinds: readonly Member[] = MEMBERS): Promise<Actors> {
  const actors: Actors = { cookie: {} as Actors['cookie'], id: {} as Actors['id'] };
  for (const kind of kinds) {
    const { id, cookie } = await buildActor(t, kind);
    actors.cookie[kind] = cookie;
    actors.id[kind] = id;
  }
  return actors;
}

/** The actors, and the owners' requests, mentorship, identity and photo they are asked about. */
export async function buildWorld(t: TestApp): Promise<World> {
  const actors = await buildActors(t);
  const ownerMentor = await createMentor(t, {}, { dateOfBirth: OWNER_BIRTHDAYS[0] });
  const ownerMentee = await createMember(t, { role: 'student', dateOfBirth: OWNER_BIRTHDAYS[1] });
  const ownerMentee2 = await createMember(t, { role: 'student', dateOfBirth: OWNER_BIRTHDAYS[2] });
  const anotherUsername = await usernameOf(t, actors.cookie.another);

  const requestToOwnerMentor = await sendRequest(t, actors.cookie.another, ownerMentor.user.username!);
  const requestToAnother = await sendRequest(t, ownerMentee.cookie, anotherUsername);
  const toAccept = await sendRequest(t, ownerMentee2.cookie, anotherUsername);
  const accepted = await t.app.inject({
    method: 'POST',
    url: `/api/requests/${toAccept}/accept`,
    headers: { cookie: actors.cookie.another, origin: ORIGIN },
    payload: {},
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  const conversations = await t.app.inject({ method: 'GET', url: '/api/conversations', headers: { cookie: actors.cookie.another } });
  const conversationOfAnother = conversations.json().items[0]?.id as string | undefined;
  if (!conversationOfAnother) throw new Error(`no conversation after accepting: ${conversations.statusCode} ${conversations.body}`);
  const thread = await t.app.inject({ method: 'GET', url: `/api/conversations/${conversationOfAnother}/messages`, headers: { cookie: actors.cookie.another } });
  const messageToAnother = (thread.json().items as Array<{ id: string; fromMe: boolean }>).find((message) => !message.fromMe)?.id;
  if (!messageToAnother) throw new Error(`no received message: ${thread.statusCode} ${thread.body}`);
  const report = await t.app.inject({
    method: 'POST',
    url: `/api/requests/${requestToOwnerMentor}/report`,
    headers: { cookie: ownerMentor.cookie, origin: ORIGIN },
    payload: { reason: 'spam' },
  });
  if (report.statusCode !== 201) throw new Error(`report failed: ${report.statusCode} ${report.body}`);
  const identityOfOwner = await linkIdentity(t, ownerMentee.user.id);
  const graduationToApprove = await askToGraduate(t, ownerMentee.cookie);
  const graduationToReject = await askToGraduate(t, ownerMentee2.cookie);
  const [invitationToResend, invitationToRevoke] = await Promise.all(['resend', 'revoke', 'lookup'].map((name) => insertInvitation(t, name)));
  const photo = await uploadPhoto(t, ownerMentee.cookie);
  if (photo.statusCode !== 200) throw new Error(`photo failed: ${photo.statusCode} ${photo.body}`);

  return {
    actors,
    resources: {
      requestToOwnerMentor,
      requestToAnother,
      mentorshipOfAnother: accepted.json().mentorship.id,
      conversationOfAnother,
      messageToAnother,
      reportOfOwner: report.json().id,
      identityOfOwner,
      ownerMentorUsername: ownerMentor.user.username!,
      ownerMenteeId: ownerMentee.user.id,
      ownerMemberId: ownerMentee2.user.id,
      graduationToApprove,
      graduationToReject,
      invitationToResend: invitationToResend!,
      invitationToRevoke: invitationToRevoke!,
      secrets: [ownerMentor.input.email, ownerMentee.input.email, ownerMentee2.input.email, ...OWNER_BIRTHDAYS],
    },
  };
}

/** The link token of the matrix's waiting invitation (GET /api/invitations/lookup). */
export const MATRIX_INVITATION_TOKEN = 'matrix-invitation-token-0000000000000000000';

/** A waiting invitation of the alumni office's, as an upload leaves it; its id. `lookup`'s token is MATRIX_INVITATION_TOKEN. */
async function insertInvitation(t: TestApp, name: string): Promise<string> {
  const id = randomUUID();
  const token = name === 'lookup' ? MATRIX_INVITATION_TOKEN : randomUUID();
  const hash = createHash('sha256').update(token).digest('base64url');
  await t.database.db.execute(
    sql`insert into invitations (id, batch_id, email, first_name, family_name, language, token_hash, expires_at, sent_at)
        values (${id}, ${randomUUID()}, ${`invited.${name}.${id}@test.example`}, 'Invited', ${name}, 'en', ${hash}, now() + interval '14 days', now())`,
  );
  return id;
}

/** A LinkedIn identity for the member, as a provider sign-in leaves it; its id. */
export async function linkIdentity(t: TestApp, userId: string): Promise<string> {
  const id = randomUUID();
  await t.database.db.execute(
    sql`insert into accounts (id, account_id, provider_id, user_id) values (${id}, ${`li-${id}`}, 'linkedin', ${userId})`,
  );
  return id;
}

/** "I have graduated", as a student presses it; the request's id. */
async function askToGraduate(t: TestApp, cookie: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/me/graduation-request', headers: { cookie, origin: ORIGIN }, payload: { graduationYear: 2025 } });
  if (res.statusCode !== 201) throw new Error(`graduation request failed: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

async function usernameOf(t: TestApp, cookie: string): Promise<string> {
  const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  return me.json().username as string;
}

let png: Buffer | undefined;

/** `PUT /api/me/photo` with a small PNG, as the web app sends it. */
export async function photoUpload(): Promise<{ payload: Buffer; contentType: string }> {
  png ??= await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3366aa' } }).png().toBuffer();
  const boundary = '----mn-authz-boundary';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="me.png"\r\nContent-Type: image/png\r\n\r\n`),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function uploadPhoto(t: TestApp, cookie: string) {
  const { payload, contentType } = await photoUpload();
  return t.app.inject({ method: 'PUT', url: '/api/me/photo', headers: { cookie, origin: ORIGIN, 'content-type': contentType }, payload });
}

