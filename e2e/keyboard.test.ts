import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { hasFocus, tabAndType, tabTo } from './support/keyboard';
import { dismissCookieNotice, registerAs } from './support/members';
import { becomeMentor } from './support/requests';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/**
 * The core flows with the keyboard alone (issue 17): a student registers, searches, sends a
 * mentoring request; the mentor accepts it; the student writes in the Inbox; the mentor reports
 * the message. Nothing is clicked or filled in: Tab, Shift+Tab, Enter, Space, arrows and typing.
 * Every page on the way is checked with axe, and every control reached shows its focus.
 */
const app = useApp();
const browser = useBrowser();

const WORDS = {
  en: {
    menu: 'Menu',
    register: 'Register',
    student: /^Student/,
    firstName: 'First name',
    familyName: 'Family name',
    dateOfBirth: 'Date of birth',
    username: 'User name',
    email: 'Email address',
    password: 'Password',
    programme: 'Study programme',
    startYear: 'Year you started',
    dashboard: 'Dashboard',
    search: 'Search',
    searchBox: 'Search for mentors by name, expertise, employer or topic',
    sendRequest: 'Send mentoring request',
    requestDialog: /^Mentoring request to/,
    motivation: /^Why would you like/,
    goals: /^What do you hope to achieve/,
    send: 'Send',
    sent: 'Your mentoring request is on its way',
    requests: 'Requests',
    accept: 'Accept',
    accepted: 'has started',
    inbox: /^Inbox/,
    conversations: 'Conversations',
    yourMessageTo: (name: string) => `Your message to ${name}`,
    report: 'Report',
    reportDialog: 'Report this message to the alumni office',
    harassment: 'Harassment or threats',
    sendReport: 'Send report',
    reportThanks: 'Thank you. Your report was sent to the alumni office.',
  },
  nl: {
    menu: 'Menu',
    register: 'Registreren',
    student: /^Student/,
    firstName: 'Voornaam',
    familyName: 'Achternaam',
    dateOfBirth: 'Geboortedatum',
    username: 'Gebruikersnaam',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    programme: 'Opleiding',
    startYear: 'Jaar waarin je begon',
    dashboard: 'Dashboard',
    search: 'Zoeken',
    searchBox: 'Zoek mentoren op naam, expertise, werkgever of onderwerp',
    sendRequest: 'Mentorverzoek versturen',
    requestDialog: /^Mentorverzoek aan/,
    motivation: /^Waarom wil je/,
    goals: /^Wat hoop je te bereiken/,
    send: 'Versturen',
    sent: 'Je mentorverzoek is onderweg',
    requests: 'Verzoeken',
    accept: 'Accepteren',
    accepted: 'is begonnen',
    inbox: /^Inbox/,
    conversations: 'Gesprekken',
    yourMessageTo: (name: string) => `Je bericht aan ${name}`,
    report: 'Melden',
    reportDialog: 'Dit bericht melden bij het alumnibureau',
    harassment: 'Intimidatie of bedreiging',
    sendReport: 'Melding versturen',
    reportThanks: 'Dank je. Je melding is naar het alumnibureau gestuurd.',
  },
} as const;

type Words = (typeof WORDS)[Language];

/** Goes to a page of the main menu by keyboard: on a phone, the menu button opens it first. */
async function menuTo(visitor: Visitor, words: Words, name: string | RegExp) {
  const { page } = visitor;
  if (visitor.options.viewport === 'phone') {
    await tabTo(visitor, page.getByRole('button', { name: words.menu, exact: true }));
    await page.keyboard.press('Enter');
  }
  await tabTo(visitor, page.getByRole('navigation', { name: /main menu|hoofdmenu/i }).getByRole('link', { name, exact: typeof name === 'string' }));
  await visitor.follow(() => page.keyboard.press('Enter'));
}

