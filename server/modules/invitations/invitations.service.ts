import { createHash, randomBytes } from 'node:crypto';
import type { RegisterInput } from '../../../contract/accounts';
import { RegisterSchema } from '../../../contract/accounts';
import type { Language } from '../../../contract/i18n';
import {
  INVITATION_EXPIRES_IN_DAYS,
  INVITATION_PAGE_SIZE,
  type Invitation,
  type InvitationForRegistration,
  type InvitationList,
  type InvitationListQuery,
  type InvitationPreview,
  type InvitationState,
  type InvitationUpload,
} from '../../../contract/invitations';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import { type RegistrationExtras, type UserRow, findTakenEmails } from '../accounts/accounts.service';
import { recordAdminAction } from '../audit/audit.service';
import { enqueueMail, enqueueMails } from '../outbox/outbox.service';
import { readInvitationList, toPreview, withKnownAddresses } from './invitation-list';
import { assertMayInvite, assertMayResend, assertMayRevoke, invitationPermissions } from './invitations.policy';
import {
  type InvitationRow,
  type InvitationWithPeople,
  findInvitation,
  findInvitationWithPeople,
  findWorkingInvitation,
  insertInvitations,
  listInvitationRows,
  listWaitingInvitedEmails,
  markAccepted,
  markExpiredReplaced,
  updateInvitation,
} from './invitations.repo';

export interface InvitationsDeps {
  db: Db;
  /** Where the links in the mails point (`/register?token=…`). */
  publicUrl: string;
  now?: () => Date;
}

const clock = (deps: Pick<InvitationsDeps, 'now'>) => deps.now?.() ?? new Date();
const DAY_MS = 24 * 60 * 60 * 1000;

/** A link's secret: 256 random bits. Only its hash is stored, so a copy of the database opens nothing. */
const newToken = () => randomBytes(32).toString('base64url');
export const hashInvitationToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const linkFor = (deps: InvitationsDeps, token: string) => `${deps.publicUrl}/register?token=${encodeURIComponent(token)}`;

/** The state the console shows: a pending invitation past its expiry is expired. */
export function stateOf(row: Pick<InvitationRow, 'status' | 'expiresAt'>, now: Date): InvitationState {
  if (row.status === 'accepted') return 'registered';
  if (row.status === 'pending') return row.expiresAt > now ? 'pending' : 'expired';
  return row.status;
}

/** The list checked line by line, the database asked about every address in one query each. */
async function checkList(db: Db, upload: InvitationUpload, now: Date): Promise<InvitationPreview> {
  const { lines, fileProblems } = readInvitationList(upload.csv, upload.defaultLanguage);
  const addresses = [...new Set(lines.filter((line) => line.email.includes('@')).map((line) => line.email))];
  const [members, invited] = await Promise.all([findTakenEmails(db, addresses), listWaitingInvitedEmails(db, addresses, now)]);
  return toPreview(withKnownAddresses(lines, { members: new Set(members), invited: new Set(invited) }), fileProblems);
}

/** The check before sending: every line with its problems; nothing is written or sent. */
export async function previewInvitations(deps: InvitationsDeps, actor: UserRow, upload: InvitationUpload): Promise<InvitationPreview> {
  assertMayInvite(actor);
  return checkList(deps.db, upload, clock(deps));
}

/**
 * Sends the whole list or nothing: checked again inside one transaction (the preview may be old),
 * refused with every line's problems when any has one; otherwise each address gets its invitation,
 * its mail (queued in the same transaction) and the upload one entry in the audit log.
 */
export async function sendInvitations(deps: InvitationsDeps, actor: UserRow, upload: InvitationUpload): Promise<{ sent: number; batchId: string }> {
  assertMayInvite(actor);
  const now = clock(deps);
  const batchId = crypto.randomUUID();
  const expiresAt = new Date(now.getTime() + INVITATION_EXPIRES_IN_DAYS * DAY_MS);
  try {
    return await deps.db.transaction(async (tx) => {
      const preview = await checkList(tx, upload, now);
      if (!preview.isValid) throw errors.invitation_list_invalid(preview);
      await markExpiredReplaced(tx, preview.lines.map((line) => line.email), now);
      const invited = preview.lines.map((line) => ({ line, token: newToken() }));
      await insertInvitations(
        tx,
        invited.map(({ line, token }) => ({
          batchId,
          email: line.email,
          firstName: line.firstName,
          familyName: line.familyName,
          language: line.language,
          tokenHash: hashInvitationToken(token),
          expiresAt,
          sentAt: now,
          invitedBy: actor.id,
        })),
      );
      await enqueueMails(
        tx,
        invited.map(({ line, token }) => ({
          to: line.email,
          language: line.language,
          template: 'invitation' as const,
          data: { url: linkFor(deps, token) },
          name: line.firstName,
        })),
      );
      const languages: Partial<Record<Language, number>> = {};
      for (const { line } of invited) languages[line.language] = (languages[line.language] ?? 0) + 1;
      await recordAdminAction(tx, {
        actorId: actor.id,
        action: 'invitations_sent',
        targetType: 'invitation_batch',
        targetId: batchId,
        details: { count: invited.length, languages, expiresAt: expiresAt.toISOString() },
      });
      return { sent: invited.length, batchId };
    });
  } catch (error) {
    // Another upload (or a registration) took one of the addresses in between: answer with the list as it now stands.
    if (uniqueViolation(error) === 'invitations_one_pending') throw errors.invitation_list_invalid(await checkList(deps.db, upload, now));
    throw error;
  }
}

