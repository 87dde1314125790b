import { isLanguage, type Language } from '../../../contract/i18n';

interface LanguageSources {
  /** The signed-in member's saved choice. */
  account?: string | null;
  /** The choice this browser remembers. */
  stored?: string | null;
  /** The browser's preferred languages, best first (navigator.languages). */
  browser?: readonly string[];
  /** The installation's default. */
  siteDefault: Language;
}

/** Which language to show: an explicit choice first, then the browser's preference, then the site's default. */
export function resolveLanguage({ account, stored, browser = [], siteDefault }: LanguageSources): Language {
  if (isLanguage(account)) return account;
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return siteDefault;
}
