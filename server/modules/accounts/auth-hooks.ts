import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { notify } from '../notifications/notifications.service';
import { enqueueMail } from '../outbox/outbox.service';
import type { AuthHooks } from './auth';
import { deleteOtherResetTokens, findUserById } from './accounts.repo';
import { hashedIdentifier } from './verification-hash';
import { type SavePhoto, fillProfileFromIdentity } from './identities.service';
import { toMe } from './me';

/**
 * What better-auth asks of us. Its own writes (the reset token, the new password) are committed
 * before these run, so the mail and the notification follow in a transaction of their own.
 * `savePhoto` stores a provider's picture (the profile module's upload, passed in by app.ts).
 */
export function authHooks(
  db: Db,
  config: Pick<Config, 'publicUrl' | 'identityProviders' | 'isProduction'>,
  log: FastifyBaseLogger,
  savePhoto: SavePhoto,
): AuthHooks {
  return {
    async sendResetPassword(userId, token) {
      const user = await findUserById(db, userId);
      if (!user) return;
      await db.transaction(async (tx) => {
        // Only the newest link works: an older one, perhaps in a mailbox someone else reads, ends.
        await deleteOtherResetTokens(tx, userId, hashedIdentifier(`reset-password:${token}`));
        await enqueueMail(tx, {
          to: user.email,
          language: toMe(user).language,
          template: 'password_reset',
          // Straight to our page, which posts the token with the new password.
          data: { url: `${config.publicUrl}/reset-password?token=${encodeURIComponent(token)}` },
          name: user.firstName ?? undefined,
        });
      });
    },
    async isSuspended(userId) {
      return (await findUserById(db, userId))?.suspendedAt != null;
    },
    async onPasswordReset(userId) {
      await db.transaction((tx) => notify(tx, { userId, type: 'password_changed', data: {} }));
    },
    async onIdentityLinked(userId, profile) {
      // A profile that cannot be filled in must not undo the link or the registration.
      try {
        await fillProfileFromIdentity({ db, config, savePhoto }, log, userId, profile);
      } catch (error) {
        log.warn({ err: error, userId }, 'profile not filled in from the identity provider');
      }
    },
  };
}
