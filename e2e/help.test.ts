import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/accessibility';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { dismissCookieNotice } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/** The Help page's search, with the keyboard alone. */
const app = useApp();
const browser = useBrowser();

const WORDS = {
  en: {
    search: 'Search the help',
    query: 'passwrd password',
    fixed: 'password',
    question: 'How do I change my password?',
    other: 'I am an alumnus. Can I be a mentor and a mentee at the same time?',
    none: 'No answer has all these words.',
  },
  nl: {
    search: 'Zoeken in de help',
    query: 'wachtwrd wachtwoord',
    fixed: 'wachtwoord',
    question: 'Hoe wijzig ik mijn wachtwoord?',
    other: 'Ik ben alumnus. Kan ik tegelijk mentor en mentee zijn?',
    none: 'Geen antwoord bevat al deze woorden.',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('help runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('A visitor searches the help and finds the answer opened', async () => {
    const words = WORDS[language];
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(visitor);
    await visitor.visit('/help');
    const { page } = visitor;
    await visitor.see(page.getByText(words.other, { exact: true }));

    // Every word typed must be found, so a typo finds nothing.
    const field = page.getByRole('searchbox', { name: words.search });
    await field.focus();
    await page.keyboard.type(words.query);
    await visitor.see(page.getByText(words.none));
    await expectAccessible(page);
    await visitor.screenshot('nothing-found');

    await page.keyboard.press('Control+A');
    await page.keyboard.type(words.fixed);
    const question = await visitor.see(page.getByText(words.question, { exact: true }));
    expect(await question.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByText(words.other, { exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await visitor.screenshot('found');
  });
});
