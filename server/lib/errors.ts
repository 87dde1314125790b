import type { ErrorCode } from '../../contract/errors';

/** An error the API reports as is: an HTTP status, a stable code, an English message. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in to continue.');
export const forbidden = (message = 'You are not allowed to do this.') => new AppError(403, 'forbidden', message);
export const notFound = (what = 'The resource') => new AppError(404, 'not_found', `${what} was not found.`);
/** Too many attempts; the error handler sends `retryAfterSeconds` as Retry-After too. */
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', 'Too many attempts. Please wait a moment and try again.', { retryAfterSeconds });

/** A zod failure as our 400 `validation_failed`, in the same shape the route validation gives. */
export function validationFailed(error: { issues: ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }> }): AppError {
  return new AppError(400, 'validation_failed', 'Some fields are not valid.', {
    context: 'body',
    issues: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message })),
  });
}
