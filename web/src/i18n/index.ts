import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../contract/i18n';
import { readStored, storageKeys } from '../lib/storage';
import { resolveLanguage } from './language';
import { defaultNamespace, namespaces, resources } from './resources';

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

// Until the site settings arrive, English stands in for the installation's default language.
void i18n.use(initReactI18next).init({
  resources,
  lng: resolveLanguage({ stored: readStored(storageKeys.language), browser: navigator.languages, siteDefault: 'en' }),
  fallbackLng: LANGUAGES[0],
  supportedLngs: [...LANGUAGES],
  ns: namespaces,
  defaultNS: defaultNamespace,
  interpolation: { escapeValue: false },
  contextSeparator: '~',
  initAsync: false,
});

/** Switches to the account's language, else the remembered or preferred one, else the site's default. */
export function syncLanguage({ account, siteDefault }: { account?: Language; siteDefault: Language }): void {
  const language = resolveLanguage({ account, stored: readStored(storageKeys.language), browser: navigator.languages, siteDefault });
  if (language !== i18n.language) void i18n.changeLanguage(language);
}
