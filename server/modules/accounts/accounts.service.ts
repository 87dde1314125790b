import { hashPassword, verifyPassword } from 'better-auth/crypto';
import type { OnboardingInput, RegisterInput } from '../../../contract/accounts';
import type { ChangePassword } from '../../../contract/profile';
import { notify } from '../notifications/notifications.service';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../lib/db-errors';
import { errors } from '../../lib/errors';
import {
  type NewUser,
  type UserRow,
  consumeEmailChange,
  deleteExpiredSessions,
  deleteAllSessions,
  deleteUser,
  deleteExpiredVerifications,
  deleteOtherSessions,
  findMailRecipient as findMailRecipientRow,
  findNames,
  findPasswordHash,
  findSessionCreatedAt,
  findUserById,
  findUserByLogin,
  findUserByUsername,
  insertPasswordAccount,
  insertUser,
  isEmailInUse,
  listEmailsInUse,
  listIdentitiesForExport,
  listProviderAccounts,
  lockAdminsInGoodStanding,
  listSessionsForExport,
  lockUser,
  replaceEmailChange,
  updatePasswordHash,
  updateUser,
  updateUserWhileOnboarding,
} from './accounts.repo';
import { type MemberFilter, listMembersMatching } from './member-search.repo';
import { needsOnboarding } from './me';

export type { UserRow } from './accounts.repo';
export { toMe } from './me';

// The accounts module owns the users, sessions, accounts and verifications tables (ADR 0020):
// other modules read and change members through the functions below, each with the caller's
// `db` (a transaction's `tx` keeps them in that transaction).

/** A member's row changed: the only way any module updates `users` (an empty change reads the row). */
export function updateMember(db: Db, id: string, changes: Partial<NewUser>): Promise<UserRow | undefined> {
  if (Object.keys(changes).length === 0) return findUserById(db, id);
  return updateUser(db, id, changes);
}

/** A member by email or user name (any case); `forUpdate` holds their row lock until the transaction ends. */
export const findMemberByLogin = (db: Db, login: string, options: { forUpdate?: boolean } = {}): Promise<UserRow | undefined> =>
  findUserByLogin(db, login, options);
export const findMember = (db: Db, id: string): Promise<UserRow | undefined> => findUserById(db, id);
export const findMemberByUsername = (db: Db, username: string): Promise<UserRow | undefined> => findUserByUsername(db, username);
export const isEmailTaken = (db: Db, email: string): Promise<boolean> => isEmailInUse(db, email);
/** Which of the addresses (lower case) belong to members already. */
export const findTakenEmails = (db: Db, emails: readonly string[]): Promise<string[]> => listEmailsInUse(db, emails);
export const hasPassword = async (db: Db, id: string): Promise<boolean> => (await findPasswordHash(db, id)) !== null;
/** Holds the member's row lock until the transaction ends. */
export const lockMember = (tx: Db, id: string): Promise<void> => lockUser(tx, id);
/**
 * Signs the member out on every device at once (suspension): their sessions are deleted, which the
 * database announces to every instance (migration 0012), so open event streams end and the search's
 * kept standing is dropped everywhere. Answers how many sessions ended.
 */
export const signOutEverywhere = (db: Db, id: string): Promise<number> => deleteAllSessions(db, id);
/** The ids of the admins not suspended, their rows locked till the transaction ends (the last admin stays). */
export const lockActiveAdmins = (tx: Db): Promise<string[]> => lockAdminsInGoodStanding(tx);
/** The ids of the admins not suspended, read without a lock (for the `can.*` flags). */
export const findActiveAdminIds = (db: Db): Promise<string[]> => lockAdminsInGoodStanding(db, { lock: false });
/** Members' names and user names by id, for notification texts. */
export const findMemberNames = (db: Db, ids: string[]) => findNames(db, ids);
/** The receiver of a mail as they are now: address, language, opt-out (the outbox worker asks at delivery). */
export const findMailRecipient = (db: Db, id: string) => findMailRecipientRow(db, id);
/** A pending email change (docs/product.md, rule 5), kept as a verification row until its link is followed. */
export const saveEmailChange = (db: Db, change: { userId: string; newEmail: string; tokenHash: string; expiresAt: Date }) =>
  replaceEmailChange(db, change);
