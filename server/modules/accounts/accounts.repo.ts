import { and, eq, gt, inArray, isNull, like, lt, ne, or, sql } from 'drizzle-orm';
import { type Db, statementName } from '../../db/client';
import { accounts, sessions, users, verifications } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** By email or user name, both case-insensitive; with `forUpdate`, the row stays locked until the transaction ends. */
export async function findUserByLogin(db: Db, login: string, options: { forUpdate?: boolean } = {}): Promise<UserRow | undefined> {
  const value = login.trim().toLowerCase();
  const query = db
    .select()
    .from(users)
    .where(or(sql`lower(${users.email}) = ${value}`, eq(users.username, value)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertUser(db: Db, values: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function insertPasswordAccount(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db.insert(accounts).values({
    id: crypto.randomUUID(),
    accountId: userId,
    providerId: 'credential',
    userId,
    password: passwordHash,
  });
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
  return row?.password ?? null;
}

export async function updatePasswordHash(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db
    .update(accounts)
    .set({ password: passwordHash })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
}

/** Signs the member out everywhere but the session with `keepToken`. */
export async function deleteOtherSessions(db: Db, userId: string, keepToken: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.token, keepToken)));
}

/** Signs the member out everywhere: every session of theirs is gone (suspension). Answers how many there were. */
export async function deleteAllSessions(db: Db, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}

/**
 * The admins not suspended, their rows locked until the transaction ends: two admins suspending
 * each other at once take turns, and the second sees the first's change (the last admin stays).
 */
export async function lockAdminsInGoodStanding(tx: Db, options: { lock: boolean } = { lock: true }): Promise<string[]> {
  const query = tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isAdmin, true), isNull(users.suspendedAt)))
    .orderBy(users.id);
  // NO KEY UPDATE: it holds against another deletion, suspension or change of the admin right,
  // but not against rows being inserted that refer to an admin (they take KEY SHARE).
  const rows = options.lock ? await query.for('no key update') : await query;
  return rows.map((row) => row.id);
}

/**
 * Ends a member's other password-reset links: better-auth keeps a reset row with the member's
 * id as its value (its identifier is a hash, so the row is known by that and by not being `keep`).
 */
export async function deleteOtherResetTokens(db: Db, userId: string, keepIdentifier: string): Promise<void> {
  await db.delete(verifications).where(and(eq(verifications.value, userId), ne(verifications.identifier, keepIdentifier)));
}

/** When the session behind `token` was made: when its member last signed in on that device. */
export async function findSessionCreatedAt(db: Db, token: string): Promise<Date | undefined> {
  const [row] = await db.select({ createdAt: sessions.createdAt }).from(sessions).where(eq(sessions.token, token));
  return row?.createdAt;
}

/** The member's identities at sign-in providers (every account but the password one). */
export async function listProviderAccounts(db: Db, userId: string) {
  return db
    .select({ id: accounts.id, providerId: accounts.providerId, createdAt: accounts.createdAt })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), ne(accounts.providerId, 'credential')))
    .orderBy(accounts.createdAt);
}

/** Deletes one of the member's provider identities; false when they have no such identity. */
export async function deleteProviderAccount(db: Db, userId: string, accountId: string): Promise<boolean> {
  const rows = await db
    .delete(accounts)
    .where(and(eq(accounts.id, accountId), eq(accounts.userId, userId), ne(accounts.providerId, 'credential')))
    .returning({ id: accounts.id });
  return rows.length > 0;
}

/** The one update of a member's row (profile, mentor tab, photo, email change, provider profile all come here). */
export async function updateUser(db: Db, id: string, values: Partial<NewUser>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row;
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

/** Which of `emails` (lower case) are members' addresses. */
export async function listEmailsInUse(db: Db, emails: readonly string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, [...emails]));
  return rows.map((row) => row.email);
}

export async function isEmailInUse(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row !== undefined;
}

/**
 * Takes the member's row lock for the rest of the transaction (mentoring uses it so that sends by
 * one mentee run one at a time).
 */
export async function lockUser(tx: Db, userId: string): Promise<void> {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

/** Names of members by id, for notification texts. */
export async function findNames(db: Db, ids: string[]): Promise<Map<string, { name: string; username: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name, username: users.username }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, { name: row.name, username: row.username ?? '' }]));
}

