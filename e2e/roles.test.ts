import { describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/**
 * Each role sees only what it can do (issue 17, items 5 and 7): staff get no mentor sections and no
 * Incoming tab; a new alumnus is invited to become a mentor; an activated mentor profile is not
 * listed until it says enough for a mentee, and the Mentor tab says what is missing.
 */
const WORDS = {
  en: {
    incomingHeading: 'Requests for you',
    becomeMentor: 'Become a mentor',
    activateLink: 'Activate your mentor profile',
    yourRequests: 'Your requests',
    helpHeading: 'How it works',
    helpLink: 'Read the help pages',
    incomingTab: 'Incoming',
    menteeLead: "The mentoring requests you have sent, and the mentors' answers.",
    noOutgoing: 'You have not sent a mentoring request yet.',
    activate: 'Activate Mentor Profile',
    pause: 'Pause mentoring',
    notListedYet: 'Not listed yet',
    missing: {
      headline: 'A headline, or what mentees can approach you about',
      expertise: 'At least one expertise area',
      languages: 'The languages you mentor in',
    },
    available: 'Available',
    headline: 'Headline',
    expertise: 'Expertise areas',
    languages: 'Languages you mentor in',
    dutch: 'Dutch',
    save: 'Save mentor profile',
    saved: 'Your mentor profile is saved.',
    cannotFindYet: 'Mentees cannot find you yet.',
    finish: 'Finish your mentor profile',
  },
  nl: {
    incomingHeading: 'Verzoeken aan jou',
    becomeMentor: 'Word mentor',
    activateLink: 'Activeer je mentorprofiel',
    yourRequests: 'Jouw verzoeken',
    helpHeading: 'Zo werkt het',
    helpLink: 'Lees de helppagina’s',
    incomingTab: 'Inkomend',
    menteeLead: 'De mentorverzoeken die je hebt verstuurd, en de antwoorden van de mentoren.',
    noOutgoing: 'Je hebt nog geen mentorverzoek verstuurd.',
    activate: 'Mentorprofiel activeren',
    pause: 'Mentorschap pauzeren',
    notListedYet: 'Nog niet zichtbaar',
    missing: {
      headline: 'Een kopregel, of waarvoor mentees bij je terechtkunnen',
      expertise: 'Minstens één expertisegebied',
      languages: 'De talen waarin je begeleidt',
    },
    available: 'Beschikbaar',
    headline: 'Kopregel',
    expertise: 'Expertisegebieden',
    languages: 'Talen waarin je begeleidt',
    dutch: 'Nederlands',
    save: 'Mentorprofiel opslaan',
    saved: 'Je mentorprofiel is opgeslagen.',
    cannotFindYet: 'Mentees kunnen je nog niet vinden.',
    finish: 'Maak je mentorprofiel af',
  },
} as const;

/**
 * Whether something appears within a few seconds. The checks below are soft (`expect.soft`), so the
 * same story run on the code before this change still takes every screenshot, to compare.
 */
async function appears(locator: Locator, timeout = 4_000): Promise<boolean> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
    return true;
  } catch {
    return false;
  }
}

const heading = (visitor: Visitor, name: string) => visitor.page.getByRole('heading', { name, exact: true });

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

