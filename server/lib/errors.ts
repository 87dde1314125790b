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

/**
 * The HTTP status of each code (password_required has two: a password left out, or none to give).
 * The OpenAPI document lists each route's codes under these (server/lib/route.ts).
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  forbidden_origin: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal_error: 500,
  service_unavailable: 503,
  auth_failed: 400,
  invalid_credentials: 401,
  wrong_password: 400,
  invalid_token: 400,
  password_too_short: 400,
  password_too_long: 400,
  email_taken: 409,
  username_taken: 409,
  username_immutable: 403,
  account_suspended: 403,
  password_required: [400, 409],
  reauthentication_required: 403,
  email_unchanged: 409,
  photo_invalid: 400,
  photo_dimensions_too_large: 400,
  not_an_alumnus: 403,
  mentor_profile_missing: 404,
  cannot_request_self: 409,
  mentor_inactive: 409,
  mentor_paused: 409,
  mentor_full: 409,
  already_requested: 409,
  already_mentoring: 409,
  too_many_pending_requests: 409,
  request_not_pending: 409,
  request_expired: 409,
  not_your_request: 403,
  mentorship_not_active: 409,
  onboarding_required: 403,
  already_onboarded: 409,
  unlink_requires_password: 409,
  cannot_message_member: 403,
  cannot_request_mentor: 403,
  cannot_report_own: 409,
  already_reported: 409,
  cannot_block_self: 409,
  report_resolved: 409,
  cannot_suspend_self: 409,
  last_admin: 409,
  not_a_student: 403,
  graduation_request_pending: 409,
  graduation_request_decided: 409,
  username_mismatch: 400,
  invitation_invalid: 400,
  invitation_email_mismatch: 400,
  invitation_list_invalid: 400,
  invitation_not_pending: 409,
} as const satisfies Record<ErrorCode, number | readonly number[]>;

/** Every status a code is answered with. */
export const statusesOf = (code: ErrorCode): readonly number[] => {
  const status: number | readonly number[] = ERROR_STATUS[code];
  return typeof status === 'number' ? [status] : status;
};

type CodeWithOneStatus = { [C in ErrorCode]: (typeof ERROR_STATUS)[C] extends number ? C : never }[ErrorCode];

function make(code: CodeWithOneStatus, message: string, details?: unknown): AppError;
function make(code: ErrorCode, message: string, details: unknown, status: number): AppError;
function make(code: ErrorCode, message: string, details?: unknown, status = statusesOf(code)[0]!): AppError {
  return new AppError(status, code, message, details);
}

/**
 * The one factory per error code: the only place an error's English message is written (its
 * status is in ERROR_STATUS; the web shows its own translation under `errors.<code>`). The `satisfies` makes
 * every code of `ERROR_CODES` need a factory here, and no factory exist without a code.
 */
