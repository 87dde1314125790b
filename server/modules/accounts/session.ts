import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { type UserRow, findSessionStanding, findSessionWithUser, findUserById } from './accounts.repo';
import { SESSION_COOKIE_PREFIX, isDueForRefresh, readSessionToken, readSignedSessionCookie, verifySessionCookie } from './session-cookie';
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

/**
 * How much of a session a route needs, declared in its options (`config: { session: 'member' }`)
 * and checked by registerSessionGate before the route's input is validated:
 * - `member`: signed in, not suspended, onboarding complete;
 * - `onboarding`: the same, but also a member who registered through an identity provider and
 *   has not yet completed onboarding (only `GET /api/me` and the onboarding route);
 * - `signed-cookie`: only a validly signed session cookie up front; the handler checks the rest
 *   beside its own work (memberCheckInParallel, for search).
 */
export type SessionGate = 'member' | 'onboarding' | 'signed-cookie';

declare module 'fastify' {
  interface FastifyContextConfig {
    session?: SessionGate;
  }
}

/**
 * The signed-in member and their session, or a 401 `unauthenticated` (403 `account_suspended`,
 * 403 `onboarding_required`).
 */
export async function requireSession(request: FastifyRequest): Promise<SignedIn> {
  const gate = request.routeOptions.config.session;
  // A route that reads the member must say so in its options, or a stranger's bad body would be
  // validated (and its schema described to them) before they were turned away.
  if (!gate) throw new Error(`${request.method} ${request.routeOptions.url} needs the member but declares no config.session`);
  const signedIn = await loadOnce(request);
  if (!signedIn) throw errors.unauthenticated();
  assertInGoodStanding(signedIn.user, { allowOnboarding: gate === 'onboarding' });
  return signedIn;
}

function assertInGoodStanding(member: Pick<SessionUser, 'suspendedAt' | 'role' | 'username'>, options: { allowOnboarding: boolean }): void {
  if (member.suspendedAt) throw errors.account_suspended();
  if (!options.allowOnboarding && needsOnboarding(member)) throw errors.onboarding_required();
}

/** The signed-in member, or a 401 `unauthenticated` (403 `account_suspended`, 403 `onboarding_required`). */
export async function requireUser(request: FastifyRequest): Promise<SessionUser> {
  return (await requireSession(request)).user;
}

/**
 * Checks the session a route declares (SessionGate) when the request arrives, before its body is
 * parsed and its input validated: a stranger gets 401 whatever they sent. The member found is
 * kept for the request, so the handler's requireUser costs nothing more.
 */
export function registerSessionGate(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const gate = request.routeOptions.config.session;
    if (gate === 'signed-cookie') {
      if (!hasSignedSessionCookie(request)) throw errors.unauthenticated();
    } else if (gate) {
      await requireSession(request);
    }
  });
}

/**
 * The member check for work that does not depend on who asks (search): a request without a
 * validly signed session cookie is refused before any work starts; otherwise the check is handed
 * over unstarted, so the work can be started first and the check run beside it. The check reads
 * only the session and the member's standing, not the whole member (the same 401 and 403s as
 * requireUser); a session due for its daily refresh takes requireUser's way, which extends it.
 * A standing found good is kept in memory until a change to it is announced (standing-cache.ts);
 * while it is kept, the check has nothing left to do.
 */
export function memberCheckInParallel(request: FastifyRequest): () => Promise<void> {
  const { config, database, standing } = request.server.deps;
  const signed = readSignedSessionCookie(request.headers.cookie);
  const now = new Date();
  if (signed !== null && standing.isKnownGood(signed, now)) return knownGood;
  const token = signed === null ? null : verifySessionCookie(signed, config);
  if (!token) throw errors.unauthenticated();
  return async () => {
    const since = standing.version();
    const found = await findSessionStanding(database.db, token, now);
    if (!found) throw errors.unauthenticated();
    if (isDueForRefresh(found, now)) {
      await requireUser(request);
      return;
    }
    assertInGoodStanding(found, { allowOnboarding: false });
    standing.remember(signed!, found, since);
  };
}

const knownGood = async () => {};

/** A session cookie with our signature; a standing kept in memory was verified when it was kept (no HMAC again). */
function hasSignedSessionCookie(request: FastifyRequest): boolean {
  const { config, standing } = request.server.deps;
  const signed = readSignedSessionCookie(request.headers.cookie);
  if (signed === null) return false;
  return standing.isKnownGood(signed, new Date()) || verifySessionCookie(signed, config) !== null;
}

/**
 * One query per request: the signed cookie is checked here and the session and its member are
 * read together. Only a session due for its daily refresh goes through better-auth, which
 * extends it; the renewed cookie goes out with this response.
 */
async function load(request: FastifyRequest): Promise<SignedIn | null> {
  const { auth, config, database } = request.server.deps;
  const token = readSessionToken(request.headers.cookie, config);
  if (!token) return null;
  const found = await findSessionWithUser(database.db, token, new Date());
  if (!found) return null;
  if (!isDueForRefresh(found.session, new Date())) return { user: found.user, sessionToken: token };

  const { headers, response } = await auth.api.getSession({ headers: fromNodeHeaders(request.headers), returnHeaders: true });
  if (!response) return null;
  renewedCookies.set(request, headers.getSetCookie());
  const user = await findUserById(database.db, response.user.id);
  return user ? { user, sessionToken: response.session.token } : null;
}

const renewedCookies = new WeakMap<FastifyRequest, string[]>();

/** Sends the cookie of a session that was refreshed while serving the request. */
export function registerSessionRefresh(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const cookies = renewedCookies.get(request);
    if (cookies?.length) reply.header('set-cookie', cookies);
    done(null, payload);
  });
}

/**
 * A session's id, when it expires, and whether it may still be served (live, its member not
 * suspended and onboarded), by its token; null for a session that is gone. For what outlives a
 * request (an event stream): announcements of a change name the session by this id (migration 0012).
 */
export async function readSessionStanding(
  db: Db,
  sessionToken: string,
): Promise<{ sessionId: string; expiresAt: Date; inGoodStanding: boolean } | null> {
  const found = await findSessionStanding(db, sessionToken, new Date());
  if (!found) return null;
  return { sessionId: found.sessionId, expiresAt: found.expiresAt, inGoodStanding: !found.suspendedAt && !needsOnboarding(found) };
}

/** Set-Cookie values that make the browser forget the session cookies (after the account itself is gone). */
export function clearedSessionCookies(): string[] {
  const names = ['session_token', 'session_data'].flatMap((name) => [`__Secure-${SESSION_COOKIE_PREFIX}.${name}`, `${SESSION_COOKIE_PREFIX}.${name}`]);
  return names.map((name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`);
}
