import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errors } from '../../lib/errors';
import type { Metrics } from './metrics';

/**
 * GET /metrics for Prometheus, on the site's own port, only with `Authorization: Bearer
 * <METRICS_TOKEN>` (ADR 0016). Without METRICS_TOKEN the path answers 404, as any unknown one.
 * Not part of the JSON API, so it stays out of the OpenAPI document.
 */
export function metricsRoutes(metrics: Metrics): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      const token = app.deps.config.metricsToken;
      if (!token) throw errors.not_found('This page');
      if (!bearerMatches(request.headers.authorization, token)) {
        reply.header('www-authenticate', 'Bearer realm="metrics"');
        throw errors.unauthenticated('The metrics need Authorization: Bearer <METRICS_TOKEN>.');
      }
      const body = await metrics.render();
      return reply.header('cache-control', 'no-store').type(metrics.contentType).send(body);
    });
  };
}

/** Compares hashes, so the time taken says nothing about how much of the token was right. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!given) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/**
 * Times every answered request under its route pattern (`/api/requests/:id`, not the id), so a
 * series stays one per route; requests no route matched are counted under one label.
 */
export function registerRequestMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.observeRequest({ method: request.method, route, statusCode: reply.statusCode }, reply.elapsedTime / 1000);
    done();
  });
}
