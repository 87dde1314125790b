import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberPhotos } from '../../db/schema';

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