export const errors = {
  // the request itself
  /** 400: a zod failure, in the same shape the route validation gives; or a plain message without issues. */
  validation_failed: (message = 'Some fields are not valid.', issues: ReadonlyArray<Issue> = [], context = 'body') =>
    make('validation_failed', message, {
      context,
      issues: issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message })),
    }),
  unauthenticated: (message = 'Sign in to continue.') => make('unauthenticated', message),
  forbidden: () => make('forbidden', 'You are not allowed to do this.'),
  forbidden_origin: () =>
    make('forbidden_origin', 'This request did not come from this site, so it was not carried out.'),
  /** 404 naming what was not found ("The request", "This page"). */
  not_found: (what = 'The resource') => make('not_found', `${what} was not found.`),
  conflict: (message: string, details?: Field) => make('conflict', message, details),
  /** 429; the error handler sends `retryAfterSeconds` as Retry-After too. */
  rate_limited: (retryAfterSeconds?: number) =>
    make(
      'rate_limited',
      'Too many attempts. Please wait a moment and try again.',
      retryAfterSeconds === undefined ? undefined : { retryAfterSeconds },
    ),
  payload_too_large: () => make('payload_too_large', 'The upload is too large.'),
  unsupported_media_type: () => make('unsupported_media_type', 'This content type is not accepted here.'),
  internal_error: () => make('internal_error', 'Something went wrong on our side.'),
  /** 503: the database is down, overloaded or cut off; the handler adds Retry-After. */
  service_unavailable: (problem = 'The service is unavailable for a moment. Please try again shortly.') =>
    make('service_unavailable', problem),

  // accounts (the better-auth codes are mapped onto these in accounts/auth-errors.ts)
  auth_failed: () => make('auth_failed', 'The request could not be completed.'),
  invalid_credentials: () => make('invalid_credentials', 'The email address, user name or password is not correct.'),
  wrong_password: () => make('wrong_password', 'The current password is not correct.', { field: 'currentPassword' }),
  invalid_token: () => make('invalid_token', 'This link is not valid any more. Start again.'),
  password_too_short: () => make('password_too_short', 'The password is too short.', { field: 'password' }),
  password_too_long: () => make('password_too_long', 'The password is too long.', { field: 'password' }),
  email_taken: (field = 'email') => make('email_taken', 'An account with this email address already exists.', { field }),
  username_taken: () => make('username_taken', 'This user name is already taken.', { field: 'username' }),
  username_immutable: (supportEmail: string) =>
    make('username_immutable', `You cannot change your user name yourself. Ask the alumni office (${supportEmail}).`, {
      field: 'username',
      supportEmail,
    }),
  account_suspended: () => make('account_suspended', 'This account has been suspended.'),
  /** 400 when the current password was left out; 409 when the account has none to give. */
  password_required: (hasPassword: boolean) =>
    hasPassword
      ? make('password_required', 'Enter your current password to confirm.', { field: 'currentPassword' }, 400)
      : make('password_required', 'This account signs in without a password.', undefined, 409),
  /** 403 with the providers the member can sign in again with. */
  reauthentication_required: (providers: string[]) =>
    make('reauthentication_required', 'Sign in again with your identity provider to confirm it is you.', { providers }),
  email_unchanged: () => make('email_unchanged', 'This is already your email address.', { field: 'newEmail' }),
  photo_invalid: (message: string) => make('photo_invalid', message, { field: 'photo' }),
  photo_dimensions_too_large: (maxPixels: number) =>
    make('photo_dimensions_too_large', 'This photo has too many pixels; upload a smaller version of it.', {
      field: 'photo',
      maxPixels,
    }),

  // mentor profiles
  not_an_alumnus: () => make('not_an_alumnus', 'Only alumni can be mentors. Students and staff can search for a mentor.'),
  mentor_profile_missing: () =>
    make('mentor_profile_missing', 'You have no mentor profile yet. Activate it on the Mentor tab first.'),

  // mentoring requests and mentorships
  cannot_request_self: () => make('cannot_request_self', 'You cannot send a mentoring request to yourself.'),
  mentor_inactive: () => make('mentor_inactive', 'The mentor has no active mentor profile.'),
  mentor_paused: () => make('mentor_paused', 'This mentor has paused mentoring for now.'),
  mentor_full: (maxMentees: number, activeMentees: number) =>
    make('mentor_full', 'This mentor has no free place: the maximum number of mentees is reached.', {
      maxMentees,
      activeMentees,
    }),
  already_requested: () => make('already_requested', 'You already have a pending request to this mentor.'),
  already_mentoring: () => make('already_mentoring', 'There is already an active mentorship between the two of you.'),
  too_many_pending_requests: (max: number) =>
    make('too_many_pending_requests', `You have ${max} requests waiting for an answer already.`, { max }),
  request_not_pending: () =>
    make('request_not_pending', 'This request is no longer pending: it was answered, retracted or has expired.'),
  request_expired: () =>
    make('request_expired', 'This request has passed its expiry time without an answer: it can no longer be accepted or declined.'),
  /** 403 naming the side that may do this: the mentor answers, the mentee retracts. */
  not_your_request: (side: 'mentor' | 'mentee') =>
    make('not_your_request', side === 'mentor' ? 'Only the mentor can answer this request.' : 'Only the mentee can retract this request.'),
  mentorship_not_active: () => make('mentorship_not_active', 'This mentorship has already ended.'),

  // identity providers (LinkedIn and other OpenID Connect providers)
  onboarding_required: () =>
    make('onboarding_required', 'Complete your registration first: choose your role and user name.'),
  already_onboarded: () => make('already_onboarded', 'This account is already complete.'),
  unlink_requires_password: () =>
    make(
      'unlink_requires_password',
      'This account has no password to sign in with. Set one first (through "Forgot your password?"), then unlink.',
    ),

  // the inbox
  /** Neutral on purpose: a member who was blocked is not told so. */
  cannot_message_member: () => make('cannot_message_member', 'You cannot send this member a message.'),
  /** Neutral on purpose, as cannot_message_member: the mentor blocked the mentee, who is not told so. */
  cannot_request_mentor: () => make('cannot_request_mentor', 'You cannot send this mentor a mentoring request.'),
  cannot_report_own: () => make('cannot_report_own', 'You cannot report your own message or request.'),
  already_reported: () => make('already_reported', 'You have reported this already; the alumni office will look at it.'),
  cannot_block_self: () => make('cannot_block_self', 'You cannot block yourself.'),

  // the alumni office
  report_resolved: () => make('report_resolved', 'This report has already been dealt with.'),
  cannot_suspend_self: () => make('cannot_suspend_self', 'You cannot suspend your own account.'),

  // the console
  last_admin: () => make('last_admin', 'The alumni office would be left without an admin: make someone else an admin first.'),
  not_a_student: () => make('not_a_student', 'Only a student can ask to become an alumnus.'),
  graduation_request_pending: () =>
    make('graduation_request_pending', 'Your graduation request is already waiting for the alumni office.'),
  graduation_request_decided: () => make('graduation_request_decided', 'This graduation request has already been answered.'),

  // deleting an account
  /** An account without a password confirms its deletion by typing its user name. */
  username_mismatch: () => make('username_mismatch', 'Type your user name exactly as it is shown to confirm.', { field: 'username' }),

  // inviting alumni
  invitation_invalid: () =>
    make('invitation_invalid', 'This invitation link does not work any more: it was used, withdrawn or replaced, or it has expired.'),
  invitation_email_mismatch: () =>
    make('invitation_email_mismatch', 'Register with the email address the invitation was sent to.', { field: 'email' }),
  /** 400 with every problem of the list, per line, as the preview gives them: nothing was sent. */
  invitation_list_invalid: (details: unknown) =>
    make('invitation_list_invalid', 'The list has problems, so no invitation was sent. Correct the lines named and upload it again.', details),
  invitation_not_pending: () =>
    make('invitation_not_pending', 'This invitation was used to register, withdrawn or replaced: it cannot be sent again or withdrawn.'),
} satisfies Record<ErrorCode, (...args: never[]) => AppError>;
