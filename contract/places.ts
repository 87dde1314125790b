import { z } from 'zod';

/**
 * Countries and languages are codes, so that search facets and filters do not split one place
 * into "Netherlands", "netherlands" and "NL" (ADR 0026). Names are never stored or sent: the web
 * app shows them in the reader's language with `Intl.DisplayNames` (web/src/lib/places.ts).
 */

/** ISO 3166-1 alpha-2: the 249 assigned codes, and XK for Kosovo (user-assigned, in wide use). */
export const COUNTRY_CODES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ',
  'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS',
  'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN',
  'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE',
  'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM',
  'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM',
  'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC',
  'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK',
  'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA',
  'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG',
  'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW',
  'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS',
  'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI',
  'VN', 'VU', 'WF', 'WS', 'XK', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

/** ISO 639-1: every two-letter language code (without the withdrawn `bh`). */
export const LANGUAGE_CODES = [
  'aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi',
  'bm', 'bn', 'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de',
  'dv', 'dz', 'ee', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy',
  'ga', 'gd', 'gl', 'gn', 'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz', 'ia',
  'id', 'ie', 'ig', 'ii', 'ik', 'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk',
  'kl', 'km', 'kn', 'ko', 'kr', 'ks', 'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo',
  'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk', 'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd',
  'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny', 'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl',
  'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa', 'sc', 'sd', 'se', 'sg', 'si', 'sk', 'sl',
  'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk',
  'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur', 'uz', 've', 'vi', 'vo', 'wa',
  'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** How many languages a member lists. */
export const MAX_LANGUAGES = 10;

/** Issue messages (validation keys the web app translates) for a place that is not on the lists. */
export const PLACE_ISSUES = {
  country: 'country_unknown',
  language: 'language_unknown',
  tooManyLanguages: 'too_many_languages',
} as const;

const countrySet: ReadonlySet<string> = new Set(COUNTRY_CODES);
const languageSet: ReadonlySet<string> = new Set(LANGUAGE_CODES);
export const isCountryCode = (value: unknown): value is CountryCode => typeof value === 'string' && countrySet.has(value);
export const isLanguageCode = (value: unknown): value is LanguageCode => typeof value === 'string' && languageSet.has(value);

export const CountryCodeSchema = z
  .enum(COUNTRY_CODES, { message: PLACE_ISSUES.country })
  .meta({ id: 'CountryCode', description: 'ISO 3166-1 alpha-2 country code, upper case (XK: Kosovo)' });
export const LanguageCodeSchema = z
  .enum(LANGUAGE_CODES, { message: PLACE_ISSUES.language })
  .meta({ id: 'LanguageCode', description: 'ISO 639-1 language code, lower case' });

/** A country in a profile update: a code, null to clear it; left out keeps it. */
export const countryField = () => CountryCodeSchema.nullable().optional();

/** Languages in a profile update, in the member's order; a code given twice counts once. Left out keeps them. */
export const languagesField = () =>
  z
    .array(LanguageCodeSchema)
    .max(MAX_LANGUAGES, { message: PLACE_ISSUES.tooManyLanguages })
    .transform((codes) => [...new Set(codes)])
    .optional();

/** A country or languages as the API returns them: codes (documented; not re-checked on the way out). */
export const countryOutput = () => z.string().nullable().meta({ description: 'ISO 3166-1 alpha-2 code' });
export const languagesOutput = () => z.array(z.string()).meta({ description: 'ISO 639-1 codes, in the member\'s order' });

/**
 * What a member had written as country or languages before these became codes, where it named no
 * country or language (migration 0018). Only the member sees it, on the forms that edit those
 * fields; saving the field clears it.
 */
export const UnmatchedPlacesSchema = z
  .object({ country: z.string().nullable(), languages: z.array(z.string()) })
  .meta({ id: 'UnmatchedPlaces' });
export type UnmatchedPlaces = z.infer<typeof UnmatchedPlacesSchema>;

export interface PlaceIssue {
  path: (string | number)[];
  code: 'invalid_value' | 'too_big';
  message: string;
}

/**
 * The problems of a country and languages, in the shape of validation issues: for services, which
 * refuse what did not come through the API's schemas (a seed, an import) in the same words.
 */
export function placeIssues(input: { country?: string | null; languages?: readonly string[] }): PlaceIssue[] {
  const issues: PlaceIssue[] = [];
  if (input.country != null && !isCountryCode(input.country)) {
    issues.push({ path: ['country'], code: 'invalid_value', message: PLACE_ISSUES.country });
  }
  if (input.languages) {
    if (input.languages.length > MAX_LANGUAGES) {
      issues.push({ path: ['languages'], code: 'too_big', message: PLACE_ISSUES.tooManyLanguages });
    }
    input.languages.forEach((code, index) => {
      if (!isLanguageCode(code)) issues.push({ path: ['languages', index], code: 'invalid_value', message: PLACE_ISSUES.language });
    });
  }
  return issues;
}
