import { createHash } from 'node:crypto';
import { MAX_PHOTO_PIXELS, PHOTO_TYPES } from '../../../contract/profile';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { type UserRow, updateMember } from '../accounts/accounts.service';
import { deletePhoto, findPhoto, upsertPhoto } from './profile.repo';

const SIZE = 512;

/**
 * Stores a profile photo: decoded (so a file that only claims to be an image is refused),
 * turned upright, cropped square to 512 px and re-encoded as WebP, which also drops any
 * location and camera metadata the original carried.
 */
export async function uploadPhoto(db: Db, actor: UserRow, upload: { bytes: Buffer; mimetype: string }): Promise<{ image: string }> {
  if (!(PHOTO_TYPES as readonly string[]).includes(upload.mimetype)) {
    throw errors.photo_invalid('Upload a JPEG, PNG or WebP image.');
  }
  // sharp (libvips) loads with the first photo, not with the server (ADR 0030).
  const { default: sharp } = await import('sharp');
  // The header alone says how large the image is; decoding a small file of 7000 × 7000 pixels
  // took seconds of CPU, so the size is checked before any pixel is decoded.
  const header = await sharp(upload.bytes).metadata().catch(() => null);
  if (!header?.format || !['jpeg', 'png', 'webp'].includes(header.format)) {
    throw errors.photo_invalid('This file could not be read as a JPEG, PNG or WebP image.');
  }
  if ((header.width ?? 0) * (header.height ?? 0) > MAX_PHOTO_PIXELS) {
    throw errors.photo_dimensions_too_large(MAX_PHOTO_PIXELS);
  }
  let bytes: Buffer;
  try {
    const image = sharp(upload.bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' });
    bytes = await image.rotate().resize(SIZE, SIZE, { fit: 'cover', position: 'attention' }).webp({ quality: 82 }).toBuffer();
  } catch {
    throw errors.photo_invalid('This file could not be read as a JPEG, PNG or WebP image.');
  }
  const etag = createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
  const image = `/api/photos/${actor.id}?v=${etag}`;
  await db.transaction(async (tx) => {
    await upsertPhoto(tx, { userId: actor.id, contentType: 'image/webp', bytes, etag });
    await updateMember(tx, actor.id, { image });
  });
  return { image };
}

export async function removePhoto(db: Db, actor: UserRow): Promise<void> {
  await db.transaction(async (tx) => {
    await deletePhoto(tx, actor.id);
    await updateMember(tx, actor.id, { image: null });
  });
}

/** A member's photo, for signed-in members only. */
export async function getPhoto(db: Db, userId: string) {
  const photo = await findPhoto(db, userId);
  if (!photo) throw errors.not_found('The photo');
  return photo;
}

/** The member's photo as their data export holds it (the bytes in base64), or null. */
export async function exportPhoto(db: Db, userId: string) {
  const photo = await findPhoto(db, userId);
  return photo ? { contentType: photo.contentType, updatedAt: photo.updatedAt.toISOString(), base64: photo.bytes.toString('base64') } : null;
}
