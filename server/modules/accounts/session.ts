import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../lib/errors';
import { type UserRow, findUserById } from './accounts.repo';

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

/** The signed-in member and their session, or a 401 `unauthenticated` (403 `account_suspended`). */
export async function requireSession(request: FastifyRequest): Promise<SignedIn> {
  const signedIn = await loadOnce(request);
  if (!signedIn) throw unauthenticated();
  if (signedIn.user.suspendedAt) throw new AppError(403, 'account_suspended', 'This account has been suspended.');
  return signedIn;
}

/** The signed-in member, or a 401 `unauthenticated` (403 `account_suspended`). */
export async function requireUser(request: FastifyRequest): Promise<SessionUser> {
  return (await requireSession(request)).user;
}

async function load(request: FastifyRequest): Promise<SignedIn | null> {
  if (!request.headers.cookie) return null;
  const { auth, database } = request.server.deps;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return null;
  const user = await findUserById(database.db, session.user.id);
  return user ? { user, sessionToken: session.session.token } : null;
}
