import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyRequest } from 'fastify';
import { AppError, unauthenticated } from '../../lib/errors';
import { type UserRow, findUserById } from './accounts.repo';

export type SessionUser = UserRow;

const cache = new WeakMap<FastifyRequest, Promise<SessionUser | null>>();

/** The signed-in member behind a request, or null; the session is resolved once per request. */
export function optionalUser(request: FastifyRequest): Promise<SessionUser | null> {
  let pending = cache.get(request);
  if (!pending) {
    pending = loadUser(request);
    cache.set(request, pending);
  }
  return pending;
}

/** The signed-in member, or a 401 `unauthenticated` (403 `account_suspended`). */
export async function requireUser(request: FastifyRequest): Promise<SessionUser> {
  const user = await optionalUser(request);
  if (!user) throw unauthenticated();
  if (user.suspendedAt) throw new AppError(403, 'account_suspended', 'This account has been suspended.');
  return user;
}

async function loadUser(request: FastifyRequest): Promise<SessionUser | null> {
  if (!request.headers.cookie) return null;
  const { auth, database } = request.server.deps;
  const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!session) return null;
  return (await findUserById(database.db, session.user.id)) ?? null;
}
