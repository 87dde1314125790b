import { setTimeout as sleep } from 'node:timers/promises';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as endpoints from '../../../contract/endpoints/accounts';
import { errors } from '../../lib/errors';
import { route } from '../../lib/route';
import type { ErrorBody } from '../../../contract/errors';
import { toAppError } from './auth-errors';
import { prepareInvitedRegistration } from '../invitations/invitations.service';
import { limitRequest } from '../limits/limits.service';
import { findUserByLogin } from './accounts.repo';
import { CLIENT_IP_HEADER } from './client-ip';
import { changePassword, registerMember } from './accounts.service';
import { toMe, needsOnboarding } from './me';
import { withProviderProfileScope } from './provider-profile';
import { optionalUser, requireSession } from './session';

/**
 * better-auth's own endpoints under /api/auth/*, with errors rewritten to our error model;
 * sign-up goes through our registration (all the fields of docs/product.md, rule 1) instead of better-auth's.
 */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth, config } = app.deps;

  route(app, endpoints.signUp, {
    handler: async (request, reply) => {
      await limitRequest(request, 'sign_up', `email:${request.body.email.toLowerCase()}`);
      const { db } = app.deps.database;
      const { invitationToken } = request.body;
      // Through an invitation link: the invitation decides the role, and is used up with the registration.
      const { input, extras } = invitationToken
        ? await prepareInvitedRegistration({ db }, { ...request.body, invitationToken })
        : { input: request.body, extras: {} };
      const user = await registerMember({ db, defaultLanguage: config.defaultLanguage }, input, extras);
      const { headers } = await auth.api.signInEmail({
        body: { email: request.body.email, password: request.body.password },
        headers: fromNodeHeaders(request.headers),
        returnHeaders: true,
      });
      copySetCookies(headers, reply);
      return reply.status(201).send(toMe(user));
    },
  });

  /** One better-auth endpoint in use, with our checks and limits, and errors in our model. */
  const forward = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = endpointInUse(request.method, request.url.split('?')[0]!, config.identityProviders);
    if (!path) throw errors.not_found('This endpoint');
    // Re-serialised for better-auth below: a body nested deeper than any of its endpoints takes
    // would overflow the stack there.
    if (!nestsAtMost(request.body, MAX_BODY_DEPTH)) throw errors.validation_failed(undefined, [{ path: [], code: 'too_deep', message: 'The body is nested too deeply.' }]);
    const check = BODY_CHECKS[path];
    if (check) {
      const result = check.safeParse(request.body);
      if (!result.success) throw errors.validation_failed(undefined, result.error.issues);
    }
    await limitAuthEndpoint(request, path);
    const user = await optionalUser(request);
    if (user?.suspendedAt && path !== '/api/auth/sign-out') throw errors.account_suspended();
    if (user && needsOnboarding(user) && !isOpenDuringOnboarding(path)) throw errors.onboarding_required();
    const started = Date.now();
    const response = await withProviderProfileScope(() => auth.handler(toWebRequest(request, config.publicUrl)));
    if (path === '/api/auth/request-password-reset') await sleep(started + RESET_REQUEST_FLOOR_MS - Date.now());
    reply.status(response.status);
    response.headers.forEach((value, key) => {
      if (key !== 'set-cookie' && key !== 'content-length') reply.header(key, value);
    });
    copySetCookies(response.headers, reply);
    const text = await response.text();
    if (response.status < 400) return reply.send(withoutSessionToken(response, text));
    const error = toErrorBody(request, response.status, text);
    const login = signInLogin(request, path);
    // For whoever looks into an attack: which account, from where (the request id comes with the logger).
    if (login !== null) request.log.info({ login, ip: request.ip, code: error.error.code }, 'sign-in refused');
    return reply.type('application/json').send(error);
  };

  app.route({ method: ['GET', 'POST'], url: '/api/auth/*', schema: { hide: true }, handler: forward });
  // A provider sends the browser back here, with GET or, for response_mode=form_post, a form
  // posted from its own site; state, PKCE and nonce bind the answer to this browser.
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/callback/:id',
    schema: { hide: true },
    config: { crossSite: true, bodyTypes: ['application/x-www-form-urlencoded', 'application/json'] },
    handler: forward,
  });

  route(app, endpoints.changePassword, {
    config: { session: 'member' },
    handler: async (request) => {
      const { user, sessionToken } = await requireSession(request);
      await limitRequest(request, 'password_check', user.id);
      await changePassword(app.deps.database.db, { id: user.id, sessionToken }, request.body);
      return { status: 'changed' as const };
    },
  });
};

/**
 * The better-auth endpoints the product uses; every other one (update-user, list-accounts,
 * delete-user, get-session, …) answers 404, as does any path not written in its one plain form.
 * Our own routes replace the rest: registration, profile, email change, password change and
 * the list and unlinking of identities under /api/me/identities.
 */
export const AUTH_ENDPOINTS_IN_USE = [
  { method: 'POST', path: '/sign-in/email' },
  { method: 'POST', path: '/sign-in/username' },
  { method: 'POST', path: '/sign-in/social' },
  { method: 'POST', path: '/link-social' },
  { method: 'POST', path: '/sign-out' },
  { method: 'POST', path: '/request-password-reset' },
  { method: 'POST', path: '/reset-password' },
  { method: 'GET', path: '/error' },
  // A provider sends the browser back with GET, or with POST for response_mode=form_post.
  { method: 'GET', path: '/callback/:id' },
  { method: 'POST', path: '/callback/:id' },
] as const;

