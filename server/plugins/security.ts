import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers with a Content-Security-Policy that allows only our own origin. The headers
 * are the same on every response, so helmet is set up once here and only applies them per
 * request (the Fastify plugin set it up again for every request: a tenth of the cost of a search
 * page over HTTP).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { isProduction: boolean }): void {
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        ...(options.isProduction ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Swagger UI and the SPA need no cross-origin embedding; keep the stricter defaults otherwise.
    crossOriginEmbedderPolicy: false,
    // For browsers without CSP level 2: the same as frame-ancestors 'none' (helmet's default,
    // SAMEORIGIN, would contradict it).
    xFrameOptions: { action: 'deny' },
    hsts: options.isProduction,
  });
  app.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined));
  });
}
