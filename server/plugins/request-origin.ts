import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../lib/errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Body types a route takes besides none (default: JSON only). A form can be posted across
     * sites without the browser asking first; JSON cannot.
     */
    bodyTypes?: readonly string[];
    /** Posted to by another site by design (an identity provider's form_post callback). */
    crossSite?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_ONLY = ['application/json'] as const;


/**
 * Refuses, before anything is read, a state-changing request that a browser made for another site
 * (its Origin, or without one its Referer, is not ours; `Origin: null` included) and a body in any
 * type but the route's own. A request with neither header comes from no browser page (an API
 * client, a script), so it cannot carry a member's cookie against their will.
 */
export function registerRequestOriginCheck(app: FastifyInstance, publicUrl: string): void {
  const siteOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const config = request.routeOptions.config;
    if (!config.crossSite) {
      const origin = requestOrigin(request);
      if (origin !== undefined && origin !== siteOrigin) throw errors.forbidden_origin();
    }
    if (hasBody(request)) {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(config.bodyTypes ?? JSON_ONLY).includes(type)) throw errors.unsupported_media_type();
    }
  });
}

function requestOrigin(request: FastifyRequest): string | undefined {
  const { origin, referer } = request.headers;
  if (origin !== undefined) return origin;
  if (referer === undefined) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
