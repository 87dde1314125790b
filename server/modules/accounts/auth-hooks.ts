import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client';
import type { AuthHooks } from './auth';

/** What better-auth asks of us: mail a reset link, react to a reset. */
export function authHooks(_db: Db, log: FastifyBaseLogger): AuthHooks {
  return {
    async sendResetPassword(user, url) {
      log.info({ userId: user.id, url }, 'password reset requested');
    },
    async onPasswordReset(userId) {
      log.info({ userId }, 'password reset');
    },
  };
}
