import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { createMentor } from './support/mentors';
import { registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/** The interface's words for these stories, per language (the English ones are the help page's). */
const WORDS = {
  en: {
    profile: 'Profile',
    mentorTab: 'Mentor',
    menu: 'Menu',
    activate: 'Activate Mentor Profile',
    pause: 'Pause mentoring',
    resume: 'Activate mentoring now',
    headline: 'Headline',
    approach: 'What mentees can approach me about',
    expertise: 'Expertise areas',
    languages: 'Languages you mentor in',
    dutch: 'Dutch',
    notListedYet: 'Not listed yet',
    add: 'Add',
    industry: 'Industry',
    saveProfile: 'Save mentor profile',
    profileSaved: 'Your mentor profile is saved.',
    history: 'Mentor History',
    maxMentees: 'Maximum number of mentees',
    save: 'Save',
    capacity: '0 of 4 places taken.',
    paused: 'Paused',
    available: 'Available',
    search: 'Search',
    searchBox: 'Search for mentors by name, expertise, employer or topic',
    filters: 'Filters',
    technology: 'Technology',
    oneFound: '1 mentor found',
    twoFound: '2 mentors found',
    approachHeading: 'What you can ask me about',
  },
  nl: {
    profile: 'Profiel',
    mentorTab: 'Mentor',
    menu: 'Menu',
    activate: 'Mentorprofiel activeren',
    pause: 'Mentorschap pauzeren',
    resume: 'Mentorschap nu activeren',
    headline: 'Kopregel',
    approach: 'Waarmee mentees bij mij terechtkunnen',
    expertise: 'Expertisegebieden',
    languages: 'Talen waarin je begeleidt',
    dutch: 'Nederlands',
    notListedYet: 'Nog niet zichtbaar',
    add: 'Toevoegen',
    industry: 'Sector',
    saveProfile: 'Mentorprofiel opslaan',
    profileSaved: 'Je mentorprofiel is opgeslagen.',
    history: 'Mentorgeschiedenis',
    maxMentees: 'Maximaal aantal mentees',
    save: 'Opslaan',
    capacity: '0 van 4 plekken bezet.',
    paused: 'Gepauzeerd',
    available: 'Beschikbaar',
    search: 'Zoeken',
    searchBox: 'Zoek mentoren op naam, expertise, werkgever of onderwerp',
    filters: 'Filters',
    technology: 'Technologie',
    oneFound: '1 mentor gevonden',
    twoFound: '2 mentoren gevonden',
    approachHeading: 'Waarmee je bij mij terechtkunt',
  },
} as const;

/** Closes the cookie notice, so full-page screenshots show the page underneath. */
async function dismissCookieNotice(visitor: Visitor) {
  await visitor.page.getByRole('button', { name: 'OK', exact: true }).click();
}

async function openMenuItem(visitor: Visitor, viewport: ViewportName, name: string) {
  const { page } = visitor;
  if (viewport === 'phone') await page.getByRole('button', { name: WORDS[visitor.options.language].menu }).click();
  await visitor.follow(() => page.getByRole('navigation', { name: /main menu|hoofdmenu/i }).getByRole('link', { name, exact: true }).click());
}

const ALUMNUS_RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('mentors alumnus runs', ALUMNUS_RUNS))('at %s width in %s', (viewport, language) => {
  test('An alumnus activates the mentor profile, sets the maximum number of mentees, pauses and resumes', async () => {
    const words = WORDS[language];
    const alumnus = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = alumnus;
    await registerAs(alumnus, {
      role: 'alumnus',
      firstName: 'Sanne',
      familyName: 'de Vries',
      studyProgramme: 'Law',
      startYear: 2007,
      graduationYear: 2012,
      language,
    });
    await alumnus.visit('/dashboard');
    await dismissCookieNotice(alumnus);

    await openMenuItem(alumnus, viewport, words.profile);
    await alumnus.follow(() => page.getByRole('navigation', { name: words.profile }).getByRole('link', { name: words.mentorTab }).click());
    expect(new URL(page.url()).pathname).toBe('/profile/mentor');
    await alumnus.checkPage();
    await alumnus.screenshot('before activation');

    await page.getByRole('button', { name: words.activate }).click();
    await alumnus.see(page.getByRole('button', { name: words.pause }));
    // Not listed until the profile says enough for a mentee to choose (issue 17 item 7).
    await alumnus.see(page.getByText(words.notListedYet, { exact: true }));

    await page.getByLabel(words.headline).fill('Employment lawyer who likes to help students find their way');
    await page.getByLabel(words.approach).fill('Choosing between a law firm and working in-house; traineeships.');
    const expertise = page.getByLabel(words.expertise, { exact: true });
    await expertise.fill('Litigation');
    await expertise.press('Enter');
    await expertise.fill('Negotiation');
    await page.getByRole('button', { name: words.add, exact: true }).first().click();
    await page.getByLabel(words.industry).selectOption('legal');
    const languages = page.getByLabel(words.languages, { exact: true });
    await languages.fill(words.dutch);
    await languages.press('Enter');
    await page.getByRole('button', { name: words.saveProfile }).click();
    await alumnus.see(page.getByText(words.profileSaved));
    await alumnus.see(page.getByText(words.available, { exact: true }).first());

    const history = page.getByRole('region', { name: words.history });
    await history.getByLabel(words.maxMentees).selectOption('4');
    await history.getByRole('button', { name: words.save, exact: true }).click();
    await alumnus.see(history.getByText(words.capacity));
    await alumnus.checkPage();
    await alumnus.screenshot('activated');

    await page.getByRole('button', { name: words.pause }).click();
    const resume = await alumnus.see(page.getByRole('button', { name: words.resume }));
    await alumnus.see(page.getByText(words.paused, { exact: true }).first());
    expect(await resume.getAttribute('class')).toContain('button-positive');
    await alumnus.checkPage();
    await alumnus.screenshot('paused');

    await resume.click();
    await alumnus.see(page.getByRole('button', { name: words.pause }));

    const saved = await page.context().request.get(new URL('/api/me/mentor-profile', app.url).href);
    expect(await saved.json()).toMatchObject({
      canMentor: true,
      profile: { maxMentees: 4, pausedAt: null, availability: 'available', expertise: ['Litigation', 'Negotiation'], industry: 'legal' },
    });
  });
});

