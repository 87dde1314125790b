import { betterAuth } from 'better-auth';
import type { FastifyBaseLogger } from 'fastify';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { username } from 'better-auth/plugins/username';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { accounts, rateLimits, sessions, users, verifications } from '../../db/schema';
import { USERNAME_PATTERN, USERNAME_MAX, USERNAME_MIN, PASSWORD_MIN, PASSWORD_MAX } from '../../../contract/accounts';

export interface AuthHooks {
  /** Mail the reset token to the member (through the outbox). */
  sendResetPassword(userId: string, token: string): Promise<void>;
  /** The password of `userId` was reset through a link. */
  onPasswordReset(userId: string): Promise<void>;
}

export const SESSION_COOKIE_PREFIX = 'mn';

/** better-auth with our tables: email or user name + password, database sessions and rate limits. */
export function createAuth(config: Config, db: Db, hooks: AuthHooks, log: FastifyBaseLogger) {
  return betterAuth({
    logger: {
      // Into the server's log, not the console; a wrong password is not worth a warning.
      log: (level, message, ...args) => log[level === 'warn' ? 'info' : level]({ args }, `auth: ${message}`),
    },
    appName: config.institution.name,
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.authSecret,
    trustedOrigins: [config.publicUrl],
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, token }) => hooks.sendResetPassword(user.id, token),
      onPasswordReset: ({ user }) => hooks.onPasswordReset(user.id),
    },
    user: {
      // Our own columns, read by better-auth but never written through its endpoints.
      additionalFields: {
        role: { type: 'string', required: false, input: false },
        isAdmin: { type: 'boolean', required: false, input: false },
        language: { type: 'string', required: false, input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 30,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: config.authRateLimit,
      storage: 'database',
      modelName: 'rateLimit',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/sign-in/username': { window: 60, max: 5 },
        '/request-password-reset': { window: 60 * 15, max: 3 },
        '/change-password': { window: 60, max: 5 },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.isProduction,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: config.isProduction },
      ipAddress: { ipAddressHeaders: config.isProduction ? ['x-forwarded-for'] : [] },
    },
    plugins: [
      username({
        minUsernameLength: USERNAME_MIN,
        maxUsernameLength: USERNAME_MAX,
        usernameValidator: (value) => USERNAME_PATTERN.test(value),
        immutableUsername: true,
      }),
    ],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
