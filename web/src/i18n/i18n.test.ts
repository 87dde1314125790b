import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../contract/errors';
import { LANGUAGES } from '../../../contract/i18n';
import { REPORT_REASONS } from '../../../contract/inbox';
import { DECLINE_REASONS, END_REASONS, REQUEST_STATUSES } from '../../../contract/mentoring';
import { NOTIFICATION_TYPES } from '../../../contract/notifications';
import { ApiError } from '../lib/api-client';
import { errorMessage } from './error-message';
import { resolveLanguage } from './language';
import { defaultNamespace, namespaces, resources } from './resources';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation tree as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The placeholders and markup tags a text uses; a translation must keep them all. */
const tokens = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\w+)>/g)].map((match) => match[0]).sort();

describe('translations', () => {
  for (const namespace of namespaces) {
    const english = new Map(leaves(resources.en[namespace] as Tree));

    for (const language of LANGUAGES) {
      const translated = new Map(leaves(resources[language][namespace] as Tree));

      it(`${language}/${namespace} has no empty texts`, () => {
        for (const [key, text] of translated) expect(text.trim(), `${language}:${namespace}:${key}`).not.toBe('');
      });

      if (language === LANGUAGES[0]) continue;

      it(`${language}/${namespace} has exactly the English keys`, () => {
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it(`${language}/${namespace} keeps every placeholder and tag of the English text`, () => {
        for (const [key, text] of translated) {
          expect(tokens(text), `${language}:${namespace}:${key}`).toEqual(tokens(english.get(key) ?? ''));
        }
      });
    }
  }

  it.each(LANGUAGES)('%s explains every error code the API returns', (language) => {
    const errors = resources[language].common.errors as Record<string, string>;
    const missing = ERROR_CODES.filter((code) => !errors[code]);
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s describes every kind of notification', (language) => {
    const types = resources[language].common.notifications.types as Record<string, string>;
    const missing = NOTIFICATION_TYPES.filter((type) => !types[type]);
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s names every request status, decline reason and end reason', (language) => {
    const mentoring: Record<'status' | 'declineReasons' | 'endReasons', Record<string, string>> = resources[language].mentoring;
    const missing = [
      ...REQUEST_STATUSES.filter((status) => !mentoring.status[status]),
      ...DECLINE_REASONS.filter((reason) => !mentoring.declineReasons[reason]),
      ...END_REASONS.filter((reason) => !mentoring.endReasons[reason]),
    ];
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('%s names every reason to report', (language) => {
    const reasons: Record<string, string> = resources[language].inbox.reportReasons;
    expect(REPORT_REASONS.filter((reason) => !reasons[reason])).toEqual([]);
  });
});

describe('resolveLanguage', () => {
  it('prefers the account, then the remembered choice, then the browser, then the site default', () => {
    const siteDefault = 'nl' as const;
    expect(resolveLanguage({ account: 'en', stored: 'nl', browser: ['nl-NL'], siteDefault })).toBe('en');
    expect(resolveLanguage({ stored: 'en', browser: ['nl-NL'], siteDefault })).toBe('en');
    expect(resolveLanguage({ browser: ['de-DE', 'en-GB'], siteDefault })).toBe('en');
    expect(resolveLanguage({ browser: ['de-DE'], siteDefault })).toBe('nl');
  });

  it('ignores values that are not a supported language', () => {
    expect(resolveLanguage({ account: null, stored: 'fr', browser: [], siteDefault: 'en' })).toBe('en');
  });
});

describe('errorMessage', () => {
  it('shows the translation of the error code, and a general message for a code it does not know', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'nl', ns: namespaces, defaultNS: defaultNamespace, contextSeparator: '~' });
    expect(errorMessage(i18n.t, new ApiError(409, 'username_taken', 'Taken.'))).toBe(resources.nl.common.errors.username_taken);
    expect(errorMessage(i18n.t, new ApiError(418, 'teapot', 'No.'))).toBe(resources.nl.common.errors.internal_error);
  });

  it('says when to try again after too many attempts, from the answer\'s retryAfterSeconds', async () => {
    const limited = (seconds?: number) => new ApiError(429, 'rate_limited', 'Too many.', undefined, seconds === undefined ? undefined : { retryAfterSeconds: seconds });
    const en = i18next.createInstance();
    await en.init({ resources, lng: 'en', ns: namespaces, defaultNS: defaultNamespace, contextSeparator: '~' });
    expect(errorMessage(en.t, limited(1))).toBe('Too many attempts. You can try again in 1 second.');
    expect(errorMessage(en.t, limited(45))).toBe('Too many attempts. You can try again in 45 seconds.');
    expect(errorMessage(en.t, limited(61))).toBe('Too many attempts. You can try again in 2 minutes.');
    expect(errorMessage(en.t, limited(900))).toBe('Too many attempts. You can try again in 15 minutes.');
    expect(errorMessage(en.t, limited(3600))).toBe('Too many attempts. You can try again in 1 hour.');
    expect(errorMessage(en.t, limited(7000))).toBe('Too many attempts. You can try again in 2 hours.');
    // Without a time (better-auth's own limit), the general words.
    expect(errorMessage(en.t, limited())).toBe(resources.en.common.errors.rate_limited);
    const nl = i18next.createInstance();
    await nl.init({ resources, lng: 'nl', ns: namespaces, defaultNS: defaultNamespace, contextSeparator: '~' });
    expect(errorMessage(nl.t, limited(900))).toBe('Te veel pogingen. Je kunt het over 15 minuten opnieuw proberen.');
    expect(errorMessage(nl.t, limited(60))).toBe('Te veel pogingen. Je kunt het over 1 minuut opnieuw proberen.');
  });
});