const STUDENT_RUNS: [ViewportName, Language, string][] = [
  ['desktop', 'nl', 'volcanology'],
  ['phone', 'en', 'glaciology'],
];

describe.each(runsToday('mentors student runs', STUDENT_RUNS))('at %s width in %s', (viewport, language, topic) => {
  test('A student searches by text and a filter, shares the link and opens a mentor profile', async () => {
    const words = WORDS[language];
    const programme = `Earth Sciences (${topic})`;
    const lotte = await createMentor(
      app.url,
      { firstName: 'Lotte', familyName: `Vermeer ${viewport}`, studyProgramme: programme, startYear: 2006, graduationYear: 2011 },
      {
        headline: `Data engineer who fell in love with ${topic}`,
        approach: 'Moving from research into a technology company, and learning to program on the job.',
        expertise: ['Data science', 'Software engineering'],
        industry: 'technology',
        jobTitle: 'Data engineer',
        employer: 'Polder Systems',
        city: 'Amsterdam',
        country: 'NL',
        languages: ['nl', 'en'],
      },
    );
    await createMentor(
      app.url,
      { firstName: 'Pieter', familyName: `Jansen ${viewport}`, studyProgramme: 'Economics', startYear: 2000, graduationYear: 2005 },
      { headline: `Risk analyst with a past in ${topic}`, expertise: ['Finance'], industry: 'finance', city: 'Rotterdam', country: 'NL' },
    );
    await createMentor(
      app.url,
      { firstName: 'Iris', familyName: `Bos ${viewport}`, studyProgramme: 'Physics', startYear: 2010, graduationYear: 2015 },
      { headline: `Teacher and ${topic} enthusiast`, expertise: ['Teaching'], industry: 'technology' },
      { paused: true },
    );

    const student = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = student;
    await registerAs(student, { role: 'student', firstName: 'Daan', familyName: 'Jansen', studyProgramme: programme, startYear: 2022, language });
    await student.visit('/dashboard');
    await dismissCookieNotice(student);
    await openMenuItem(student, viewport, words.search);
    await student.see(page.getByRole('heading', { level: 1, name: words.search }));

    // The student's programme brings Lotte up as a suggestion, with the reason (folded away behind a
    // button on every screen, so the first results show on the first screen).
    const suggestions = page.getByRole('region', { name: language === 'en' ? 'Suggested mentors' : 'Voorgestelde mentoren' });
    const toggle = suggestions.getByRole('button', { name: language === 'en' ? /^Suggested mentors/ : /^Voorgestelde mentoren/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await student.see(suggestions.getByRole('link', { name: lotte.name }));
    await student.see(suggestions.getByText(language === 'en' ? `Also studied ${programme}` : `Studeerde ook ${programme}`));
    await student.screenshot('search with suggestions');

    await page.getByLabel(words.searchBox).fill(topic);
    await page.getByLabel(words.searchBox).press('Enter');
    const results = page.getByRole('region', { name: language === 'en' ? 'Mentors' : 'Mentoren', exact: true });
    // Iris has paused, so "available only" (on by default) leaves her out.
    await student.see(results.getByText(words.twoFound));
    await student.see(results.getByRole('link', { name: lotte.name }));
    expect(await results.getByRole('link', { name: /Iris Bos/ }).count()).toBe(0);

    if (viewport === 'phone') await page.getByRole('button', { name: words.filters }).click();
    await page.getByLabel(words.industry).selectOption('technology');
    await student.see(results.getByText(words.oneFound));
    if (viewport === 'phone') {
      // The panel covers the results on a phone: closing it takes the reader to them.
      await page.getByRole('button', { name: language === 'en' ? 'Show the results' : 'Toon de resultaten' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    }
    const shared = new URL(page.url());
    expect(shared.searchParams.get('q')).toBe(topic);
    expect(shared.searchParams.get('industry')).toBe('technology');
    await student.checkPage();
    await student.screenshot('results');

    // The address is the search: opened afresh, it shows the same results and filters.
    await student.visit(shared.pathname + shared.search);
    await student.see(results.getByText(words.oneFound));
    if (viewport === 'phone') await page.getByRole('button', { name: /^Filters/ }).click();
    expect(await page.getByLabel(words.industry).inputValue()).toBe('technology');

    await student.follow(() => results.getByRole('link', { name: lotte.name }).click());
    expect(new URL(page.url()).pathname).toBe(`/members/${lotte.username}`);
    await student.see(page.getByRole('heading', { level: 1, name: lotte.name }));
    await student.see(page.getByRole('heading', { level: 2, name: words.approachHeading }));
    await student.see(page.getByText(words.available, { exact: true }));
    await student.screenshot('mentor profile');

    await student.follow(() => page.getByRole('link', { name: language === 'en' ? 'Back' : 'Terug' }).click());
    expect(new URL(page.url()).search).toBe(shared.search);
    await student.see(results.getByText(words.oneFound));

    // One mentor per page: the second page has an address of its own, and focus moves to the results.
    await student.visit(`/search?q=${topic}&pageSize=1`);
    await student.see(results.getByText(words.twoFound));
    await student.follow(() => results.getByRole('link', { name: language === 'en' ? 'Page 2' : 'Pagina 2' }).click());
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    expect(await results.getByRole('link', { name: /Vermeer|Jansen/ }).count()).toBe(1);
  });
});

test('A member of staff reads why they cannot be a mentor', async () => {
  const staff = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const { page } = staff;
  await registerAs(staff, { role: 'staff' });
  await staff.visit('/profile/mentor');
  await dismissCookieNotice(staff);
  await staff.see(page.getByText('Staff accounts cannot be mentors.'));
  expect(await page.getByRole('button', { name: 'Activate Mentor Profile' }).count()).toBe(0);
  await staff.screenshot('staff');
});

test('A member adds an interest on the dashboard and a mentor with that expertise is suggested', async () => {
  const mentor = await createMentor(
    app.url,
    { firstName: 'Noor', familyName: 'Haddad', studyProgramme: 'Medicine', startYear: 2010, graduationYear: 2016 },
    { headline: 'Paediatrician in training', expertise: ['Healthcare management', 'Research'], industry: 'healthcare' },
  );
  const member = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const { page } = member;
  await registerAs(member, { role: 'student', studyProgramme: 'Archaeology of the Andes', startYear: 2023 });
  await member.visit('/dashboard');
  await dismissCookieNotice(member);

  const suggestions = page.getByRole('region', { name: 'Suggested mentors' });
  await member.see(suggestions.getByText('We have no suggestions for you yet.'));
  const interest = suggestions.getByLabel('What would you like help with?');
  await interest.fill('healthcare management');
  await interest.press('Enter');
  await suggestions.getByRole('button', { name: 'Save interests' }).click();
  await member.see(suggestions.getByRole('link', { name: mentor.name }));
  await member.see(suggestions.getByText('Knows about Healthcare management, which interests you'));
  await member.checkPage();
  await member.screenshot('dashboard suggestions');
});

test('A visitor who opens a mentor profile is asked to sign in first', async () => {
  const visitor = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  await visitor.visit('/members/someone');
  const url = new URL(visitor.page.url());
  expect(url.pathname).toBe('/sign-in');
  expect(url.searchParams.get('redirectTo')).toBe('/members/someone');
});
