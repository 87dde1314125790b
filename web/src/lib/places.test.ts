import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, LANGUAGE_CODES } from '../../../contract/places';
import { countryName, countryOptions, languageList, languageName, languageOptions, matchOptions, placeCodeFromText } from './places';

describe('places', () => {
  it('names countries and languages in the page language', () => {
    expect([countryName('NL', 'en'), countryName('NL', 'nl'), countryName('DE', 'nl'), countryName('XK', 'en')]).toEqual([
      'Netherlands',
      'Nederland',
      'Duitsland',
      'Kosovo',
    ]);
    expect([languageName('nl', 'en'), languageName('nl', 'nl'), languageName('en', 'nl')]).toEqual(['Dutch', 'Nederlands', 'Engels']);
    expect(languageList(['nl', 'en'], 'nl')).toBe('Nederlands en Engels');
    expect(languageList(['nl', 'en', 'de'], 'en')).toBe('Dutch, English, and German');
  });

  it('shows what it cannot name as it is', () => {
    expect(countryName('Atlantis', 'en')).toBe('Atlantis');
    expect(languageName('Elvish', 'nl')).toBe('Elvish');
  });

  it('lists every code once, sorted by its name in the page language', () => {
    for (const locale of ['en', 'nl']) {
      const countries = countryOptions(locale);
      expect(countries.map((option) => option.code).sort()).toEqual([...COUNTRY_CODES].sort());
      expect(languageOptions(locale)).toHaveLength(LANGUAGE_CODES.length);
      const names = countries.map((option) => option.name);
      expect(names).toEqual([...names].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare));
    }
    // Every country has a real name, in both languages (not its code).
    expect(countryOptions('nl').filter((option) => option.name === option.code)).toEqual([]);
  });

  it('matches typed text by the start of a name or a word, ignoring case and accents, then by code', () => {
    expect(matchOptions(languageOptions('nl'), 'ned').map((option) => option.code)).toEqual(['nl']);
    expect(matchOptions(languageOptions('en'), 'FRIS').map((option) => option.code)).toContain('fy');
    expect(matchOptions(countryOptions('nl'), 'belgie').map((option) => option.code)).toEqual(['BE']);
    expect(matchOptions(languageOptions('en'), 'nl').map((option) => option.code)).toEqual(['nl']);
    expect(matchOptions(languageOptions('en'), 'zzz')).toEqual([]);
  });

  it('reads a country or language written out in English or Dutch as its code', () => {
    expect(placeCodeFromText('country', 'Nederland')).toBe('NL');
    expect(placeCodeFromText('country', 'nl')).toBe('NL');
    expect(placeCodeFromText('language', 'DUTCH')).toBe('nl');
    expect(placeCodeFromText('language', 'Klingon')).toBeNull();
  });
});
