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

type Issue = { path: PropertyKey[]; code: string; message: string };
/** A field the web highlights: `details.field` names the form field the error belongs to. */
type Field = { field: string };

const make = (status: number, code: ErrorCode, message: string, details?: unknown) => new AppError(status, code, message, details);

/**
 * The one factory per error code: the only place an error's status and English message are
 * written (the web shows its own translation under `errors.<code>`). The `satisfies` makes
 * every code of `ERROR_CODES` need a factory here, and no factory exist without a code.
 */
export const errors = {
  // the request itself
  /** 400: a zod failure, in the same shape the route validation gives; or a plain message without issues. */
  validation_failed: (message = 'Some fields are not valid.', issues: ReadonlyArray<Issue> = [], context = 'body') =>
    make(400, 'validation_failed', message, {
      context,
      issues: issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message })),
    }),
  unauthenticated: (message = 'Sign in to continue.') => make(401, 'unauthenticated', message),
  forbidden: () => make(403, 'forbidden', 'You are not allowed to do this.'),
  forbidden_origin: () =>
    make(403, 'forbidden_origin', 'This request did not come from this site, so it was not carried out.'),
  /** 404 naming what was not found ("The request", "This page"). */
  not_found: (what = 'The resource') => make(404, 'not_found', `${what} was not found.`),
  conflict: (message: string, details?: Field) => make(409, 'conflict', message, details),
  /** 429; the error handler sends `retryAfterSeconds` as Retry-After too. */
  rate_limited: (retryAfterSeconds?: number) =>
    make(
      429,
      'rate_limited',
      'Too many attempts. Please wait a moment and try again.',
      retryAfterSeconds === undefined ? undefined : { retryAfterSeconds },
    ),
  payload_too_large: () => make(413, 'payload_too_large', 'The upload is too large.'),
  unsupported_media_type: () => make(415, 'unsupported_media_type', 'This content type is not accepted here.'),
  internal_error: () => make(500, 'internal_error', 'Something went wrong on our side.'),
  /** 503: the database is down, overloaded or cut off; the handler adds Retry-After. */
  service_unavailable: (problem = 'The service is unavailable for a moment. Please try again shortly.') =>
    make(503, 'service_unavailable', problem),

  // accounts (the better-auth codes are mapped onto these in accounts/auth-errors.ts)
  auth_failed: () => make(400, 'auth_failed', 'The request could not be completed.'),
  invalid_credentials: () => make(401, 'invalid_credentials', 'The email address, user name or password is not correct.'),
  wrong_password: () => make(400, 'wrong_password', 'The current password is not correct.', { field: 'currentPassword' }),
  invalid_token: () => make(400, 'invalid_token', 'This link is not valid any more. Start again.'),
  password_too_short: () => make(400, 'password_too_short', 'The password is too short.', { field: 'password' }),
  password_too_long: () => make(400, 'password_too_long', 'The password is too long.', { field: 'password' }),
  email_taken: (field = 'email') => make(409, 'email_taken', 'An account with this email address already exists.', { field }),
  username_taken: () => make(409, 'username_taken', 'This user name is already taken.', { field: 'username' }),
  username_immutable: (supportEmail: string) =>
    make(403, 'username_immutable', `You cannot change your user name yourself. Ask the alumni office (${supportEmail}).`, {
      field: 'username',
      supportEmail,
    }),
  account_suspended: () => make(403, 'account_suspended', 'This account has been suspended.'),
  /** 400 when the current password was left out; 409 when the account has none to give. */
  password_required: (hasPassword: boolean) =>
    hasPassword
      ? make(400, 'password_required', 'Enter your current password to confirm.', { field: 'currentPassword' })
      : make(409, 'password_required', 'This account signs in without a password.'),
  /** 403 with the providers the member can sign in again with. */
  reauthentication_required: (providers: string[]) =>
    make(403, 'reauthentication_required', 'Sign in again with your identity provider to confirm it is you.', { providers }),
  email_unchanged: () => make(409, 'email_unchanged', 'This is already your email address.', { field: 'newEmail' }),
  photo_invalid: (message: string) => make(400, 'photo_invalid', message, { field: 'photo' }),
  photo_dimensions_too_large: (maxPixels: number) =>
    make(400, 'photo_dimensions_too_large', 'This photo has too many pixels; upload a smaller version of it.', {
      field: 'photo',
      maxPixels,
    }),

  // mentor profiles
  not_an_alumnus: () => make(403, 'not_an_alumnus', 'Only alumni can be mentors. Students and staff can search for a mentor.'),
  mentor_profile_missing: () =>
    make(404, 'mentor_profile_missing', 'You have no mentor profile yet. Activate it on the Mentor tab first.'),

  // mentoring requests and mentorships
  cannot_request_self: () => make(409, 'cannot_request_self', 'You cannot send a mentoring request to yourself.'),
  mentor_inactive: () => make(409, 'mentor_inactive', 'The mentor has no active mentor profile.'),
  mentor_paused: () => make(409, 'mentor_paused', 'This mentor has paused mentoring for now.'),
  mentor_full: (maxMentees: number, activeMentees: number) =>
    make(409, 'mentor_full', 'This mentor has no free place: the maximum number of mentees is reached.', {
      maxMentees,
      activeMentees,
    }),
  already_requested: () => make(409, 'already_requested', 'You already have a pending request to this mentor.'),
  already_mentoring: () => make(409, 'already_mentoring', 'There is already an active mentorship between the two of you.'),
  too_many_pending_requests: (max: number) =>
    make(409, 'too_many_pending_requests', `You have ${max} requests waiting for an answer already.`, { max }),
  request_not_pending: () =>
    make(409, 'request_not_pending', 'This request is no longer pending: it was answered, retracted or has expired.'),
  request_expired: () =>
    make(409, 'request_expired', 'This request has passed its expiry time without an answer: it can no longer be accepted or declined.'),
  /** 403 naming the side that may do this: the mentor answers, the mentee retracts. */
  not_your_request: (side: 'mentor' | 'mentee') =>
    make(403, 'not_your_request', side === 'mentor' ? 'Only the mentor can answer this request.' : 'Only the mentee can retract this request.'),
  mentorship_not_active: () => make(409, 'mentorship_not_active', 'This mentorship has already ended.'),

  // identity providers (LinkedIn and other OpenID Connect providers)
  onboarding_required: () =>
    make(403, 'onboarding_required', 'Complete your registration first: choose your role and user name.'),
  already_onboarded: () => make(409, 'already_onboarded', 'This account is already complete.'),
  unlink_requires_password: () =>
    make(
      409,
      'unlink_requires_password',
      'This account has no password to sign in with. Set one first (through "Forgot your password?"), then unlink.',
    ),
} satisfies Record<ErrorCode, (...args: never[]) => AppError>;
