import { ApiError } from './api-client';

/**
 * Why a form field is not valid, as a key the interface translates (`accounts:validation.<key>`).
 * The contract's schemas put most of these in an issue's message; zod's own issues are mapped
 * by their code, so the browser and the server explain a problem in the same words.
 */
export const VALIDATION_KEYS = [
  'required',
  'invalid',
  'too_long',
  'email_invalid',
  'date_invalid',
  'year_invalid',
  'year_too_early',
  'year_in_future',
  'graduation_before_start',
  'only_for_alumni',
  'date_of_birth_invalid',
  'username_invalid',
  'username_taken',
  'email_taken',
  'email_unchanged',
  'password_too_short',
  'password_too_long',
  'password_too_common',
  'password_contains_username',
  'wrong_password',
  'password_required',
  'linkedin_url_invalid',
  'photo_too_large',
  'photo_type',
  'text_invalid_characters',
  'country_unknown',
  'language_unknown',
  'too_many_languages',
] as const;

export type ValidationKey = (typeof VALIDATION_KEYS)[number];

/** The first problem of each field, by the field's name (a dotted path such as `languages.0` is cut to `languages`). */
export type FieldErrors = Partial<Record<string, ValidationKey>>;

export interface Issue {
  path: string | readonly PropertyKey[];
  code: string;
  message: string;
}

const isValidationKey = (value: string): value is ValidationKey => (VALIDATION_KEYS as readonly string[]).includes(value);

const YEAR_FIELDS = new Set(['startYear', 'graduationYear']);

const fieldOf = (path: Issue['path']) => String((typeof path === 'string' ? path.split('.') : path)[0] ?? '');

/** The key that explains one issue, from its message when that is a key, else from zod's code. */
export function issueKey(issue: Issue): ValidationKey {
  if (isValidationKey(issue.message)) return issue.message;
  const field = fieldOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      return YEAR_FIELDS.has(field) ? 'year_invalid' : 'required';
    case 'too_small':
      return YEAR_FIELDS.has(field) ? 'year_too_early' : 'required';
    case 'too_big':
      return 'too_long';
    case 'invalid_format':
      if (field === 'email' || field === 'newEmail') return 'email_invalid';
      if (field === 'dateOfBirth') return 'date_invalid';
      return 'invalid';
    default:
      return 'invalid';
  }
}

/** The first issue of each field. */
export function fieldErrors(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field && !errors[field]) errors[field] = issueKey(issue);
  }
  return errors;
}

/** Error codes that belong to one field of the form that caused them. */
const FIELD_CODES: Partial<Record<string, ValidationKey>> = {
  username_taken: 'username_taken',
  email_taken: 'email_taken',
  email_unchanged: 'email_unchanged',
  wrong_password: 'wrong_password',
  password_required: 'password_required',
  password_too_short: 'password_too_short',
  password_too_long: 'password_too_long',
};

/**
 * The field errors in an API failure: the issues of a 400 `validation_failed`, or the one field a
 * 409 `username_taken` (and the like) names. Null when the failure is not about fields.
 */
export function fieldErrorsFromApi(error: unknown, fallbackField?: string): FieldErrors | null {
  if (!(error instanceof ApiError)) return null;
  const details = (error.details ?? {}) as { issues?: unknown; field?: unknown };
  if (error.code === 'validation_failed' && Array.isArray(details.issues)) {
    const errors = fieldErrors(details.issues as Issue[]);
    return Object.keys(errors).length ? errors : null;
  }
  const key = FIELD_CODES[error.code];
  const field = typeof details.field === 'string' ? details.field : fallbackField;
  return key && field ? { [field]: key } : null;
}

/** A year typed into a text field: a number when it is four digits, undefined when empty, NaN otherwise. */
export function parseYear(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
