import { type AppError, errors } from '../../lib/errors';

/**
 * better-auth's codes, as our errors (the rest become `auth_failed`). Only codes the endpoints in
 * use can give: sign-in, sign-out, password reset, social sign-in and linking.
 */
const ERRORS: Record<string, () => AppError> = {
  INVALID_EMAIL_OR_PASSWORD: errors.invalid_credentials,
  INVALID_USERNAME_OR_PASSWORD: errors.invalid_credentials,
  INVALID_PASSWORD: errors.wrong_password,
  INVALID_TOKEN: errors.invalid_token,
  TOKEN_EXPIRED: errors.invalid_token,
  PASSWORD_TOO_SHORT: errors.password_too_short,
  PASSWORD_TOO_LONG: errors.password_too_long,
  USER_ALREADY_EXISTS: () => errors.email_taken(),
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: () => errors.email_taken(),
  SESSION_EXPIRED: () => errors.unauthenticated(),
  INVALID_ORIGIN: errors.forbidden_origin,
  MISSING_OR_NULL_ORIGIN: errors.forbidden_origin,
  VALIDATION_ERROR: () => errors.validation_failed(),
  MISSING_FIELD: () => errors.validation_failed(),
  ACCOUNT_SUSPENDED: errors.account_suspended,
};

/** Our error for a better-auth error answer; the answer keeps better-auth's HTTP status. */
export function toAppError(status: number, authCode: string | undefined): AppError {
  if (status === 429) return errors.rate_limited();
  const known = authCode ? ERRORS[authCode] : undefined;
  if (known) return known();
  if (status === 401) return errors.unauthenticated();
  if (status === 403) return errors.forbidden();
  if (status === 404) return errors.not_found();
  return errors.auth_failed();
}