/** The pending email change of a link, taken out so it works once. */
export const takeEmailChange = (db: Db, tokenHash: string, now: Date) => consumeEmailChange(db, tokenHash, now);
/** The console's member search: one page and the number of matches. */
export const searchMembers = (db: Db, filter: MemberFilter) => listMembersMatching(db, filter);
export type { MemberFilter } from './member-search.repo';
/** Retention: sessions past their expiry, `limit` at a time. */
export const pruneExpiredSessions = (db: Db, now: Date, limit: number) => deleteExpiredSessions(db, now, limit);
/** Retention: verification tokens past their expiry, `limit` at a time. */
export const pruneExpiredVerifications = (db: Db, now: Date, limit: number) => deleteExpiredVerifications(db, now, limit);

export interface AccountsDeps {
  db: Db;
  defaultLanguage: 'en' | 'nl';
}

/** What a registration through an invitation adds (accounts/auth.routes.ts asks the invitations module). */
export interface RegistrationExtras {
  /** The address was proven by the invitation link mailed to it. */
  emailVerified?: boolean;
  /** Runs in the registration's transaction once the member exists (the invitation is used up there). */
  onCreated?: (tx: Db, user: UserRow) => Promise<void>;
}

/** Creates a member with a password login; the caller signs them in afterwards. */
export async function registerMember(deps: AccountsDeps, input: RegisterInput, extras: RegistrationExtras = {}): Promise<UserRow> {
  // Checked up front for a clear answer; the unique indexes still decide when two sign-ups race.
  if (await findUserByLogin(deps.db, input.username)) throw errors.username_taken();
  if (await findUserByLogin(deps.db, input.email)) throw errors.email_taken();

  const passwordHash = await hashPassword(input.password);
  const studies = input.role !== 'staff';
  try {
    return await deps.db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        id: crypto.randomUUID(),
        name: `${input.firstName} ${input.familyName}`,
        email: input.email,
        username: input.username.toLowerCase(),
        displayUsername: input.username,
        role: input.role,
        firstName: input.firstName,
        familyName: input.familyName,
        dateOfBirth: input.dateOfBirth,
        studyProgramme: studies ? (input.studyProgramme ?? null) : null,
        startYear: studies ? (input.startYear ?? null) : null,
        graduationYear: input.role === 'alumnus' ? (input.graduationYear ?? null) : null,
        language: input.language ?? deps.defaultLanguage,
        ...(extras.emailVerified ? { emailVerified: true } : {}),
      });
      await insertPasswordAccount(tx, user.id, passwordHash);
      await extras.onCreated?.(tx, user);
      await notify(tx, { userId: user.id, type: 'welcome', data: {} });
      return user;
    });
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint === 'users_username_unique') throw errors.username_taken();
    if (constraint === 'users_email_unique') throw errors.email_taken();
    throw error;
  }
}

/**
 * Completes an account made through an identity provider with what registration asks and the
 * provider does not give (docs/product.md, rule 1); from then on the member can use the site and is welcomed.
 */
