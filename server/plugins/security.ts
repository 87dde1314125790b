import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** Security headers with a Content-Security-Policy that allows only our own origin. */
export async function registerSecurityHeaders(app: FastifyInstance, options: { isProduction: boolean }): Promise<void> {
  await app.register(helmet, {
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
    hsts: options.isProduction,
  });
}