/** What delivery needs to know about a receiver, read at delivery time (language and opt-out may have changed). */
export async function findMailRecipient(db: Db, userId: string) {
  const [row] = await db
    .select({
      email: users.email,
      language: users.language,
      emailNotifications: users.emailNotifications,
      firstName: users.firstName,
      name: users.name,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

const EMAIL_CHANGE = 'email-change:';

/** Replaces the member's pending email change by a new one (value: "<userId> <newEmail>"). */
export async function replaceEmailChange(
  db: Db,
  change: { userId: string; newEmail: string; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db
    .delete(verifications)
    .where(and(like(verifications.identifier, `${EMAIL_CHANGE}%`), like(verifications.value, `${change.userId} %`)));
  await db.insert(verifications).values({
    id: crypto.randomUUID(),
    identifier: `${EMAIL_CHANGE}${change.tokenHash}`,
    value: `${change.userId} ${change.newEmail}`,
    expiresAt: change.expiresAt,
  });
}

/** Takes the pending change for a token out of the table, so a link works once. */
export async function consumeEmailChange(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; newEmail: string } | undefined> {
  const [row] = await db
    .delete(verifications)
    .where(and(eq(verifications.identifier, `${EMAIL_CHANGE}${tokenHash}`), gt(verifications.expiresAt, now)))
    .returning({ value: verifications.value });
  if (!row) return undefined;
  const [userId, newEmail] = row.value.split(' ') as [string, string];
  return { userId, newEmail };
}

/**
 * Retention: deletes in batches of `limit`, each one statement of its own, so a first run over
 * years of rows never holds a long lock nor runs into the statement timeout. Rows another
 * instance's run holds are skipped (it is deleting them). Each returns how many rows it deleted.
 */
export async function deleteExpiredSessions(db: Db, now: Date, limit: number): Promise<number> {
  const due = db.select({ id: sessions.id }).from(sessions).where(lt(sessions.expiresAt, now)).limit(limit).for('update', { skipLocked: true });
  return (await db.delete(sessions).where(inArray(sessions.id, due)).returning({ id: sessions.id })).length;
}

export async function deleteExpiredVerifications(db: Db, now: Date, limit: number): Promise<number> {
  const due = db
    .select({ id: verifications.id })
    .from(verifications)
    .where(lt(verifications.expiresAt, now))
    .limit(limit)
    .for('update', { skipLocked: true });
  return (await db.delete(verifications).where(inArray(verifications.id, due)).returning({ id: verifications.id })).length;
}

/** Completes onboarding once: the row changes only while role or user name is still missing. */
export async function updateUserWhileOnboarding(db: Db, id: string, values: Partial<NewUser>): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set(values)
    .where(and(eq(users.id, id), or(isNull(users.role), isNull(users.username))))
    .returning();
  return row;
}

/**
 * A statement every signed-in request runs, prepared once per database: built once, and on
 * PostgreSQL parsed and planned once per connection (a named statement, unless
 * DATABASE_PREPARED_STATEMENTS=false).
 */
function preparedPerDatabase<T>(prepare: (db: Db) => T): (db: Db) => T {
  const prepared = new WeakMap<Db, T>();
  return (db) => {
    let statement = prepared.get(db);
    if (!statement) {
      statement = prepare(db);
      prepared.set(db, statement);
    }
    return statement;
  };
}

const liveSession = and(eq(sessions.token, sql.placeholder('token')), gt(sessions.expiresAt, sql.placeholder('now')));

const sessionWithUser = preparedPerDatabase((db) =>
  db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(liveSession)
    .prepare(statementName(db, 'find_session_with_user')),
);

/** A live session and its member, in one query. */
export async function findSessionWithUser(
  db: Db,
  token: string,
  now: Date,
): Promise<{ user: UserRow; session: { expiresAt: Date } } | undefined> {
  const [row] = await sessionWithUser(db).execute({ token, now });
  return row ? { user: row.user, session: { expiresAt: row.expiresAt } } : undefined;
}

export type MemberStanding = Pick<UserRow, 'suspendedAt' | 'role' | 'username'> & { expiresAt: Date; sessionId: string; userId: string };

// These columns decide a member's standing; migration 0012 announces changes to them (a column
// added here goes into its trigger too).
const sessionStanding = preparedPerDatabase((db) =>
  db
    .select({
      sessionId: sessions.id,
      userId: sessions.userId,
      expiresAt: sessions.expiresAt,
      suspendedAt: users.suspendedAt,
      role: users.role,
      username: users.username,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(liveSession)
    .prepare(statementName(db, 'find_session_standing')),
);

/** A live session and only what decides whether its member may be served: suspended, onboarded. */
export async function findSessionStanding(db: Db, token: string, now: Date): Promise<MemberStanding | undefined> {
  const [row] = await sessionStanding(db).execute({ token, now });
  return row;
}

/**
 * Deletes a member's row and what only this module knows belongs to them: their reset links and
 * email-change tokens (verifications name the member in `value`, not by a foreign key). Sessions
 * and identities go with the row (ON DELETE CASCADE), and so does every other module's row that
 * its owner declared so; the rest keep the row with the member's id set null (ADR 0025).
 */
export async function deleteUser(tx: Db, id: string): Promise<boolean> {
  await tx.delete(verifications).where(or(eq(verifications.value, id), like(verifications.value, `${id} %`)));
  const rows = await tx.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}

/** The member's sessions as they can be shown back to them: no token. */
export async function listSessionsForExport(db: Db, userId: string) {
  return db
    .select({ createdAt: sessions.createdAt, updatedAt: sessions.updatedAt, expiresAt: sessions.expiresAt, ipAddress: sessions.ipAddress, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(sessions.createdAt);
}

/** The member's sign-in methods without anything secret: no password hash, no provider tokens. */
export async function listIdentitiesForExport(db: Db, userId: string) {
  return db
    .select({ providerId: accounts.providerId, accountId: accounts.accountId, scope: accounts.scope, createdAt: accounts.createdAt, updatedAt: accounts.updatedAt })
    .from(accounts)
    .where(eq(accounts.userId, userId))
    .orderBy(accounts.createdAt);
}

/**
 * The spelling most other members use for a city that folds like `city` (case, accents and spaces
 * aside: `mn_fold`, migration 0018): capitals win a tie. Undefined when nobody else has it yet.
 */
export async function findCommonCitySpelling(db: Db, city: string, exceptUserId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ city: users.city })
    .from(users)
    .where(and(sql`mn_fold(${users.city}) = mn_fold(${city})`, ne(users.id, exceptUserId)))
    .groupBy(users.city)
    .orderBy(sql`count(*) desc`, sql`${users.city} = lower(${users.city})`, users.city)
    .limit(1);
  return row?.city ?? undefined;
}
