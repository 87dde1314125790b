import type { FastifyBaseLogger } from 'fastify';
import type { Identities } from '../../../contract/identities';
import { MAX_PHOTO_BYTES } from '../../../contract/profile';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import {
  type UserRow,
  deleteProviderAccount,
  findPasswordHash,
  findUserById,
  listProviderAccounts,
  updateUser,
} from './accounts.repo';
import type { ProviderProfile } from './provider-profile';

export interface IdentitiesDeps {
  db: Db;
  config: Pick<Config, 'identityProviders' | 'isProduction'>;
}

/**
 * Stores a member's photo: the profile module's upload, handed in where the app is put together
 * (app.ts), since profile depends on accounts and not the other way round.
 */
export type SavePhoto = (db: Db, member: UserRow, upload: { bytes: Buffer; mimetype: string }) => Promise<unknown>;

const PICTURE_TIMEOUT_MS = 5_000;

/** The member's linked identities, and whether they may unlink one. */
export async function listIdentities(deps: IdentitiesDeps, actor: UserRow): Promise<Identities> {
  const [rows, passwordHash] = await Promise.all([listProviderAccounts(deps.db, actor.id), findPasswordHash(deps.db, actor.id)]);
  const names = new Map(deps.config.identityProviders.map((provider) => [provider.id, provider.name]));
  const hasPassword = passwordHash !== null;
  return {
    identities: rows.map((row) => ({
      id: row.id,
      providerId: row.providerId,
      providerName: names.get(row.providerId) ?? row.providerId,
      linkedAt: row.createdAt.toISOString(),
    })),
    hasPassword,
    canUnlink: hasPassword,
  };
}

/**
 * Unlinks an identity, only while the account has a password: without one the member could be
 * left with no way in. A provider-only member gets a password through the reset link.
 */
export async function unlinkIdentity(deps: IdentitiesDeps, actor: UserRow, identityId: string): Promise<void> {
  if ((await findPasswordHash(deps.db, actor.id)) === null) {
    throw errors.unlink_requires_password();
  }
  if (!(await deleteProviderAccount(deps.db, actor.id, identityId))) throw errors.not_found('The linked identity');
}

/**
 * After an identity is linked (or registered with): fills in first name, family name, display
 * name and photo from the provider where the member has none. Never overwrites what they chose.
 */
export async function fillProfileFromIdentity(
  deps: IdentitiesDeps & { savePhoto: SavePhoto },
  log: FastifyBaseLogger,
  userId: string,
  profile: ProviderProfile,
): Promise<void> {
  const user = await findUserById(deps.db, userId);
  if (!user) return;
  const firstName = user.firstName || profile.givenName || null;
  const familyName = user.familyName || profile.familyName || null;
  const changes: Partial<UserRow> = {};
  if (firstName !== user.firstName) changes.firstName = firstName;
  if (familyName !== user.familyName) changes.familyName = familyName;
  if (!user.name.trim() || changes.firstName || changes.familyName) {
    const name = firstName && familyName ? `${firstName} ${familyName}` : profile.name;
    if (name && name !== user.name) changes.name = name;
  }
  if (Object.keys(changes).length) await updateUser(deps.db, userId, changes);
  if (!user.image && profile.picture) await importPicture(deps, log, user, profile.picture);
}

/** Copies the provider's picture into our photo storage; a picture that fails is skipped. */
async function importPicture(deps: IdentitiesDeps & { savePhoto: SavePhoto }, log: FastifyBaseLogger, user: UserRow, url: string): Promise<void> {
  try {
    const picture = await fetchPicture(url, !deps.config.isProduction);
    if (picture) await deps.savePhoto(deps.db, user, picture);
  } catch (error) {
    log.info({ err: error, userId: user.id }, 'identity provider picture not imported');
  }
}

/**
 * Downloads a picture with a time limit and a size limit. Only https (http too outside
 * production, for the test provider), and no redirects, so a claim cannot walk us elsewhere.
 */
export async function fetchPicture(url: string, allowHttp: boolean): Promise<{ bytes: Buffer; mimetype: string } | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== 'https:' && !(allowHttp && target.protocol === 'http:')) return null;
  const response = await fetch(target, {
    signal: AbortSignal.timeout(PICTURE_TIMEOUT_MS),
    redirect: 'error',
    headers: { accept: 'image/jpeg, image/png, image/webp' },
  });
  if (!response.ok || !response.body) return null;
  if (Number(response.headers.get('content-length') ?? 0) > MAX_PHOTO_BYTES) {
    await response.body.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > MAX_PHOTO_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  const mimetype = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return { bytes: Buffer.concat(chunks), mimetype };
}
