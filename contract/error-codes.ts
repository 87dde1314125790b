// Kept apart from the schemas: the web's first page reads the codes without loading zod (ADR 0029).

/**
 * Every stable error code the API returns. The web client branches on these and shows the
 * translation under `errors.<code>`; adding a code here without a translation fails a test.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'forbidden_origin',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
  'service_unavailable',
  // accounts
  'auth_failed',
  'invalid_credentials',
  'wrong_password',
  'invalid_token',
  'password_too_short',
  'password_too_long',
  'email_taken',
  'username_taken',
  'username_immutable',
  'account_suspended',
  'password_required',
  'reauthentication_required',
  'email_unchanged',
  'photo_invalid',
  'photo_dimensions_too_large',
  // mentoring
  'not_an_alumnus',
  'mentor_profile_missing',
  // mentoring requests and mentorships
  'cannot_request_self',
  'mentor_inactive',
  'mentor_paused',
  'mentor_full',
  'already_requested',
  'already_mentoring',
  'too_many_pending_requests',
  'request_not_pending',
  'request_expired',
  'not_your_request',
  'mentorship_not_active',
  // identity providers (LinkedIn and other OpenID Connect providers)
  'onboarding_required',
  'already_onboarded',
  'unlink_requires_password',
  // the inbox
  'cannot_message_member',
  'cannot_request_mentor',
  'cannot_report_own',
  'already_reported',
  'cannot_block_self',
  // the alumni office
  'report_resolved',
  'cannot_suspend_self',
  'last_admin',
  'not_a_student',
  'graduation_request_pending',
  'graduation_request_decided',
  // deleting an account
  'username_mismatch',
  // inviting alumni
  'invitation_invalid',
  'invitation_email_mismatch',
  'invitation_list_invalid',
  'invitation_not_pending',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
