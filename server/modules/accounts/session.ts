import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../lib/errors';
import { type UserRow, findUserById } from './accounts.repo';
import { needsOnboarding } from './me';

export type SessionUser = UserRow;
export interface SignedIn {
  user: SessionUser;
  sessionToken: string;
}

const cache = new WeakMap<FastifyRequest, Promise<SignedIn | null>>();

function loadOnce(request: FastifyRequest): Promise<SignedIn | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = load(request);
    cache.set(request, pending);
  }
  return pending;
}

/** The signed-in member behind a request, or null; the session is resolved once per request. */
export async function optionalUser(request: FastifyRequest): Promise<SessionUser | null> {
  return (await loadOnce(request))?.user ?? null;
}

export interface SessionOptions {
  /**
   * Serve a member who registered through an identity provider and has not yet completed
   * onboarding. Only `GET /api/me` and the onboarding route say so; every other route answers
   * them 403 `onboarding_required`, so a half-made account can do nothing.
   */
  allowOnboarding?: boolean;
}

export const onboardingRequired = () =>
  new AppError(403, 'onboarding_required', 'Complete your registration first: choose your role and user name.');

/**
 * The signed-in member and their session, or a 401 `unauthenticated` (403 `account_suspended`,
 * 403 `onboarding_required`).
 */
export async function requireSession(request: FastifyRequest, options: SessionOptions = {}): Promise<SignedIn> {
  const signedIn = await loadOnce(request);
  if (!signedIn) throw unauthenticated();
  if (signedIn.user.suspendedAt) throw new AppError(403, 'account_suspended', 'This account has been suspended.');
  if (!options.allowOnboarding && needsOnboarding(signedIn.user)) throw onboardingRequired();
  return signedIn;
}

/** The signed-in member, or a 401 `unauthenticated` (403 `account_suspended`, 403 `onboarding_required`). */
export async function requireUser(request: FastifyRequest, options: SessionOptions = {}): Promise<SessionUser> {
  return (await requireSession(request, options)).user;
}

async function load(request: FastifyRequest): Promise<SignedIn | null> {
  if (!request.headers.cookie) return null;
  const { auth, database } = request.server.deps;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return null;
  const user = await findUserById(database.db, session.user.id);
  return user ? { user, sessionToken: session.session.token } : null;
}