/**
 * The full path of an endpoint in use, or null. The path must already be in the one form the
 * handler will see (lower case, no dot-segments, escapes, doubled or trailing slashes): better-auth
 * normalises what it is given, so a check on any other form would not be a check on the endpoint.
 */
function endpointInUse(method: string, rawPath: string, providers: Config['identityProviders']): string | null {
  const match = /^\/api\/auth((?:\/[a-z0-9-]+)+)$/.exec(rawPath);
  if (!match) return null;
  const rest = match[1]!;
  const callback = /^\/callback\/([a-z0-9-]+)$/.exec(rest);
  const pattern = callback && providers.some((provider) => provider.id === callback[1]) ? '/callback/:id' : rest;
  return AUTH_ENDPOINTS_IN_USE.some((entry) => entry.method === method && entry.path === pattern) ? rawPath : null;
}

/**
 * Every reset request is answered after the same time, longer than the work for an address with
 * an account (a token written, a mail queued), so the time does not tell whether one exists.
 */
export const RESET_REQUEST_FLOOR_MS = 250;

/** The session lives in its httpOnly cookie; a token in a body is one script away from a thief. */
function withoutSessionToken(response: Response, text: string): string | null {
  if (!text || !response.headers.get('content-type')?.includes('application/json')) return text || null;
  const body = JSON.parse(text) as unknown;
  if (body && typeof body === 'object' && 'token' in body) delete (body as { token?: unknown }).token;
  return JSON.stringify(body);
}

const MAX_BODY_DEPTH = 8;

/** Whether `value` nests objects and arrays no deeper than `max` (without recursing). */
function nestsAtMost(value: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= max) return false;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return true;
}

/**
 * The bodies we check before better-auth sees them (contract/endpoints/accounts.ts): our password
 * rules where it takes a new password, and no ID token where a provider identity comes in.
 */
const BODY_CHECKS: Record<string, z.ZodType> = Object.fromEntries(
  [endpoints.resetPassword, endpoints.signInSocial, endpoints.linkSocial].map((endpoint) => [endpoint.path, endpoint.body]),
);

/**
 * better-auth endpoints a member who has not completed onboarding may still call: they sign in
 * or out and touch no account data. Everything else answers them 403 `onboarding_required`.
 */
const OPEN_DURING_ONBOARDING = new Set([
  '/api/auth/sign-out',
  '/api/auth/sign-in/email',
  '/api/auth/sign-in/username',
  '/api/auth/sign-in/social',
  '/api/auth/request-password-reset',
  '/api/auth/reset-password',
  '/api/auth/error',
  '/api/auth/ok',
]);

function isOpenDuringOnboarding(path: string): boolean {
  return OPEN_DURING_ONBOARDING.has(path) || path.startsWith('/api/auth/callback/') || path.startsWith('/api/auth/reset-password/');
}

/**
 * The limits of a better-auth endpoint. A password sign-in counts against the account it names,
 * by email or by user name alike, so neither form gives an attacker more guesses.
 */
async function limitAuthEndpoint(request: FastifyRequest, path: string): Promise<void> {
  const body = (request.body ?? {}) as { email?: unknown };
  const login = signInLogin(request, path);
  if (login !== null) {
    const member = login ? await findUserByLogin(request.server.deps.database.db, login) : null;
    return limitRequest(request, 'sign_in', member ? member.id : `login:${login}`);
  }
  if (path === '/api/auth/request-password-reset') return limitRequest(request, 'reset_request', `email:${String(body.email ?? '').trim().toLowerCase()}`);
  if (path === '/api/auth/reset-password') return limitRequest(request, 'reset');
  if (path === '/api/auth/sign-in/social' || path === '/api/auth/link-social' || path.startsWith('/api/auth/callback/')) {
    return limitRequest(request, 'provider_sign_in');
  }
}

/** The email or user name a password sign-in names (lower case), or null for other endpoints. */
function signInLogin(request: FastifyRequest, path: string): string | null {
  if (path !== '/api/auth/sign-in/email' && path !== '/api/auth/sign-in/username') return null;
  const body = (request.body ?? {}) as { email?: unknown; username?: unknown };
  return String((path.endsWith('/email') ? body.email : body.username) ?? '').trim().toLowerCase().slice(0, 254);
}

function toWebRequest(request: FastifyRequest, publicUrl: string): Request {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== undefined;
  const headers = fromNodeHeaders(request.headers);
  headers.set(CLIENT_IP_HEADER, request.ip);
  if (hasBody) {
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
  }
  return new Request(new URL(request.url, publicUrl), {
    method: request.method,
    headers,
    body: hasBody ? JSON.stringify(request.body) : undefined,
  });
}

function copySetCookies(headers: Headers, reply: FastifyReply): void {
  const cookies = headers.getSetCookie();
  if (cookies.length) reply.header('set-cookie', cookies);
}

const AuthErrorSchema = z.object({ code: z.string().optional() });

function toErrorBody(request: FastifyRequest, status: number, text: string): ErrorBody {
  let authCode: string | undefined;
  try {
    authCode = AuthErrorSchema.parse(JSON.parse(text)).code;
  } catch {
    authCode = undefined;
  }
  const error = toAppError(status, authCode);
  const details = error.details === undefined ? {} : { details: error.details };
  return { error: { code: error.code, message: error.message, ...details, requestId: request.id } };
}
