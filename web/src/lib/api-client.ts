import type { z } from 'zod';
import { ERROR_CODES, ErrorBodySchema, type ErrorCode } from '../../../contract/errors';

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

/** Turns a non-2xx response into an ApiError, reading the `{ error: {...} }` body when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ErrorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, requestId, details } = parsed.data.error;
    return new ApiError(response.status, code, message, requestId, details);
  }
  return new ApiError(response.status, codeForStatus(response.status), response.statusText || `HTTP ${response.status}`);
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

async function send(url: string, { method = 'GET', body, signal }: RequestOptions): Promise<Response> {
  const isForm = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      credentials: 'same-origin',
      // A FormData body (a photo upload) sets its own multipart content type.
      headers: { accept: 'application/json', ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'service_unavailable', 'The server could not be reached.');
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}

/** Calls the API and checks the answer against the contract's schema. */
export async function apiRequest<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const response = await send(url, options);
  return schema.parse(await response.json());
}

/** Calls the API for its side effect only (a 204 or a body the caller does not need). */
export async function apiSend(url: string, options: RequestOptions): Promise<void> {
  await send(url, options);
}