/** Tabs to a button or link and presses Enter on it, waiting for the page it leads to. */
async function activate(visitor: Visitor, target: Parameters<typeof tabTo>[1]) {
  await tabTo(visitor, target);
  await visitor.follow(() => visitor.page.keyboard.press('Enter'));
}

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('keyboard runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('register, search, request, answer, message and report with the keyboard alone', async () => {
    const words = WORDS[language];
    const suffix = `${viewport}${Date.now().toString(36)}`;

    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    await registerAs(mentor, { role: 'alumnus', firstName: 'Sanne', familyName: `Bakker`, language });
    await becomeMentor(mentor, { headline: `Employment lawyer ${suffix}`, expertise: ['Litigation'] });
    const student = await browser.open({ baseURL: app.url, viewport, language });
    for (const visitor of [mentor, student]) await dismissCookieNotice(visitor);
    const { page } = student;
    const main = page.getByRole('main');

    // Register, from the home page's Register link.
    await student.visit('/');
    if (viewport === 'phone') {
      await tabTo(student, page.getByRole('button', { name: words.menu, exact: true }));
      await page.keyboard.press('Enter');
    }
    await activate(student, page.getByRole('banner').getByRole('link', { name: words.register, exact: true }));
    await tabTo(student, main.getByRole('radio', { name: words.student }));
    await page.keyboard.press('Space');
    expect(await main.getByRole('radio', { name: words.student }).isChecked()).toBe(true);
    await tabAndType(student, main.getByLabel(words.firstName), 'Daan');
    await tabAndType(student, main.getByLabel(words.familyName), 'Visser');
    // en-GB and nl-NL both write the day first.
    await tabAndType(student, main.getByLabel(words.dateOfBirth), '17052004');
    await tabAndType(student, main.getByLabel(words.username), `daan.${suffix}`);
    await tabAndType(student, main.getByLabel(words.email, { exact: true }), `daan.${suffix}@example.org`);
    await tabAndType(student, main.getByLabel(words.password, { exact: true }), 'Keyboard-Only-Story-2026');
    await tabAndType(student, main.getByLabel(words.programme), 'Biology');
    await tabAndType(student, main.getByLabel(words.startYear), '2023');
    await activate(student, main.getByRole('button', { name: words.register, exact: true }));
    await student.see(page.getByRole('heading', { level: 1, name: words.dashboard }));

    // Search for the mentor and open her profile.
    await menuTo(student, words, words.search);
    await tabAndType(student, main.getByLabel(words.searchBox), suffix);
    await page.keyboard.press('Enter');
    const result = main.getByRole('link', { name: /Sanne Bakker/ }).first();
    await student.see(result);
    await activate(student, result);

    // Send her a mentoring request from the dialog, which takes the focus.
    await tabTo(student, main.getByRole('button', { name: words.sendRequest }));
    await page.keyboard.press('Enter');
    const dialog = await student.see(page.getByRole('dialog', { name: words.requestDialog }));
    const motivation = dialog.getByLabel(words.motivation);
    if (!(await hasFocus(motivation))) await tabTo(student, motivation);
    await page.keyboard.type('I study Biology and wonder whether law is a path for me. How did you choose it after your degree?');
    await tabAndType(student, dialog.getByLabel(words.goals), 'Decide on my master.');
    await tabTo(student, dialog.getByRole('button', { name: words.send, exact: true }));
    await page.keyboard.press('Enter');
    await student.see(page.getByText(words.sent));
    await student.checkPage();

    // The mentor accepts it from her Requests page.
    await mentor.visit('/dashboard');
    await menuTo(mentor, words, words.requests);
    await activate(mentor, mentor.page.getByRole('main').getByRole('link', { name: /Daan Visser/ }).first());
    await tabTo(mentor, mentor.page.getByRole('article').getByRole('button', { name: words.accept, exact: true }));
    await mentor.page.keyboard.press('Enter');
    await mentor.see(mentor.page.getByText(words.accepted).first());
    await mentor.checkPage();

    // The student writes to her in the Inbox.
    await menuTo(student, words, words.inbox);
    await activate(student, page.getByRole('list', { name: words.conversations }).getByRole('link', { name: /Sanne Bakker/ }));
    const message = `Thank you! Could we meet next week? (${suffix})`;
    await tabAndType(student, main.getByLabel(words.yourMessageTo('Sanne Bakker')), message);
    await tabTo(student, main.getByRole('button', { name: words.send, exact: true }));
    await page.keyboard.press('Enter');
    await student.see(main.getByText(message, { exact: true }));
    await student.checkPage();

    // The mentor reports that message (a story needs one, not the message's fault).
    await menuTo(mentor, words, words.inbox);
    await activate(mentor, mentor.page.getByRole('list', { name: words.conversations }).getByRole('link', { name: /Daan Visser/ }));
    await mentor.see(mentor.page.getByText(message, { exact: true }));
    await tabTo(mentor, mentor.page.getByRole('button', { name: words.report, exact: true }).last());
    await mentor.page.keyboard.press('Enter');
    const report = await mentor.see(mentor.page.getByRole('dialog', { name: words.reportDialog }));
    // The reasons are one radio group: Tab enters it, an arrow key chooses the next reason.
    await tabTo(mentor, report.getByRole('radio').first());
    await mentor.page.keyboard.press('ArrowDown');
    expect(await report.getByRole('radio', { name: words.harassment }).isChecked()).toBe(true);
    await tabTo(mentor, report.getByRole('button', { name: words.sendReport }));
    await mentor.page.keyboard.press('Enter');
    await mentor.see(mentor.page.getByText(words.reportThanks));
    await mentor.checkPage();
  }, 180_000);
});
