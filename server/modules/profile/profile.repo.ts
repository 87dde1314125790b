import { and, eq, gt, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberPhotos, users, verifications } from '../../db/schema';
import type { UserRow } from '../accounts/accounts.repo';

export async function updateUser(db: Db, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await db.update(users).set(values).where(eq(users.id, id)).returning();
  return row!;
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

export async function isEmailInUse(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row !== undefined;
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

export async function upsertPhoto(db: Db, photo: typeof memberPhotos.$inferInsert): Promise<void> {
  await db
    .insert(memberPhotos)
    .values(photo)
    .onConflictDoUpdate({
      target: memberPhotos.userId,
      set: { bytes: photo.bytes, contentType: photo.contentType, etag: photo.etag, updatedAt: new Date() },
    });
}

export async function deletePhoto(db: Db, userId: string): Promise<void> {
  await db.delete(memberPhotos).where(eq(memberPhotos.userId, userId));
}

export async function findPhoto(db: Db, userId: string) {
  const [row] = await db.select().from(memberPhotos).where(eq(memberPhotos.userId, userId));
  return row;
}