describe.each(runsToday('roles runs', RUNS))('at %s width in %s', (viewport, language) => {
  const words = WORDS[language];

  test('A member of staff sees no mentor sections and no Incoming tab, but where to search and find help', async () => {
    const staff = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = staff;
    await dismissCookieNotice(staff);
    await registerAs(staff, { role: 'staff', firstName: 'Annelies', familyName: `Brouwer ${viewport}${language}`, language });

    await staff.visit('/dashboard');
    await staff.screenshot('dashboard');
    expect.soft(await appears(heading(staff, words.yourRequests)), 'own requests shown').toBe(true);
    expect.soft(await heading(staff, words.incomingHeading).count(), 'no requests-for-you section').toBe(0);
    expect.soft(await heading(staff, words.becomeMentor).count(), 'no become-a-mentor prompt').toBe(0);
    expect.soft(await appears(heading(staff, words.helpHeading)), 'a help next step').toBe(true);
    expect.soft(await page.getByRole('link', { name: words.helpLink }).getAttribute('href', { timeout: 1_000 }).catch(() => null)).toBe('/help');

    await staff.visit('/requests');
    await staff.screenshot('requests');
    expect.soft(await appears(page.getByText(words.noOutgoing)), 'the outgoing list').toBe(true);
    expect.soft(await page.getByRole('link', { name: words.incomingTab }).count(), 'no Incoming tab').toBe(0);
    expect.soft(await appears(page.getByText(words.menteeLead)), 'the lead speaks of sent requests only').toBe(true);

    // An old link to the Incoming tab shows the member's own requests instead.
    await staff.visit('/requests?tab=incoming');
    expect.soft(await appears(page.getByText(words.noOutgoing)), 'Outgoing for ?tab=incoming').toBe(true);
  });

  test('A new alumnus is invited to mentor; the Mentor tab lists what is missing until the profile is listed', async () => {
    const alumnus = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = alumnus;
    await dismissCookieNotice(alumnus);
    await registerAs(alumnus, { role: 'alumnus', firstName: 'Jasper', familyName: `Bos ${viewport}${language}`, language });

    await alumnus.visit('/dashboard');
    await alumnus.screenshot('dashboard, new alumnus');
    expect.soft(await appears(heading(alumnus, words.becomeMentor)), 'the become-a-mentor prompt').toBe(true);
    expect.soft(await heading(alumnus, words.incomingHeading).count(), 'no requests-for-you yet').toBe(0);
    const invitation = page.getByRole('link', { name: words.activateLink });
    if (await invitation.count()) await alumnus.follow(() => invitation.click());
    else await alumnus.visit('/profile/mentor');
    expect(new URL(page.url()).pathname).toBe('/profile/mentor');

    await page.getByRole('button', { name: words.activate }).click();
    await alumnus.see(page.getByRole('button', { name: words.pause }));
    await alumnus.checkPage();
    await alumnus.screenshot('mentor tab, just activated');
    expect.soft(await appears(page.getByText(words.notListedYet, { exact: true })), 'not listed yet').toBe(true);
    for (const need of Object.values(words.missing)) {
      expect.soft(await page.getByRole('link', { name: need }).count(), `missing: ${need}`).toBe(1);
    }
    expect.soft(await page.getByText(words.available, { exact: true }).count(), 'not shown as available').toBe(0);

    // Each missing thing leads to its field.
    const toExpertise = page.getByRole('link', { name: words.missing.expertise });
    if (await toExpertise.count()) {
      await toExpertise.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('mentor-expertise-input');
    }
    const expertise = page.getByLabel(words.expertise, { exact: true });
    await expertise.fill('Litigation');
    await expertise.press('Enter');
    await page.getByRole('button', { name: words.save }).click();
    await alumnus.see(page.getByText(words.saved));
    expect.soft(await page.getByRole('link', { name: words.missing.expertise }).count(), 'expertise no longer missing').toBe(0);
    expect.soft(await page.getByRole('link', { name: words.missing.languages }).count(), 'languages still missing').toBe(1);

    await alumnus.visit('/dashboard');
    await alumnus.screenshot('dashboard, profile incomplete');
    expect.soft(await appears(page.getByText(words.cannotFindYet)), 'the dashboard says mentees cannot find them yet').toBe(true);
    expect.soft(await page.getByRole('link', { name: words.finish }).count(), 'and leads to the Mentor tab').toBe(1);

    await alumnus.visit('/profile/mentor');
    await page.getByLabel(words.headline).fill('Employment lawyer who likes to help students find their way');
    const languages = page.getByLabel(words.languages, { exact: true });
    await languages.fill(words.dutch);
    await languages.press('Enter');
    await page.getByRole('button', { name: words.save }).click();
    await alumnus.see(page.getByText(words.saved));
    expect.soft(await appears(page.getByText(words.available, { exact: true })), 'available once complete').toBe(true);
    expect.soft(await page.getByText(words.notListedYet, { exact: true }).count()).toBe(0);
    await alumnus.checkPage();
    await alumnus.screenshot('mentor tab, listed');

    await alumnus.visit('/dashboard');
    await alumnus.screenshot('dashboard, mentor');
    expect.soft(await appears(heading(alumnus, words.incomingHeading)), 'requests-for-you as a mentor').toBe(true);
    expect.soft(await heading(alumnus, words.becomeMentor).count()).toBe(0);
    expect.soft(await page.getByText(words.cannotFindYet).count()).toBe(0);
  });
});
