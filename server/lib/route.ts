import type {
  ContextConfigDefault,
  FastifyContextConfig,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
  RouteHandlerMethod,
  RouteOptions,
} from 'fastify';
import { isDeepStrictEqual } from 'node:util';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Endpoint } from '../../contract/endpoint';
import { ERROR_CODES, ErrorBodySchema, type ErrorCode } from '../../contract/errors';
import { statusesOf } from './errors';

/** An endpoint of the OpenAPI document: it says what it is and which codes it answers with. */
export type DocumentedEndpoint = Endpoint & { errors: readonly ErrorCode[]; tags: readonly string[]; summary: string };

/** A registered route's endpoint and every error code it may answer with (its own and the framework's). */
export interface RouteEndpoint {
  descriptor: DocumentedEndpoint;
  errors: readonly ErrorCode[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set by route(): read by the OpenAPI document and by the check of the answers. */
    endpoint?: RouteEndpoint;
  }
}

/** The route's schema as Fastify's type provider sees it, so the handler's request and reply are typed. */
interface RouteSchema<E extends Endpoint> {
  params: E['params'];
  querystring: E['query'];
  body: E['body'];
  response: {
    [Status in keyof E['responses']]: E['responses'][Status] extends z.ZodType
      ? E['responses'][Status]
      : E['responses'][Status] extends null
        ? z.ZodNull
        : z.ZodUnknown;
  };
}

export type EndpointHandler<E extends Endpoint> = RouteHandlerMethod<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  RouteGenericInterface,
  ContextConfigDefault,
  RouteSchema<E>,
  ZodTypeProvider
>;

/** What the server adds to an endpoint: who may call it and how often (not contract). */
export type RouteConfig = Omit<FastifyContextConfig, 'endpoint'>;

/**
 * Registers the route of an endpoint: its method, path, input schemas and answers from the
 * descriptor, its session gate and limit from `config`, its handler. The answers' schemas are the
 * descriptor's success answers plus the error body under the status of every code it may give.
 */
export function route<E extends DocumentedEndpoint>(
  app: FastifyInstance,
  endpoint: E,
  options: {
    config?: RouteConfig;
    handler: EndpointHandler<E>;
    /**
     * The handler builds its answer field by field, never passing a row through, so it is sent
     * as it is instead of being parsed by zod again (a search page: about 0.1 ms of its ~0.5 ms
     * over bare SQL, ADR 0031). Tests still parse it, and the answer must come out unchanged.
     */
    exactAnswer?: boolean;
  },
): void {
  const config: RouteConfig = { ...(endpoint.upload ? { bodyTypes: ['multipart/form-data'] } : {}), ...options.config };
  const errors = [...new Set([...endpoint.errors, ...frameworkErrors(endpoint, config)])];
  const response: Record<number, z.ZodType> = {};
  for (const [status, answer] of Object.entries(endpoint.responses)) {
    response[Number(status)] = answer === null ? z.null() : answer instanceof z.ZodType ? answer : z.unknown();
  }
  for (const status of new Set(errors.flatMap(statusesOf))) response[status] = ErrorBodySchema;
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    config: { ...config, endpoint: { descriptor: endpoint, errors } },
    schema: {
      tags: [...endpoint.tags],
      summary: endpoint.summary,
      ...(endpoint.description ? { description: endpoint.description } : {}),
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { querystring: endpoint.query } : {}),
      ...(endpoint.body ? { body: endpoint.body } : {}),
      response,
    },
    handler: options.handler as RouteHandlerMethod,
    // Fastify types a route's compiler by the whole route schema; this one reads only the answer's.
    ...(options.exactAnswer ? { serializerCompiler: exactAnswerSerializer(app.deps.config.env === 'test') as RouteOptions['serializerCompiler'] } : {}),
  });
}

/**
 * Sends an answer the handler built to its schema as it is. `checked` (tests): zod still parses
 * it, and a field zod would drop or change, or one it would add, fails the request.
 */
