import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, setDateLocales } from './format';

// Noon UTC: the same calendar day in every time zone the tests may run in.
const MARCH_4 = '2026-03-04T12:00:00.000Z';

describe('date formatting', () => {
  afterEach(() => setDateLocales(null));

  it('writes English dates the British way by default, Dutch ones the Dutch way', () => {
    expect(formatDate(MARCH_4, 'en')).toBe('4 March 2026');
    expect(formatDate(MARCH_4, 'nl')).toBe('4 maart 2026');
    expect(formatDateTime(MARCH_4, 'en')).toMatch(/^4 Mar 2026/);
  });

  it('follows the installation\'s locale for a language (DATE_LOCALE_EN through /api/site)', () => {
    setDateLocales({ en: 'en-US', nl: 'nl-NL' });
    expect(formatDate(MARCH_4, 'en')).toBe('March 4, 2026');
    expect(formatDate(MARCH_4, 'nl')).toBe('4 maart 2026');
  });

  it('treats a regional page language as its language', () => {
    expect(formatDate(MARCH_4, 'en-US')).toBe('4 March 2026');
  });
});
