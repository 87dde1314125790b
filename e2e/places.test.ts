import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/accessibility';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/** What the members read and type, in each language: names come from the browser's own lists. */
const TEXT = {
  en: {
    country: 'Country',
    languages: 'Languages',
    countryTyped: 'Belg',
    country_: 'Belgium',
    dutchTyped: 'dut',
    dutch: 'Dutch',
    englishTyped: 'ENG',
    english: 'English',
    frenchTyped: 'fren',
    french: 'French',
    remove: (name: string) => `Remove ${name}`,
    noMatch: 'No language on the list is called “Klingon”',
    save: 'Save changes',
    saved: 'Your changes have been saved.',
    mentorLanguages: 'Languages you mentor in',
    activate: 'Activate Mentor Profile',
    languageFacet: 'Language',
    chip: (kind: string, value: string) => `${kind}: ${value}`,
  },
  nl: {
    country: 'Land',
    languages: 'Talen',
    countryTyped: 'Belg',
    country_: 'België',
    dutchTyped: 'ned',
    dutch: 'Nederlands',
    englishTyped: 'ENG',
    english: 'Engels',
    frenchTyped: 'fran',
    french: 'Frans',
    remove: (name: string) => `${name} verwijderen`,
    noMatch: 'Er staat geen taal “Klingon” op de lijst',
    save: 'Wijzigingen opslaan',
    saved: 'Je wijzigingen zijn opgeslagen.',
    mentorLanguages: 'Talen waarin je begeleidt',
    activate: 'Mentorprofiel activeren',
    languageFacet: 'Taal',
    chip: (kind: string, value: string) => `${kind}: ${value}`,
  },
} as const;

const app = useApp();
const browser = useBrowser();

const RUNS: [ViewportName, Language, Language][] = [
  ['desktop', 'en', 'nl'],
  ['phone', 'nl', 'en'],
];

describe.each(runsToday('places runs', RUNS))('at %s width in %s', (viewport, language, otherLanguage) => {
  const text = TEXT[language];
  const other = TEXT[otherLanguage];

  test('An alumna chooses her country and languages with the keyboard, and members read them in their own language', async () => {
    const alumna = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = alumna;
    await dismissCookieNotice(alumna);
    const me = await registerAs(alumna, { role: 'alumnus', firstName: 'Noor', familyName: `Places ${viewport}`, language });
    await alumna.visit('/profile');

    // The country: a native select that jumps to a country as its name is typed.
    const country = page.getByRole('combobox', { name: text.country, exact: true });
    await country.focus();
    await page.keyboard.type(text.countryTyped);
    expect(await country.inputValue()).toBe('BE');
    expect(await country.locator('option:checked').textContent()).toBe(text.country_);

    // The languages: type part of a name, arrow down to it, Enter adds it as a chip.
    const languages = page.getByRole('combobox', { name: text.languages, exact: true });
    await languages.focus();
    await page.keyboard.type(text.dutchTyped);
    const options = page.getByRole('listbox');
    await alumna.see(options.getByRole('option', { name: text.dutch, exact: true }));
    await expectAccessible(page);
    await alumna.screenshot('language list open', { fullPage: false });
    await page.keyboard.press('ArrowDown');
    expect(await languages.getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await alumna.see(page.getByRole('button', { name: text.remove(text.dutch) }));
    expect(await languages.inputValue()).toBe('');

    // One match and Enter takes it; upper case and part of the name do not matter.
    await page.keyboard.type(text.englishTyped);
    await page.keyboard.press('Enter');
    await alumna.see(page.getByRole('button', { name: text.remove(text.english) }));
    await page.keyboard.type(text.frenchTyped);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await alumna.see(page.getByRole('button', { name: text.remove(text.french) }));

    // A name that is not on the list is explained, not added, and the form is not sent.
    await page.keyboard.type('Klingon');
    await page.keyboard.press('Enter');
    await alumna.see(page.getByRole('alert').filter({ hasText: text.noMatch }));
    await expectAccessible(page);
    await alumna.screenshot('language not on the list');
    await page.keyboard.press('Escape');
    expect(await languages.inputValue()).toBe('');

    // A chip's remove button, by keyboard; the focus comes back to the box.
    await page.getByRole('button', { name: text.remove(text.french) }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: text.remove(text.french) }).count()).toBe(0);
    expect(await languages.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: text.save }).focus();
    await page.keyboard.press('Enter');
    await alumna.see(page.getByText(text.saved));
    await alumna.screenshot('profile saved');
    const saved = await (await page.context().request.get(new URL('/api/me', app.url).href)).json();
    expect(saved).toMatchObject({ country: 'BE', languages: ['nl', 'en'] });

    // The Mentor tab edits the same fields: it shows them with the same names.
    await page.context().request.post(new URL('/api/me/mentor-profile/activate', app.url).href, { headers: { origin: app.url } });
    await page.context().request.put(new URL('/api/me/mentor-profile', app.url).href, {
      headers: { origin: app.url },
      data: { headline: 'Translator between Dutch and French clients', expertise: ['Languages'], city: 'Brussel' },
    });
    await alumna.visit('/profile/mentor');
    await alumna.see(page.getByRole('button', { name: text.remove(text.english) }));
    expect(await page.getByRole('combobox', { name: text.country, exact: true }).inputValue()).toBe('BE');
    expect(await page.getByRole('combobox', { name: text.mentorLanguages, exact: true }).count()).toBe(1);
    await alumna.screenshot('mentor tab');

    // A member who reads the other language sees the names in it: profile, card, filters.
    const reader = await browser.open({ baseURL: app.url, viewport, language: otherLanguage });
    await dismissCookieNotice(reader);
    await registerAs(reader, { role: 'student', language: otherLanguage });
    await reader.visit(`/members/${me.username}`);
    await reader.see(reader.page.getByText(`Brussel, ${other.country_}`));
    await reader.see(reader.page.getByText(new Intl.ListFormat(otherLanguage, { type: 'conjunction' }).format([other.dutch, other.english])));
    await reader.screenshot('member profile');

    // An old shared link with names finds the same mentor, its filters named in the reader's language.
    await reader.visit(`/search?q=Translator&country=Belgium&language=Nederlands`);
    await reader.see(reader.page.getByRole('link', { name: me.name }));
    await reader.see(reader.page.getByRole('button', { name: new RegExp(`${other.country}: ${other.country_}`) }));
    await reader.see(reader.page.getByRole('button', { name: new RegExp(`${other.languageFacet}: ${other.dutch}`) }));
    await reader.screenshot('search with place filters');
  });
});
