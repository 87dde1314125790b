import { randomUUID } from 'node:crypto';
import type { RequestListener, Server } from 'node:http';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { loggerOptions } from './lib/log-options';
import { webDistFolder } from './lib/paths';
import { registerEndpointChecks } from './lib/route';
import { adminRoutes } from './modules/admin/admin.routes';
import { authHooks } from './modules/accounts/auth-hooks';
import { type Auth, createAuth } from './modules/accounts/auth';
import { authRoutes } from './modules/accounts/auth.routes';
import { readSessionStanding, registerSessionGate, registerSessionRefresh } from './modules/accounts/session';
import { MEMBER_STANDING_CHANNEL, type StandingCache, startStandingCache } from './modules/accounts/standing-cache';
import { identityRoutes } from './modules/accounts/identities.routes';
import { inboxRoutes } from './modules/inbox/inbox.routes';
import { invitationRoutes } from './modules/invitations/invitations.routes';
import { lifecycleRoutes } from './modules/lifecycle/lifecycle.routes';
import { devMailboxRoutes } from './modules/dev-mailbox/dev-mailbox.routes';
import { eventRoutes } from './modules/events/events.routes';
import { type LiveHub, startLiveHub } from './modules/events/live-hub';
import { registerLimits } from './modules/limits/limits.service';
import { createMetrics, type Metrics } from './modules/metrics/metrics';
import { metricsRoutes, registerRequestMetrics } from './modules/metrics/metrics.routes';
import { mentoringRoutes } from './modules/mentoring/mentoring.routes';
import { mentorRoutes } from './modules/mentors/mentors.routes';
import { moderationRoutes } from './modules/moderation/moderation.routes';
import { uploadPhoto } from './modules/profile/photo.service';
import { profileRoutes } from './modules/profile/profile.routes';
import { healthRoutes } from './modules/health/health.routes';
import { notificationRoutes } from './modules/notifications/notifications.routes';
import { siteRoutes } from './modules/site/site.routes';
import { registerErrorHandler, sendClientError, sendFrameworkError } from './plugins/errors';
import { registerOpenApi } from './plugins/openapi';
import { registerRequestOriginCheck } from './plugins/request-origin';
import { registerSecurityHeaders } from './plugins/security';
import { registerWebApp } from './plugins/web';

/** What every route and service may use; built once per process (or per test). */
export interface AppDeps {
  config: Config;
  database: Database;
  auth: Auth;
  /** Members known to be in good standing, for search (see standing-cache.ts). */
  standing: StandingCache;
  /** Prometheus metrics of this process (served at /metrics; server.ts feeds the jobs' outcomes in). */
  metrics: Metrics;
  /** The members' open event streams in this process and the live events they get (live-hub.ts). */
  live: LiveHub;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export interface BuildAppOptions extends Omit<AppDeps, 'auth' | 'standing' | 'metrics' | 'live'> {
  /** Where the built SPA lives; tests of the API leave it out. */
  webDist?: string | false;
  logger?: boolean;
  /** Where the log goes instead of stdout (tests read it). */
  logStream?: { write(line: string): void };
  /** The HTTP server to serve on, already listening (server.ts: lib/starting-server.ts); else Fastify makes its own. */
  serverFactory?: (handler: RequestListener) => Server;
}

/** Builds the whole application without listening: server.ts listens, tests use inject(). */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(config.logLevel, { stream: options.logStream, format: config.logFormat }),
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    // A hop count trusts that many proxies in front of every request (Fastify's own number form
    // trusts none); addresses and ranges go to proxy-addr as they are.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    bodyLimit: 1_048_576,
    frameworkErrors: sendFrameworkError,
    clientErrorHandler: sendClientError,
    ...(options.serverFactory ? { serverFactory: options.serverFactory } : {}),
    // zod validates and serializes every route: Fastify need not load Ajv and fast-json-stringify,
    // its defaults, which were a fifth of the app's start-up (ADR 0030).
    schemaController: zodCompilers,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const auth = await createAuth(config, options.database.db, authHooks(options.database.db, config, app.log, uploadPhoto), app.log);
  const standing = await startStandingCache(options.database, app.log);
  app.addHook('onClose', () => standing.close());
  const metrics = createMetrics(options.database, app.log);
  const live = await startLiveHub(options.database, app.log, {
    standing: {
      channel: MEMBER_STANDING_CHANNEL,
      read: (token) => readSessionStanding(options.database.db, token),
    },
    onCount: (open) => metrics.sseStreams.set(open),
  });
  // Before the server stops taking connections and waits for the open ones: streams never end by themselves.
  app.addHook('preClose', () => live.close());
  app.decorate('deps', { config, database: options.database, auth, standing, metrics, live });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    done(null, payload);
  });

  registerErrorHandler(app);
  // Every documented route comes from its endpoint descriptor, and answers only what that declares.
  // In tests an undeclared answer is a console.error, which fails the test (test/setup.ts).
  registerEndpointChecks(app, config.env === 'test' ? (message) => console.error(message) : undefined);
  registerRequestMetrics(app, metrics);
  registerSessionRefresh(app);
  registerSessionGate(app);
  registerLimits(app);
  registerSecurityHeaders(app, { isProduction: config.isProduction });
  registerRequestOriginCheck(app, config.publicUrl);
  await app.register(formbody);
  await registerOpenApi(app, config.institution.name);

  await app.register(healthRoutes);
  await app.register(metricsRoutes(metrics));
  await app.register(siteRoutes);
  await app.register(authRoutes);
  await app.register(identityRoutes);
  await app.register(profileRoutes);
  await app.register(mentorRoutes);
  await app.register(mentoringRoutes);
  await app.register(notificationRoutes);
  await app.register(eventRoutes);
  await app.register(inboxRoutes);
  await app.register(moderationRoutes);
  await app.register(adminRoutes);
  await app.register(invitationRoutes);
  await app.register(lifecycleRoutes);
  await app.register(devMailboxRoutes);

  await registerWebApp(app, options.webDist === undefined ? webDistFolder : options.webDist);
  return app;
}

/** Fastify types these factories for Ajv and fast-json-stringify; any compiler of a route's schema will do. */
const zodCompilers = {
  compilersFactory: { buildValidator: () => validatorCompiler, buildSerializer: () => serializerCompiler },
} as unknown as FastifyServerOptions['schemaController'];

function trustHops(hops: number) {
  return (_address: string, hop: number) => hop < hops;
}