export async function completeOnboarding(deps: AccountsDeps, actor: UserRow, input: OnboardingInput): Promise<UserRow> {
  if (!needsOnboarding(actor)) throw errors.already_onboarded();
  const firstName = input.firstName ?? actor.firstName;
  const familyName = input.familyName ?? actor.familyName;
  // Required here only when the provider left them out.
  const missing = [...(firstName ? [] : ['firstName']), ...(familyName ? [] : ['familyName'])];
  if (missing.length) throw errors.validation_failed(undefined, missing.map((field) => ({ path: [field], code: 'custom', message: 'required' })));
  const existing = await findUserByLogin(deps.db, input.username);
  if (existing && existing.id !== actor.id) throw errors.username_taken();

  const studies = input.role !== 'staff';
  try {
    return await deps.db.transaction(async (tx) => {
      const user = await updateUserWhileOnboarding(tx, actor.id, {
        role: input.role,
        username: input.username.toLowerCase(),
        displayUsername: input.username,
        firstName,
        familyName,
        name: `${firstName} ${familyName}`,
        dateOfBirth: input.dateOfBirth,
        studyProgramme: studies ? (input.studyProgramme ?? null) : null,
        startYear: studies ? (input.startYear ?? null) : null,
        graduationYear: input.role === 'alumnus' ? (input.graduationYear ?? null) : null,
        ...(input.language ? { language: input.language } : {}),
      });
      // Two submissions racing: the second finds the row complete.
      if (!user) throw errors.already_onboarded();
      await notify(tx, { userId: user.id, type: 'welcome', data: {} });
      return user;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'users_username_unique') throw errors.username_taken();
    throw error;
  }
}

/** How recent a provider sign-in must be to confirm a sensitive change for a member without a password. */
export const FRESH_SIGN_IN_MS = 10 * 60 * 1000;

/**
 * Confirms that the member is the one asking, before a change a session thief would want (the
 * email address): by their current password, or for a member without one (LinkedIn only) by a
 * sign-in with their provider in the last ten minutes. Else 403 `reauthentication_required`,
 * naming the providers they can sign in again with.
 */
export async function confirmIdentity(
  db: Db,
  actor: { id: string; sessionToken: string },
  password: string | undefined,
  now = new Date(),
): Promise<void> {
  const hash = await findPasswordHash(db, actor.id);
  if (hash !== null) {
    if (!password) throw errors.password_required(true);
    if (!(await verifyPassword({ hash, password }))) throw errors.wrong_password();
    return;
  }
  const signedInAt = await findSessionCreatedAt(db, actor.sessionToken);
  if (signedInAt && now.getTime() - signedInAt.getTime() <= FRESH_SIGN_IN_MS) return;
  const providers = (await listProviderAccounts(db, actor.id)).map((account) => account.providerId);
  throw errors.reauthentication_required(providers);
}

/** Changes the password after checking the current one; every other session is signed out. */
export async function changePassword(
  db: Db,
  actor: { id: string; sessionToken: string },
  input: ChangePassword,
): Promise<void> {
  const hash = await findPasswordHash(db, actor.id);
  if (hash === null) throw errors.password_required(false);
  if (!(await verifyPassword({ hash, password: input.currentPassword }))) throw errors.wrong_password();
  const newHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await updatePasswordHash(tx, actor.id, newHash);
    await deleteOtherSessions(tx, actor.id, actor.sessionToken);
    await notify(tx, { userId: actor.id, type: 'password_changed', data: {} });
  });
}

/**
 * Confirms that the member is the one deleting their account: by their password, or for an account
 * without one (LinkedIn only) by typing their user name (any case). 400 `password_required`,
 * `wrong_password` or `username_mismatch` otherwise.
 */
export async function confirmAccountDeletion(db: Db, actor: Pick<UserRow, 'id' | 'username'>, input: { password?: string; username?: string }): Promise<void> {
  const hash = await findPasswordHash(db, actor.id);
  if (hash !== null) {
    if (!input.password) throw errors.password_required(true);
    if (!(await verifyPassword({ hash, password: input.password }))) throw errors.wrong_password();
    return;
  }
  if (!input.username || !actor.username || input.username.trim().toLowerCase() !== actor.username) throw errors.username_mismatch();
}


/**
 * Deletes the member's account row with their sessions, identities and tokens (ADR 0025); the
 * caller has let every other module release what it holds first. False when there was no such member.
 */
export const deleteAccount = (tx: Db, id: string): Promise<boolean> => deleteUser(tx, id);

/** What the accounts module holds about a member, for their data export: no password, token or secret. */
export async function exportAccountData(db: Db, id: string) {
  const user = await findUserById(db, id);
  if (!user) return undefined;
  const { language, showEmail, emailNotifications, ...profile } = user;
  return {
    profile,
    settings: { language, showEmail, emailNotifications },
    identities: await listIdentitiesForExport(db, id),
    sessions: await listSessionsForExport(db, id),
  };
}

/** Members today by role, for the console's statistics (anonymous counts). */
export { countUsersByRole as countMembersByRole } from './member-counts.repo';
