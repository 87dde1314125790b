import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/**
 * Every sentence is true of the installation it runs on (issue 17, item 2): this one has no
 * sign-in provider, so no page may mention one; a student becomes an alumnus through "I have
 * graduated". (Reporting a message, deleting one's account and downloading one's data exist now:
 * Help explains them.) Only the pages' main content is read here.
 */
const app = useApp();
const browser = useBrowser();

/** Words for things this installation does not have, per language. */
const ABSENT: Record<Language, RegExp[]> = {
  en: [/linkedin/i, /\bsoon\b/i, /become an alumnus/i],
  nl: [/linkedin/i, /binnenkort/i, /alumnus te worden/i],
};

const SUPPORT = 'mentors@test.example';

/** The text of the page's main area, folded-away answers included. */
const mainText = (visitor: Visitor) => visitor.page.locator('main').evaluate((main) => main.textContent ?? '');

/** Visits a page, takes its picture, and notes (without stopping) every absent thing it mentions. */
async function checkPage(visitor: Visitor, pathname: string, step: string): Promise<string> {
  await visitor.visit(pathname);
  await visitor.screenshot(step);
  const text = await mainText(visitor);
  const found = ABSENT[visitor.options.language].filter((pattern) => pattern.test(text)).map((pattern) => `${pattern} in “${text.match(pattern)?.[0]}”`);
  expect.soft(found, `${pathname} mentions what this installation does not have`).toEqual([]);
  return text;
}

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['desktop', 'nl'],
  ['phone', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('product-text runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('The public pages promise nothing this installation lacks', async () => {
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(visitor);
    const home = await checkPage(visitor, '/', 'home');
    expect.soft(home).toContain(language === 'en' ? 'with your email address' : 'met je e-mailadres');
    const help = await checkPage(visitor, '/help', 'help');
    // The real ways: the alumni office's address for what members cannot do themselves.
    expect.soft(help).toContain(SUPPORT);
    // Reporting is built: Help says where the yellow button is.
    expect.soft(help).toContain(language === 'en' ? 'yellow Report button' : 'gele knop Melden');
    await checkPage(visitor, '/privacy', 'privacy');
  });

  test('A student and a member of staff read only what they can do', async () => {
    const student = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(student);
    await registerAs(student, { role: 'student', language });
    await checkPage(student, '/dashboard', 'student dashboard');
    await checkPage(student, '/settings', 'settings');
    const mentorTab = await checkPage(student, '/profile/mentor', 'student mentor tab');
    // The real way for a student: the button on the Personal tab, not a mail to the office.
    expect.soft(mentorTab).toContain(language === 'en' ? 'I have graduated' : 'Ik ben afgestudeerd');

    const staff = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(staff);
    await registerAs(staff, { role: 'staff', language });
    const staffTab = await checkPage(staff, '/profile/mentor', 'staff mentor tab');
    expect.soft(staffTab).toContain(SUPPORT);
  });
});
