import type { ErrorCode } from '../../../contract/errors';

/** better-auth's codes, as our stable snake_case error codes (the rest become `auth_failed`). */
const CODES: Record<string, ErrorCode> = {
  INVALID_EMAIL_OR_PASSWORD: 'invalid_credentials',
  INVALID_USERNAME_OR_PASSWORD: 'invalid_credentials',
  INVALID_PASSWORD: 'wrong_password',
  INVALID_TOKEN: 'invalid_token',
  TOKEN_EXPIRED: 'invalid_token',
  PASSWORD_TOO_SHORT: 'password_too_short',
  PASSWORD_TOO_LONG: 'password_too_long',
  USER_ALREADY_EXISTS: 'email_taken',
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: 'email_taken',
  USERNAME_IS_ALREADY_TAKEN: 'username_taken',
  USERNAME_IS_IMMUTABLE: 'username_immutable',
  FIELD_NOT_ALLOWED: 'field_not_allowed',
  SESSION_EXPIRED: 'unauthenticated',
  INVALID_ORIGIN: 'forbidden',
  MISSING_OR_NULL_ORIGIN: 'forbidden',
  VALIDATION_ERROR: 'validation_failed',
  ACCOUNT_SUSPENDED: 'account_suspended',
  MISSING_FIELD: 'validation_failed',
};

export function toErrorCode(status: number, authCode: string | undefined): ErrorCode {
  if (status === 429) return 'rate_limited';
  if (authCode && CODES[authCode]) return CODES[authCode];
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  return 'auth_failed';
}