function exactAnswerSerializer(checked: boolean): typeof serializerCompiler {
  return (routeSchema) => {
    if (!checked) return (data) => JSON.stringify(data);
    const parse = serializerCompiler(routeSchema);
    return (data) => {
      const parsed = parse(data);
      const sent = JSON.stringify(data);
      if (!isDeepStrictEqual(JSON.parse(parsed), JSON.parse(sent))) {
        throw new Error(`${routeSchema.method} ${routeSchema.url} declares exactAnswer but answered more or other than its schema: ${sent}`);
      }
      return sent;
    };
  };
}

/**
 * The codes the framework may answer any route with, whatever its handler does; a descriptor
 * lists only its own. Each comes from one hook:
 * - every route: `internal_error` (a bug) and `service_unavailable` (the database is away);
 * - input (params, query or a body) that its schema refuses: `validation_failed`;
 * - a method with a body (plugins/request-origin.ts, Fastify's body parser): `forbidden_origin`
 *   unless posted across sites by design, `unsupported_media_type`, `payload_too_large`, and
 *   `validation_failed` for a body that cannot be parsed;
 * - a session gate (accounts/session.ts): `unauthenticated`, `account_suspended`, and
 *   `onboarding_required` unless the gate lets a member in before onboarding;
 * - a limit (limits/limits.service.ts): `rate_limited`.
 */
export function frameworkErrors(endpoint: Endpoint, config: RouteConfig): ErrorCode[] {
  const codes: ErrorCode[] = ['internal_error', 'service_unavailable'];
  const takesBody = endpoint.method !== 'GET';
  if (takesBody || endpoint.params || endpoint.query) codes.push('validation_failed');
  if (takesBody) codes.push(...(config.crossSite ? [] : ['forbidden_origin' as const]), 'unsupported_media_type', 'payload_too_large');
  if (config.session) codes.push('unauthenticated', 'account_suspended', ...(config.session === 'onboarding' ? [] : ['onboarding_required' as const]));
  if (config.limit) codes.push('rate_limited');
  return codes;
}

/**
 * Holds every route to its descriptor: a route in the OpenAPI document must be registered with
 * route(), and an answer whose status or error code its endpoint does not declare is reported
 * (`report`; without it, in the log). Tests report on console.error, which fails the test
 * (test/setup.ts), so every server test checks the declarations of the routes it calls.
 */
export function registerEndpointChecks(app: FastifyInstance, report?: (message: string) => void): void {
  app.addHook('onRoute', (routeOptions) => {
    const hidden = (routeOptions.schema as { hide?: boolean } | undefined)?.hide;
    if (!hidden && !routeOptions.config?.endpoint) {
      throw new Error(`${String(routeOptions.method)} ${routeOptions.url} is documented but has no endpoint descriptor: register it with route()`);
    }
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    const endpoint = request.routeOptions.config.endpoint;
    const answer = endpoint ? undeclaredAnswer(endpoint, reply.statusCode, payload) : null;
    if (answer) {
      const message = `${request.method} ${endpoint!.descriptor.path} answered ${answer}, which its endpoint descriptor does not declare`;
      if (report) report(message);
      else request.log.warn({ route: endpoint!.descriptor.path, answer }, 'answer not declared by its endpoint');
    }
    done(null, payload);
  });
}

function undeclaredAnswer(endpoint: RouteEndpoint, status: number, payload: unknown): string | null {
  if (status < 400) return status in endpoint.descriptor.responses ? null : String(status);
  const code = typeof payload === 'string' ? errorCodeOf(payload) : undefined;
  if (code === undefined) return `${status} without an error body`;
  return endpoint.errors.includes(code) && statusesOf(code).includes(status) ? null : `${status} ${code}`;
}

function errorCodeOf(payload: string): ErrorCode | undefined {
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : undefined;
  } catch {
    return undefined;
  }
}
