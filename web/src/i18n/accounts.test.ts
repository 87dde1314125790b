import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../contract/i18n';
import { SIGN_IN_ERROR_CODES } from '../../../contract/identities';
import { ROLES } from '../../../contract/me';
import { VALIDATION_KEYS } from '../lib/validation';
import { resources } from './resources';

describe.each(LANGUAGES)('accounts texts in %s', (language) => {
  const accounts = resources[language].accounts;

  it('explain every field problem the forms can show', () => {
    const texts = accounts.validation as Record<string, string>;
    expect(VALIDATION_KEYS.filter((key) => !texts[key])).toEqual([]);
  });

  it('explain every error a LinkedIn sign-in, registration or link can come back with', () => {
    const texts = accounts.providerErrors as Record<string, string>;
    expect(SIGN_IN_ERROR_CODES.filter((code) => !texts[code])).toEqual([]);
  });

  it('name and describe every role', () => {
    const roles = accounts.roles as Record<string, { label?: string; text?: string }>;
    expect(ROLES.filter((role) => !roles[role]?.label || !roles[role]?.text)).toEqual([]);
  });
});
