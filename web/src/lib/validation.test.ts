import { describe, expect, it } from 'vitest';
import { RegisterSchema } from '../../../contract/accounts';
import { ApiError } from './api-client';
import { fieldErrors, fieldErrorsFromApi, issueKey, parseYear } from './validation';

const valid = {
  role: 'alumnus',
  firstName: 'Ada',
  familyName: 'Lovelace',
  dateOfBirth: '1990-05-17',
  username: 'ada.l',
  email: 'ada@example.org',
  password: 'a-long-and-fine-password',
  studyProgramme: 'Mathematics',
  startYear: 2008,
  graduationYear: 2012,
};

const errorsFor = (input: Record<string, unknown>) => {
  const result = RegisterSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error.issues);
};

describe('fieldErrors with the registration schema', () => {
  it('finds nothing wrong with a valid registration', () => {
    expect(errorsFor(valid)).toEqual({});
  });

  it('explains the rules in the contract with their own keys', () => {
    expect(errorsFor({ ...valid, graduationYear: 2005 })).toEqual({ graduationYear: 'graduation_before_start' });
    expect(errorsFor({ ...valid, role: 'staff' })).toMatchObject({ graduationYear: 'only_for_alumni' });
    expect(errorsFor({ ...valid, password: 'password123' })).toEqual({ password: 'password_too_common' });
    expect(errorsFor({ ...valid, password: 'ada.l-is-my-name' })).toEqual({ password: 'password_contains_username' });
    expect(errorsFor({ ...valid, username: 'a b' })).toEqual({ username: 'username_invalid' });
  });

  it("maps zod's own issues by their code", () => {
    expect(errorsFor({ ...valid, role: undefined })).toEqual({ role: 'required' });
    expect(errorsFor({ ...valid, firstName: '' })).toEqual({ firstName: 'required' });
    expect(errorsFor({ ...valid, email: 'not-an-address' })).toEqual({ email: 'email_invalid' });
    expect(errorsFor({ ...valid, dateOfBirth: '17-05-1990' })).toEqual({ dateOfBirth: 'date_invalid' });
    expect(errorsFor({ ...valid, startYear: Number.NaN })).toEqual({ startYear: 'year_invalid' });
    expect(errorsFor({ ...valid, startYear: 1900, graduationYear: 1950 })).toEqual({ startYear: 'year_too_early' });
  });

  it('keeps the first problem of a field and cuts paths to the field', () => {
    expect(issueKey({ path: 'languages.0', code: 'too_small', message: 'x' })).toBe('required');
    expect(fieldErrors([
      { path: ['password'], code: 'custom', message: 'password_too_short' },
      { path: ['password'], code: 'custom', message: 'password_too_common' },
    ])).toEqual({ password: 'password_too_short' });
  });
});

describe('fieldErrorsFromApi', () => {
  it('reads the issues of validation_failed', () => {
    const error = new ApiError(400, 'validation_failed', '', 'r', { issues: [{ path: 'username', code: 'custom', message: 'username_invalid' }] });
    expect(fieldErrorsFromApi(error)).toEqual({ username: 'username_invalid' });
  });

  it('puts a conflict on the field it names', () => {
    expect(fieldErrorsFromApi(new ApiError(409, 'email_taken', '', 'r', { field: 'email' }))).toEqual({ email: 'email_taken' });
    expect(fieldErrorsFromApi(new ApiError(400, 'wrong_password', '', 'r'), 'currentPassword')).toEqual({ currentPassword: 'wrong_password' });
  });

  it('returns null for failures that are not about a field', () => {
    expect(fieldErrorsFromApi(new ApiError(429, 'rate_limited', ''))).toBeNull();
    expect(fieldErrorsFromApi(new Error('boom'))).toBeNull();
  });
});

describe('parseYear', () => {
  it('reads four digits, leaves empty out and marks anything else', () => {
    expect(parseYear(' 2012 ')).toBe(2012);
    expect(parseYear('')).toBeUndefined();
    expect(parseYear('12')).toBeNaN();
  });
});
