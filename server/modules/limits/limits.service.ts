import type { FastifyInstance, FastifyRequest } from 'fastify';
import { optionalUser } from '../accounts/session';
import type { Db } from '../../db/client';
import { errors } from '../../lib/errors';
import { LIMITS, type LimitedAction } from './limits.rules';
import { countHits, deleteAccountCounters, deleteStaleRateLimits } from './limits.repo';

/** The longest rate-limit window of any rule, in milliseconds (retention keeps counters past it). */
export const LONGEST_LIMIT_WINDOW_MS = Math.max(...Object.values(LIMITS).flatMap((rules) => rules.map((rule) => rule.windowSeconds * 1000)));

/** Retention: deletes counters whose window began before `windowStartBefore` (epoch ms), `limit` at a time. */
export const pruneStaleRateLimits = (db: Db, windowStartBefore: number, limit: number): Promise<number> =>
  deleteStaleRateLimits(db, windowStartBefore, limit);

/** A member deleted their account: the counters kept per account for them go (by id, address and user name; ADR 0025). */
export const forgetAccountCounters = (db: Db, accounts: readonly string[]): Promise<void> => deleteAccountCounters(db, accounts);

export interface LimitsDeps {
  db: Db;
  /** Off only in tests that sign in many times (RATE_LIMITS=false). */
  enabled: boolean;
}

/** Who is acting: the client's address (behind trusted proxies) and, where known, the account. */
export interface LimitSubject {
  ip: string;
  /** A member id, or for an action before sign-in the normalised address or name it names. */
  account?: string;
}

/**
 * Counts one attempt at `action` on each of its counters and refuses it (429 `rate_limited`,
 * with the seconds until the earliest counter that is over lets it through again) when any
 * counter is over its maximum. A refused attempt still counts, so hammering does not help.
 */
export async function enforceLimit(deps: LimitsDeps, action: LimitedAction, subject: LimitSubject, now = Date.now()): Promise<void> {
  if (!deps.enabled) return;
  const rules = LIMITS[action].filter((rule) => rule.per === 'ip' || subject.account !== undefined);
  const keyOf = (per: string) =>
    per === 'ip' ? `${action}:ip:${subject.ip}` : per === 'account' ? `${action}:account:${subject.account}` : `${action}:account_ip:${subject.account}|${subject.ip}`;
  const hits = rules.map((rule) => ({ key: keyOf(rule.per), windowMs: rule.windowSeconds * 1000, max: rule.max }));
  const states = await countHits(deps.db, hits, now);
  let retryAfterMs = 0;
  for (const hit of hits) {
    const state = states.find((candidate) => candidate.key === hit.key);
    if (state && state.count > hit.max) retryAfterMs = Math.max(retryAfterMs, state.windowStart + hit.windowMs - now);
  }
  if (retryAfterMs > 0) throw errors.rate_limited(Math.ceil(retryAfterMs / 1000));
}

/** enforceLimit for a route: the client address as Fastify sees it behind TRUST_PROXY. */
export function limitRequest(request: FastifyRequest, action: LimitedAction, account?: string): Promise<void> {
  const { database, config } = request.server.deps;
  return enforceLimit({ db: database.db, enabled: config.rateLimits }, action, { ip: request.ip, account });
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The limit a route counts against, per signed-in member and per address (LIMITS). */
    limit?: LimitedAction;
  }
}

/** Counts every request to a route that declares `config.limit`, once its input is valid. */
export function registerLimits(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    const action = request.routeOptions.config.limit;
    if (action) await limitRequest(request, action, (await optionalUser(request))?.id);
  });
}
