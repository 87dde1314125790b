import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorBody } from '../../contract/errors';
import { isDatabaseUnavailable } from '../lib/db-errors';
import { AppError, errors } from '../lib/errors';

/** Seconds a client is asked to wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

/** One error model for the whole API: `{ error: { code, message, details?, requestId } }`. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const body = (appError: AppError): ErrorBody => {
      const { status, code, message, details } = appError;
      reply.status(status);
      const retryAfter = status === 503 ? RETRY_AFTER_SECONDS : (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return { error: { code, message, ...(details === undefined ? {} : { details }), requestId: request.id } };
    };

    if (error instanceof AppError) return body(error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((issue) => ({
        path: issue.instancePath.replace(/^\//, '').split('/'),
        code: issue.keyword,
        message: issue.message ?? '',
      }));
      return body(errors.validation_failed(undefined, issues, error.validationContext));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return body(errors.internal_error());
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status === 429) return body(errors.rate_limited());
    if (status === 413) return body(errors.payload_too_large());
    if (status === 415) return body(errors.unsupported_media_type());
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (malformed JSON, bad content length, …).
      return body(errors.validation_failed(error.message));
    }
    if (isDatabaseUnavailable(error)) {
      // The database is down, overloaded or cut off: the same request may work in a moment.
      request.log.warn({ err: error }, 'database unavailable');
      return body(errors.service_unavailable());
    }
    if (isTextPostgresCannotStore(error)) {
      // The contract's text types refuse these; this catches a value that reached the database
      // another way (better-auth looks a reset token up as it was sent): bad input, not our fault.
      return body(errors.validation_failed('Some text contains a character that cannot be stored (such as NUL).'));
    }
    request.log.error({ err: error }, 'unhandled error');
    return body(errors.internal_error());
  });
}

/** PostgreSQL's "invalid byte sequence" (NUL) or "untranslatable character", anywhere in the error's causes. */
function isTextPostgresCannotStore(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (code === '22021' || code === '22P05') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The API's 404 body; the web plugin falls back to it for anything that is not a page. */
export function sendApiNotFound(request: FastifyRequest, reply: FastifyReply): void {
  const { status, code, message } = errors.not_found(`The address ${request.method} ${request.url.split('?')[0]}`);
  reply.status(status).send({ error: { code, message, requestId: request.id } } satisfies ErrorBody);
}

/**
 * Requests the router refuses before any route sees them: a path that is not valid
 * percent-encoding, or a path parameter over the router's length limit. Fastify's own answer has
 * a body of its own without our requestId; this is passed to Fastify as `frameworkErrors`.
 */
export function sendFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const isBadUrl = error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  if (!isBadUrl) request.log.error({ err: error }, 'router error');
  const { status, code, message, details } = isBadUrl ? errors.validation_failed('This address is not valid.', [], 'url') : errors.internal_error();
  // The router answers before the hooks that set this header for every other response.
  reply.header('x-request-id', request.id).status(status);
  reply.send({ error: { code, message, ...(details === undefined ? {} : { details }), requestId: request.id } } satisfies ErrorBody);
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (an address or headers over its
 * size limit, a request line that is not HTTP): Fastify's default answer has a body of its own.
 * There is no request yet, so the requestId is made here. Passed to Fastify as `clientErrorHandler`.
 */
export function sendClientError(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The address or the headers of this request are too long.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive.']
        : [400, 'Bad Request', 'This is not a valid HTTP request.'];
  const requestId = randomUUID();
  this.log.debug({ err: error, requestId }, 'client error');
  const body = JSON.stringify({ error: { code: errors.validation_failed().code, message, requestId } } satisfies ErrorBody);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
