import { betterAuth } from 'better-auth';
import { APIError } from 'better-auth/api';
import type { FastifyBaseLogger } from 'fastify';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { username } from 'better-auth/plugins/username';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { accounts, sessions, users, verifications } from '../../db/schema';
import { USERNAME_PATTERN, USERNAME_MAX, USERNAME_MIN, PASSWORD_MIN, PASSWORD_MAX, PASSWORD_RESET_LINK_EXPIRES_IN_S } from '../../../contract/accounts';
import { type ProviderProfile, currentProviderProfile, newUserFromProfile, rememberProviderProfile } from './provider-profile';
import { CLIENT_IP_HEADER } from './client-ip';
import { SESSION_COOKIE_PREFIX, SESSION_EXPIRES_IN_S, SESSION_UPDATE_AGE_S } from './session-cookie';

export interface AuthHooks {
  /** Mail the reset token to the member (through the outbox). */
  sendResetPassword(userId: string, token: string): Promise<void>;
  /** The password of `userId` was reset through a link. */
  onPasswordReset(userId: string): Promise<void>;
  /** Whether the member is suspended: they get no new session. */
  isSuspended(userId: string): Promise<boolean>;
  /** An identity was linked to `userId` (or registered with): fill in what their profile lacks. */
  onIdentityLinked(userId: string, profile: ProviderProfile): Promise<void>;
}


/**
 * The configured OpenID Connect providers as better-auth providers (callback
 * `/api/auth/callback/<id>`). Endpoints and keys come from discovery; ID tokens are verified
 * against the provider's keys, and a provider whose discovery gives none is not used.
 */
function oidcProviders(config: Config) {
  return config.identityProviders.map((provider) => ({
    providerId: provider.id,
    name: provider.name,
    discoveryUrl: provider.discoveryUrl,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    scopes: provider.scopes,
    pkce: provider.pkce,
    disableIdTokenNonceBinding: !provider.nonce,
    requireIdTokenVerification: true,
    // "Sign in with" never makes an account; "Register with" asks for one (requestSignUp).
    disableImplicitSignUp: true,
  }));
}

/**
 * better-auth with our tables: email or user name + password, database sessions and rate limits.
 * The OpenID Connect plugin is loaded only when a provider is configured (ADR 0030: it is a quarter
 * of a second of start-up for an installation that has none).
 */
export async function createAuth(config: Config, db: Db, hooks: AuthHooks, log: FastifyBaseLogger) {
  const oidc = config.identityProviders.length > 0 ? [(await import('better-auth/plugins/generic-oauth')).genericOAuth({ config: oidcProviders(config) })] : [];
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
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: PASSWORD_RESET_LINK_EXPIRES_IN_S,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, token }) => hooks.sendResetPassword(user.id, token),
      onPasswordReset: ({ user }) => hooks.onPasswordReset(user.id),
    },
    // A failed provider sign-in that carries no page of its own lands on our sign-in page. Errors
    // that are not better-auth's own (the database unreachable, a bug) reach our error handler,
    // which answers 503 or 500 in our model, instead of becoming a bare 500 on the console.
    onAPIError: { errorURL: `${config.publicUrl}/sign-in`, throw: true },
    account: {
      accountLinking: {
        // An identity joins an account only when its signed-in owner links it (/link-social):
        // a provider's email that matches an account never signs into it (no takeover).
        disableImplicitLinking: true,
        trustedProviders: [],
        // The member proves both sides when linking, so their LinkedIn address may differ.
        allowDifferentEmails: true,
        updateUserInfoOnLink: false,
      },
      // We never call providers' APIs; the tokens are kept only because better-auth stores them.
      encryptOAuthTokens: true,
    },
    databaseHooks: {
      session: {
        create: {
          // Every way in (password, user name, provider, a reset's sign-in) makes a session here.
          async before(session) {
            if (await hooks.isSuspended(session.userId)) {
              throw new APIError('FORBIDDEN', { code: 'ACCOUNT_SUSPENDED', message: 'This account has been suspended.' });
            }
          },
        },
      },
      user: {
        create: {
          async before(user) {
            const profile = currentProviderProfile();
            if (!profile) return;
            return { data: newUserFromProfile(profile, user, config.defaultLanguage) };
          },
        },
      },
      account: {
        create: {
          // Runs after better-auth's transaction, so the picture download holds no lock.
          async after(account) {
            const profile = currentProviderProfile();
            if (account.providerId === 'credential' || !profile) return;
            await hooks.onIdentityLinked(account.userId, profile);
          },
        },
      },
    },
    user: {
      validateUserInfo({ user, source }) {
        if (source.method !== 'oauth') return;
        if (source.action !== 'sign-in') rememberProviderProfile(source.oauth?.profile);
        // An unverified address could be someone else's: no account is made with it.
        if (source.action === 'create-user' && user.emailVerified !== true) {
          return { error: 'email_not_verified', errorDescription: 'The identity provider has not verified this email address.' };
        }
      },
      // Our own columns, read by better-auth but never written through its endpoints.
      additionalFields: {
        role: { type: 'string', required: false, input: false },
        isAdmin: { type: 'boolean', required: false, input: false },
        language: { type: 'string', required: false, input: false },
      },
    },
    // Reset links and sign-in states are kept as SHA-256 hashes: a copy of the database gives
    // no working link. (The token itself is only in the mail, and in the outbox until sent.)
    verification: { storeIdentifier: 'hashed' },
    session: {
      expiresIn: SESSION_EXPIRES_IN_S,
      updateAge: SESSION_UPDATE_AGE_S,
    },
    // Our own limits (modules/limits) count per account and per address; better-auth's would
    // count per address only, a second time.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.isProduction,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: config.isProduction },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      // better-auth skips its origin and callback-address checks when NODE_ENV or TEST says
      // "test"; keep them on everywhere, so the tests check what production runs.
      disableOriginCheck: false,
    },
    plugins: [
      ...oidc,
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

export type Auth = Awaited<ReturnType<typeof createAuth>>;
