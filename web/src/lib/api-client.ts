import type { z } from 'zod';
import { type AnswerOf, type Binary, type Endpoint, type Upload, fillPath } from '../../../contract/endpoint';
import { ERROR_CODES, type ErrorCode } from '../../../contract/error-codes';
import type { ErrorBody } from '../../../contract/errors';

/**
 * A failed API call. `code` is the server's stable error code when the body followed the error
 * model, otherwise one derived from the HTTP status (or `service_unavailable` when the request
 * never got an answer).
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const isApiError = (error: unknown, code?: string): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);

/** A code the interface has a translation for; anything unknown reads as an internal error. */
export function knownErrorCode(error: unknown): ErrorCode {
  const code = error instanceof ApiError ? error.code : 'internal_error';
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal_error';
}

function codeForStatus(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 502 && status <= 504) return 'service_unavailable';
  if (status >= 400 && status < 500) return 'validation_failed';
  return 'internal_error';
}

/**
 * The error model's shape, checked by hand: the client reads it on every page, the first one
 * included, which carries no zod (ADR 0029). An unknown code still counts (knownErrorCode maps it).
 */
function isErrorBody(body: unknown): body is ErrorBody {
  const error = (body as { error?: unknown } | null | undefined)?.error as Record<string, unknown> | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string' && typeof error.requestId === 'string';
}

/** Turns a non-2xx response into an ApiError, reading the `{ error: {...} }` body when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) {
    const { code, message, requestId, details } = body.error;
    return new ApiError(response.status, code, message, requestId, details);
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText || `HTTP ${response.status}`);
}

interface RequestOptions {
  method: Endpoint['method'];
  body?: unknown;
  signal?: AbortSignal;
  /** No headers of its own, so the browser can answer it from index.html's `<link rel="preload">`. */
  isPreloadable?: boolean;
}

async function send(url: string, { method, body, signal, isPreloadable = false }: RequestOptions): Promise<Response> {
  const isForm = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      credentials: 'same-origin',
      // A FormData body (a photo upload) sets its own multipart content type.
      headers: isPreloadable ? {} : { accept: 'application/json', ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'service_unavailable', 'The server could not be reached.');
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;
export type Query = Readonly<Record<string, QueryValue>> | URLSearchParams;

/** What a call to an endpoint takes: what its descriptor says it needs, and nothing it does not. */
export type CallOptions<E extends Endpoint> = (E['params'] extends z.ZodType ? { params: z.input<E['params']> } : { params?: undefined }) &
  (E['query'] extends z.ZodObject ? { query?: { readonly [Name in keyof z.output<E['query']>]?: QueryValue } | URLSearchParams } : { query?: undefined }) &
  (E['body'] extends z.ZodType
    ? undefined extends z.input<E['body']>
      ? { body?: z.input<E['body']> }
      : { body: z.input<E['body']> }
    : { body?: undefined }) &
  (E['upload'] extends Upload ? { file: Blob } : { file?: undefined }) & { signal?: AbortSignal };

/** The URL of an endpoint: its path with the parameters filled in, and the query's values that are set. */
export function endpointUrl(endpoint: Pick<Endpoint, 'path'>, params?: Readonly<Record<string, string | number>>, query?: Query): string {
  const search = query instanceof URLSearchParams ? query : new URLSearchParams();
  if (query && !(query instanceof URLSearchParams)) {
    for (const [name, value] of Object.entries(query)) {
      for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined && item !== null) search.append(name, String(item));
    }
  }
  const path = fillPath(endpoint.path, params);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Calls an endpoint through its descriptor (contract/endpoints): the URL from its path and
 * params, the body checked by its schema (or the file as its upload field), and the answer
 * checked against the schema of the status it came with.
 */
export async function callEndpoint<E extends Endpoint>(
  endpoint: E,
  ...[options]: object extends CallOptions<E> ? [CallOptions<E>?] : [CallOptions<E>]
): Promise<AnswerOf<E>> {
  const { params, query, body, file, signal } = (options ?? {}) as { params?: Record<string, string>; query?: Query; body?: unknown; file?: Blob; signal?: AbortSignal };
  let payload: unknown;
  if (endpoint.upload && file) {
    payload = new FormData();
    (payload as FormData).append(endpoint.upload.field, file);
  } else if (endpoint.body && body !== undefined) {
    payload = endpoint.body.parse(body);
  }
  const response = await send(endpointUrl(endpoint, params, query), { method: endpoint.method, body: payload, signal });
  const answer = endpoint.responses[response.status];
  if (answer === undefined) throw new ApiError(response.status, 'internal_error', `Unexpected answer ${response.status} from ${endpoint.method} ${endpoint.path}`);
  if (answer === null) return undefined as AnswerOf<E>;
  if (isBinary(answer)) return (await response.blob()) as AnswerOf<E>;
  return answer.parse(await response.json()) as AnswerOf<E>;
}

const isBinary = (answer: z.ZodType | Binary): answer is Binary => 'binary' in answer;

/**
 * Reads a GET endpoint named by its path alone, without checking the answer against its schema:
 * for the shell's own calls (the site, the account), which the first page makes before any schema
 * has loaded. The server checks every answer against the same schema before sending it, and the
 * type parameter ties the path to the contract's descriptor: `getUnchecked<typeof getSite>({ path: '/api/site' })`.
 */
export async function getUnchecked<E extends Endpoint>(endpoint: Pick<E, 'path'>, signal?: AbortSignal): Promise<AnswerOf<E>> {
  const response = await send(endpoint.path, { method: 'GET', signal, isPreloadable: true });
  return (await response.json()) as AnswerOf<E>;
}
