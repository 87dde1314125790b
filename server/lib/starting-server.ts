import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';

/**
 * How long a request that came while the server was starting waits for the app before it is
 * answered 503. Opening an existing embedded database takes about a second, a new one (initdb) 6–7 s.
 */
const WAIT_FOR_APP_MS = 15_000;
const RETRY_AFTER_S = 5;

/** Fastify's defaults (fastify.js), which it sets only on servers it creates itself. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;

export interface StartingServer {
  server: Server;
  /** For Fastify's `serverFactory`: the app takes over this server's requests once `open()` is called. */
  serverFactory(handler: RequestListener): Server;
  listen(port: number, host: string): Promise<void>;
  /** The app is ready: waiting and later requests go to it. */
  open(): void;
  /** Startup failed: waiting requests get 503 now. */
  fail(): void;
}

/**
 * An HTTP server that listens before the app and its database are ready (ADR 0030): a liveness
 * probe gets its 200 from /healthz at once, /readyz says 503 until the app is ready (a readiness
 * probe must not wait), and every other request waits for the app, or gets a clean 503 if it takes
 * too long. The app (Fastify, through `serverFactory`) then serves on the same socket.
 */
export function createStartingServer(): StartingServer {
  let appHandler: RequestListener | undefined;
  let state: 'starting' | 'open' | 'failed' = 'starting';
  const waiting = new Set<() => void>();

  const unavailable = (request: IncomingMessage, response: ServerResponse, message: string) => {
    const requestId = requestIdOf(request);
    response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(RETRY_AFTER_S), 'x-request-id': requestId });
    response.end(JSON.stringify({ error: { code: 'service_unavailable', message, requestId } }));
  };

  const handle: RequestListener = (request, response) => {
    if (state === 'open') return appHandler!(request, response);
    const path = (request.url ?? '').split('?')[0];
    if (request.method === 'GET' && path === '/healthz') {
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': requestIdOf(request) });
      response.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    if (state === 'failed' || path === '/readyz') return unavailable(request, response, 'The server is starting. Try again in a moment.');
    const timer = setTimeout(() => resume(), WAIT_FOR_APP_MS);
    const resume = () => {
      clearTimeout(timer);
      waiting.delete(resume);
      if (state === 'open') appHandler!(request, response);
      else unavailable(request, response, 'The server is starting. Try again in a moment.');
    };
    waiting.add(resume);
    // A client that gave up needs no answer.
    response.once('close', () => {
      clearTimeout(timer);
      waiting.delete(resume);
    });
  };

  const server = createServer(handle);
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  const release = (next: 'open' | 'failed') => {
    state = next;
    for (const resume of [...waiting]) resume();
  };
  return {
    server,
    serverFactory(handler) {
      appHandler = handler;
      return server;
    },
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      }),
    open() {
      if (!appHandler) throw new Error('open() before the app took the server (serverFactory)');
      release('open');
    },
    fail: () => release('failed'),
  };
}

function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
}
