import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES, LANGUAGE_CODES, isCountryCode, isLanguageCode } from '../../../contract/places';

/**
 * Names of countries and languages, in the reader's language, from the browser's own lists
 * (`Intl.DisplayNames`): the API stores and sends codes only (ADR 0026), so no translation file
 * carries 250 names. Anything else (old free text in a shared link) is shown as it is.
 */

export interface PlaceOption {
  code: string;
  name: string;
}

type Kind = 'region' | 'language';

const namers = new Map<string, Intl.DisplayNames>();
function namer(locale: string, type: Kind): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let found = namers.get(key);
  if (!found) {
    found = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    namers.set(key, found);
  }
  return found;
}

function nameOf(code: string, locale: string, type: Kind): string {
  if (!(type === 'region' ? isCountryCode(code) : isLanguageCode(code))) return code;
  try {
    return namer(locale, type).of(code) ?? code;
  } catch {
    return code;
  }
}

export const countryName = (code: string, locale: string): string => nameOf(code, locale, 'region');
export const languageName = (code: string, locale: string): string => nameOf(code, locale, 'language');

/** "Dutch, English and German" in the reader's language. */
export const languageList = (codes: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((code) => languageName(code, locale)));

const optionLists = new Map<string, PlaceOption[]>();
function options(locale: string, type: Kind): PlaceOption[] {
  const key = `${locale}:${type}`;
  let list = optionLists.get(key);
  if (!list) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    const codes: readonly string[] = type === 'region' ? COUNTRY_CODES : LANGUAGE_CODES;
    list = codes.map((code) => ({ code, name: nameOf(code, locale, type) })).sort((a, b) => collator.compare(a.name, b.name));
    optionLists.set(key, list);
  }
  return list;
}

/** Every country, sorted by its name in the reader's language. */
export const countryOptions = (locale: string): PlaceOption[] => options(locale, 'region');
/** Every language, sorted by its name in the reader's language. */
export const languageOptions = (locale: string): PlaceOption[] => options(locale, 'language');

/** Text as compared while typing: lower case, without accents. */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The options that match what a member typed: names that start with it first, then names with a
 * word that starts with it, then a code typed exactly. Case and accents do not matter.
 */
export function matchOptions(list: readonly PlaceOption[], typed: string, limit = 8): PlaceOption[] {
  const query = foldText(typed);
  if (!query) return list.slice(0, limit);
  const starts: PlaceOption[] = [];
  const words: PlaceOption[] = [];
  const codes: PlaceOption[] = [];
  for (const option of list) {
    const name = foldText(option.name);
    if (name.startsWith(query)) starts.push(option);
    else if (name.split(/[\s(-]+/).some((word) => word.startsWith(query))) words.push(option);
    else if (option.code.toLowerCase() === query) codes.push(option);
  }
  return [...starts, ...words, ...codes].slice(0, limit);
}

/**
 * The code of a country or language named in a shared search link from before codes (`?country=
 * Netherlands`, `?language=Nederlands`): its code, or its name in English or Dutch. Null otherwise.
 */
export function placeCodeFromText(kind: 'country' | 'language', text: string): string | null {
  if (kind === 'country' && isCountryCode(text.toUpperCase())) return text.toUpperCase();
  if (kind === 'language' && isLanguageCode(text.toLowerCase())) return text.toLowerCase();
  const typed = foldText(text);
  for (const locale of ['en', 'nl']) {
    const found = options(locale, kind === 'country' ? 'region' : 'language').find((option) => foldText(option.name) === typed);
    if (found) return found.code;
  }
  return null;
}

/** The naming functions in the page's language. */
export function usePlaceNames() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      locale,
      countryName: (code: string) => countryName(code, locale),
      languageName: (code: string) => languageName(code, locale),
      languageList: (codes: readonly string[]) => languageList(codes, locale),
      countryOptions: () => countryOptions(locale),
      languageOptions: () => languageOptions(locale),
    }),
    [locale],
  );
}