function toInvitation(actor: UserRow, row: InvitationWithPeople, now: Date): Invitation {
  const { invitation } = row;
  const state = stateOf(invitation, now);
  return {
    id: invitation.id,
    firstName: invitation.firstName,
    familyName: invitation.familyName,
    email: invitation.email,
    language: invitation.language,
    state,
    sentAt: invitation.sentAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    resent: invitation.resentCount,
    invitedBy: row.inviter?.id ? { id: row.inviter.id, name: row.inviter.name ?? '' } : null,
    member: row.member?.id ? { id: row.member.id, username: row.member.username } : null,
    can: invitationPermissions(actor, { state }),
  };
}

/** The invitations sent, newest first, 20 a page, by state and by part of a name or address. */
export async function listInvitationsFor(deps: InvitationsDeps, actor: UserRow, query: InvitationListQuery): Promise<InvitationList> {
  assertMayInvite(actor);
  const now = clock(deps);
  const { rows, total } = await listInvitationRows(deps.db, {
    state: query.state,
    text: query.q,
    now,
    limit: INVITATION_PAGE_SIZE,
    offset: (query.page - 1) * INVITATION_PAGE_SIZE,
  });
  return { items: rows.map((row) => toInvitation(actor, row, now)), total, page: query.page, pageSize: INVITATION_PAGE_SIZE };
}

async function answered(deps: InvitationsDeps, actor: UserRow, id: string, now: Date): Promise<Invitation> {
  const row = await findInvitationWithPeople(deps.db, id);
  if (!row) throw errors.not_found('The invitation');
  return toInvitation(actor, row, now);
}

/**
 * Sends an invitation again: a new link (the old one stops working), a new expiry, the mail in the
 * invitation's language. Not to an address that has become a member meanwhile (409 `email_taken`).
 */
export async function resendInvitation(deps: InvitationsDeps, actor: UserRow, id: string): Promise<Invitation> {
  assertMayInvite(actor);
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const row = await findInvitation(tx, id, { forUpdate: true });
    const invitation = row && { ...row, state: stateOf(row, now) };
    assertMayResend(actor, invitation);
    if ((await findTakenEmails(tx, [invitation.email.toLowerCase()])).length > 0) throw errors.email_taken();
    const token = newToken();
    const expiresAt = new Date(now.getTime() + INVITATION_EXPIRES_IN_DAYS * DAY_MS);
    await updateInvitation(tx, id, { tokenHash: hashInvitationToken(token), expiresAt, sentAt: now, resentCount: invitation.resentCount + 1 });
    await enqueueMail(tx, { to: invitation.email, language: invitation.language, template: 'invitation', data: { url: linkFor(deps, token) }, name: invitation.firstName });
    await recordAdminAction(tx, {
      actorId: actor.id,
      action: 'invitation_resent',
      targetType: 'invitation',
      targetId: id,
      details: {
        before: { state: invitation.state, expiresAt: invitation.expiresAt.toISOString() },
        after: { state: 'pending', expiresAt: expiresAt.toISOString() },
      },
    });
  });
  return answered(deps, actor, id, now);
}

/** Withdraws an invitation: its link stops working at once. */
export async function revokeInvitation(deps: InvitationsDeps, actor: UserRow, id: string): Promise<Invitation> {
  assertMayInvite(actor);
  const now = clock(deps);
  await deps.db.transaction(async (tx) => {
    const row = await findInvitation(tx, id, { forUpdate: true });
    const invitation = row && { ...row, state: stateOf(row, now) };
    assertMayRevoke(actor, invitation);
    await updateInvitation(tx, id, { status: 'revoked', revokedAt: now });
    await recordAdminAction(tx, {
      actorId: actor.id,
      action: 'invitation_revoked',
      targetType: 'invitation',
      targetId: id,
      details: { before: { state: invitation.state }, after: { state: 'revoked' } },
    });
  });
  return answered(deps, actor, id, now);
}

/** What registration through a link fills in; 400 `invitation_invalid` for a link that no longer works. */
export async function lookupInvitation(deps: Pick<InvitationsDeps, 'db' | 'now'>, token: string): Promise<InvitationForRegistration> {
  const invitation = await findWorkingInvitation(deps.db, hashInvitationToken(token), clock(deps));
  if (!invitation) throw errors.invitation_invalid();
  return {
    firstName: invitation.firstName,
    familyName: invitation.familyName,
    email: invitation.email,
    language: invitation.language,
    role: 'alumnus',
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/**
 * A registration through an invitation link: the invitation, not the form, makes the account an
 * alumnus's (the input is checked again as an alumnus's, so a form that said "student" gets the
 * alumni fields asked for); the address must be the one invited, and is verified by the link.
 * The returned extras use the link up inside the registration's transaction, so it registers
 * one member at most, even when two registrations race.
 */
export async function prepareInvitedRegistration(
  deps: Pick<InvitationsDeps, 'db' | 'now'>,
  input: RegisterInput & { invitationToken: string },
): Promise<{ input: RegisterInput; extras: RegistrationExtras }> {
  const now = clock(deps);
  const tokenHash = hashInvitationToken(input.invitationToken);
  const invitation = await findWorkingInvitation(deps.db, tokenHash, now);
  if (!invitation) throw errors.invitation_invalid();
  if (invitation.email.toLowerCase() !== input.email.toLowerCase()) throw errors.invitation_email_mismatch();
  const asAlumnus = RegisterSchema.safeParse({ ...input, role: 'alumnus' });
  if (!asAlumnus.success) throw errors.validation_failed(undefined, asAlumnus.error.issues);
  return {
    input: asAlumnus.data,
    extras: {
      emailVerified: true,
      onCreated: async (tx, user) => {
        if (!(await markAccepted(tx, tokenHash, user.id, now))) throw errors.invitation_invalid();
      },
    },
  };
}
