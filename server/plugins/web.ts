import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appPageOf } from './app-pages';
import { sendApiNotFound } from './errors';
import { createPagePreloads } from './page-preloads';

/**
 * A path meant for the API or the probes, however it is written (`/API/me`, `/api%2Fme`, `/api\me`):
 * it answers our JSON error, never the app's HTML.
 */
function isApiPath(url: string): boolean {
  let path = url.split('?')[0]!;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a bad escape: judged as written
  }
  return /^\/+(api|healthz|readyz|metrics)(?![\w-])/.test(path.replaceAll('\\', '/').toLowerCase());
}
/** A missing file (…/x.js, …/y.png) is a 404; any other path is a page of the client router. */
const looksLikeFile = (url: string) => /\.[a-z0-9]{1,5}$/i.test(url.split('?')[0]!);

/**
 * Serves the built single-page app from `dist/web`: hashed assets are cached for good, and a GET
 * of one of the app's pages gets index.html so the client router can take over. Any other path
 * gets index.html too (the client router shows its not-found page) but with the status 404, so a
 * probe for /metrics, /.env or /wp-admin never reads as found. A page's index.html names its own
 * code and texts (`modulepreload`, page-preloads.ts), so they load beside the entry script.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string | false): Promise<void> {
  const built = webDist !== false && existsSync(path.join(webDist, 'index.html')) ? webDist : undefined;
  const hasBuild = built !== undefined;
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: built,
      wildcard: false,
      index: false,
      setHeaders(reply, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  const indexHtml = hasBuild ? readFileSync(path.join(built, 'index.html'), 'utf8') : '';
  const preloads = hasBuild ? createPagePreloads(built, app.deps.config.defaultLanguage) : undefined;

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    // A page first: a member's page ends like a file name when their user name does (jasper.bos).
    const page = request.method === 'GET' ? appPageOf(request.url) : undefined;
    const isPage = page !== undefined;
    const wantsPage = isPage || (request.method === 'GET' && !isApiPath(request.url) && !looksLikeFile(request.url));
    if (!wantsPage) return sendApiNotFound(request, reply);
    if (!hasBuild && !isPage) return sendApiNotFound(request, reply);
    if (!hasBuild) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built yet. Run `npm run build` (npm start does this for you).');
    }
    return reply
      .status(isPage ? 200 : 404)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page && preloads ? indexHtml.replace('</head>', `${preloads(page, request.headers['accept-language'])}</head>`) : indexHtml);
  });
}
