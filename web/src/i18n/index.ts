/// <reference types="vite/client" />
import i18next, { type BackendModule, type Namespace } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../contract/i18n';
import { SHELL_NAMESPACES } from '../app/pages';
import { readStored, storageKeys } from '../lib/storage';
import { resolveLanguage } from './language';
import type { defaultNamespace as DefaultNamespace, namespaces as Namespaces } from './resources';

export type TranslationNamespace = (typeof Namespaces)[number];

const defaultNamespace: typeof DefaultNamespace = 'common';

// One chunk per language and namespace, fetched when a page needs it: only the language being read
// travels, and only the parts of it the pages opened so far use (ADR 0029).
const translations = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json');

const lazyTranslations: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = translations[`./locales/${language}/${namespace}.json`];
    if (!load) {
      done(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => done(null, module.default),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/** The language to start loading before the site and the account are known: a choice, else the browser's. */
const firstGuess = resolveLanguage({ stored: readStored(storageKeys.language), browser: navigator.languages, siteDefault: 'en' });

/**
 * Resolves when the shell's texts in the first guess have arrived. The types make every Dutch text
 * exist, so there is no fallback language to load beside the one being read.
 */
export const i18nReady: Promise<unknown> = i18n
  .use(lazyTranslations)
  .use(initReactI18next)
  .init({
    lng: firstGuess,
    fallbackLng: false,
    load: 'currentOnly',
    supportedLngs: [...LANGUAGES],
    ns: [...SHELL_NAMESPACES],
    defaultNS: defaultNamespace,
    interpolation: { escapeValue: false },
    contextSeparator: '~',
  });

/** Loads a page's namespaces in the language being read, so the page does not suspend for them. */
export function loadNamespaces(namespaces: readonly TranslationNamespace[]): Promise<void> {
  return namespaces.length ? i18n.loadNamespaces([...namespaces] as Namespace) : Promise.resolve();
}

/** Switches to the account's language, else the remembered or preferred one, else the site's default. */
export function syncLanguage({ account, siteDefault }: { account?: Language; siteDefault: Language }): Promise<unknown> {
  const language = resolveLanguage({ account, stored: readStored(storageKeys.language), browser: navigator.languages, siteDefault });
  // changeLanguage loads every namespace in use in the new language first, then switches.
  return language === i18n.language ? Promise.resolve() : i18n.changeLanguage(language);
}
