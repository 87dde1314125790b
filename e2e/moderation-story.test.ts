import { describe, expect, test } from 'vitest';
import { grantAdmin } from '../server/cli/grant-admin';
import { TEST_PASSWORD } from '../test/factories';
import { expectAccessible } from './support/accessibility';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { dismissCookieNotice, openMenu, registerAs } from './support/members';
import { becomeMentor } from './support/requests';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/**
 * The Inbox and the alumni office together, each person in a browser of their own: a student
 * writes to a mentor, the mentor reports the message, the office removes it and suspends the
 * student, the mentor is told, and the student's session is over.
 */
const app = useApp();
const browser = useBrowser();

const WORDS = {
  en: {
    menu: 'Menu',
    inboxUnread: 'Inbox, 1 unread message',
    sendMessage: 'Send message',
    dialog: (name: string) => `Send ${name} a message`,
    yourMessage: 'Your message',
    send: 'Send',
    conversations: 'Conversations',
    report: 'Report',
    reportDialog: 'Report this message to the alumni office',
    harassment: 'Harassment or threats',
    sendReport: 'Send report',
    reportThanks: 'Thank you. Your report was sent to the alumni office.',
    reports: 'Reports',
    messageFrom: (name: string) => `Reported message from ${name}`,
    suspend: 'Suspend sender',
    suspendDialog: (name: string) => `Suspend ${name}?`,
    alsoRemove: 'Also remove the reported message',
    doneSuspended: (name: string) => `${name} is suspended.`,
    removed: 'Removed by the alumni office',
    bellUnread: /^Notifications, \d+ unread$/,
    bellPanel: 'Notifications',
    outcome: 'The alumni office looked at your report and suspended the account of the member who wrote it.',
    signIn: 'Sign in',
    login: 'Email or user name',
    password: 'Password',
    suspended: 'This account has been suspended. Please contact the alumni office.',
  },
  nl: {
    menu: 'Menu',
    inboxUnread: 'Inbox, 1 ongelezen bericht',
    sendMessage: 'Bericht sturen',
    dialog: (name: string) => `Stuur ${name} een bericht`,
    yourMessage: 'Je bericht',
    send: 'Versturen',
    conversations: 'Gesprekken',
    report: 'Melden',
    reportDialog: 'Dit bericht melden bij het alumnibureau',
    harassment: 'Intimidatie of bedreiging',
    sendReport: 'Melding versturen',
    reportThanks: 'Dank je. Je melding is naar het alumnibureau gestuurd.',
    reports: 'Moderatie',
    messageFrom: (name: string) => `Gemeld bericht van ${name}`,
    suspend: 'Afzender schorsen',
    suspendDialog: (name: string) => `${name} schorsen?`,
    alsoRemove: 'Ook het gemelde bericht verwijderen',
    doneSuspended: (name: string) => `${name} is geschorst.`,
    removed: 'Verwijderd door het alumnibureau',
    bellUnread: /^Meldingen, \d+ ongelezen$/,
    bellPanel: 'Meldingen',
    outcome: 'Het alumnibureau heeft je melding bekeken en het account van het lid dat het schreef geschorst.',
    signIn: 'Inloggen',
    login: 'E-mailadres of gebruikersnaam',
    password: 'Wachtwoord',
    suspended: 'Dit account is geschorst. Neem contact op met het alumnibureau.',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('moderation-story runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('A writes to B, B reports it, the office removes it and suspends A, B is told and A is signed out', async () => {
    const words = WORDS[language];
    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    const sanne = await registerAs(mentor, { role: 'alumnus', firstName: 'Sanne', familyName: 'Bakker', language });
    await becomeMentor(mentor, { headline: 'Employment lawyer', expertise: ['Litigation'] });
    const student = await browser.open({ baseURL: app.url, viewport, language });
    const daan = await registerAs(student, { role: 'student', firstName: 'Daan', familyName: 'Visser', language });
    const office = await browser.open({ baseURL: app.url, viewport, language });
    const admin = await registerAs(office, { role: 'staff', firstName: 'Marieke', familyName: 'Hoekstra', language });
    expect((await grantAdmin(app.database.db, admin.email)).outcome).toBe('granted');
    for (const visitor of [mentor, student, office]) await dismissCookieNotice(visitor);

    // B (Sanne) has her dashboard open; A (Daan) writes to her from her mentor profile.
    await mentor.visit('/dashboard');
    await student.visit(`/members/${sanne.username}`);
    await student.page.getByRole('button', { name: words.sendMessage }).click();
    const dialog = await student.see(student.page.getByRole('dialog', { name: words.dialog('Sanne Bakker') }));
    const rude = 'Answer me today or you will regret it.';
    await dialog.getByLabel(words.yourMessage, { exact: true }).fill(rude);
    await student.follow(() => dialog.getByRole('button', { name: words.send, exact: true }).click());

    // Sanne's menu shows the unread message without a reload; she opens it and reports it.
    await openMenu(mentor, words.menu);
    const inbox = await mentor.see(mentor.page.getByRole('navigation').getByRole('link', { name: words.inboxUnread, exact: true }));
    await mentor.follow(() => inbox.click());
    await mentor.follow(() => mentor.page.getByRole('list', { name: words.conversations }).getByRole('link', { name: /Daan Visser/ }).click());
    await mentor.see(mentor.page.getByText(rude, { exact: true }));
    await mentor.page.getByRole('button', { name: words.report, exact: true }).click();
    const report = await mentor.see(mentor.page.getByRole('dialog', { name: words.reportDialog }));
    await report.getByRole('radio', { name: words.harassment }).check();
    await report.getByRole('button', { name: words.sendReport }).click();
    await mentor.see(mentor.page.getByText(words.reportThanks));
    await expectAccessible(mentor.page);
    await mentor.screenshot('reported');

    // The office opens Reports, and suspends Daan, removing the message with it.
    await office.visit('/dashboard');
    await openMenu(office, words.menu);
    await office.follow(() => office.page.getByRole('navigation').getByRole('link', { name: words.reports, exact: true }).click());
    const card = await office.see(office.page.getByRole('article', { name: words.messageFrom('Daan Visser') }));
    await card.getByRole('button', { name: words.suspend, exact: true }).click();
    const suspend = await office.see(office.page.getByRole('dialog', { name: words.suspendDialog('Daan Visser') }));
    expect(await suspend.getByRole('checkbox', { name: words.alsoRemove }).isChecked()).toBe(true);
    await office.screenshot('suspend-dialog', { fullPage: false });
    await suspend.getByRole('button', { name: words.suspend, exact: true }).click();
    await office.see(office.page.getByRole('status').filter({ hasText: words.doneSuspended('Daan Visser') }));
    await expectAccessible(office.page);

    // Sanne is told, in the bell, without reloading; the message is gone from her conversation.
    const bell = await mentor.see(mentor.page.getByRole('button', { name: words.bellUnread }));
    await bell.click();
    await mentor.see(mentor.page.getByRole('region', { name: words.bellPanel }).getByText(words.outcome));
    await mentor.checkPage();
    await mentor.screenshot('told');
    await mentor.page.keyboard.press('Escape');
    await mentor.page.reload();
    await mentor.checkPage();
    await mentor.see(mentor.page.getByText(words.removed));
    expect(await mentor.page.content()).not.toContain(rude);

    // Daan's session is over: the next page sends him to Sign in, where his password no longer works.
    student.expectFailedResponse(403);
    await student.visit('/inbox');
    await student.see(student.page.getByRole('heading', { level: 1, name: words.signIn }));
    const main = student.page.getByRole('main');
    await main.getByLabel(words.login, { exact: true }).fill(daan.username!);
    await main.getByLabel(words.password, { exact: true }).fill(TEST_PASSWORD);
    await main.getByRole('button', { name: words.signIn, exact: true }).click();
    await student.see(main.getByText(words.suspended));
    await student.checkPage();
    await student.screenshot('suspended');
  }, 240_000);
});
