import type { Language } from '../../../contract/i18n';

/**
 * The locale that writes the dates of each page language. English is British unless the
 * installation says otherwise (DATE_LOCALE_EN, sent with /api/site and set here by lib/site.ts).
 */
const DEFAULT_DATE_LOCALES: Record<Language, string> = { en: 'en-GB', nl: 'nl-NL' };
let dateLocales: Record<string, string> = DEFAULT_DATE_LOCALES;

/** Takes the installation's locales from /api/site; `null` goes back to the defaults. */
export function setDateLocales(locales: Partial<Record<Language, string>> | null): void {
  dateLocales = { ...DEFAULT_DATE_LOCALES, ...locales };
}

/** The locale for a page language ('en', or a regional 'en-US' as i18next may report it). */
function dateLocale(language: string): string {
  return dateLocales[language] ?? dateLocales[language.split('-')[0]!] ?? language;
}

/** A date and time the way readers of `language` expect it. */
export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A date without the time, the way readers of `language` expect it. */
export function formatDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(dateLocale(language), { dateStyle: 'long' }).format(new Date(iso));
}
