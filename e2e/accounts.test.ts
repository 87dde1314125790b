import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, openMenu } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const SITE = 'Test University Mentor Network';

/** What the member reads and clicks, in each language. */
const TEXT = {
  en: {
    register: 'Register',
    alumnus: 'Alumnus',
    firstName: 'First name',
    familyName: 'Family name',
    dateOfBirth: 'Date of birth',
    username: 'User name',
    email: 'Email address',
    password: 'Password',
    programme: 'Study programme',
    startYear: 'Year you started',
    graduationYear: 'Year you graduated',
    problems: 'Please correct the following',
    required: 'Please fill this in.',
    tooCommon: 'This password is too well known. Choose one that is harder to guess.',
    strong: 'Password strength: very strong',
    dashboard: 'Dashboard',
    menu: 'Menu',
    signOut: 'Sign out',
    homeHeading: 'Learn from people who walked the path before you',
    signIn: 'Sign in',
    login: 'Email or user name',
    wrongLogin: 'The email address, user name or password is not correct.',
    myAccount: 'My account',
    security: 'Security',
    back: `Back to the ${SITE}`,
    newPassword: 'New password',
    currentPassword: 'Current password',
    changePassword: 'Change password',
    changed: 'Your password has been changed. You have been signed out on all your other devices.',
    forgot: 'Forgot password?',
    sendLink: 'Send me a link',
    checkEmail: 'Check your email',
    mailbox: 'Mailbox (development)',
    chooseNew: 'Choose a new password',
    saveNew: 'Save new password',
    resetDone: 'Your password has been changed',
  },
  nl: {
    register: 'Registreren',
    alumnus: 'Alumnus',
    firstName: 'Voornaam',
    familyName: 'Achternaam',
    dateOfBirth: 'Geboortedatum',
    username: 'Gebruikersnaam',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    programme: 'Opleiding',
    startYear: 'Jaar waarin je begon',
    graduationYear: 'Jaar waarin je afstudeerde',
    problems: 'Verbeter het volgende',
    required: 'Vul dit in.',
    tooCommon: 'Dit wachtwoord is te bekend. Kies er een dat moeilijker te raden is.',
    strong: 'Sterkte van het wachtwoord: heel sterk',
    dashboard: 'Dashboard',
    menu: 'Menu',
    signOut: 'Uitloggen',
    homeHeading: 'Leer van mensen die jouw pad al eerder liepen',
    signIn: 'Inloggen',
    login: 'E-mailadres of gebruikersnaam',
    wrongLogin: 'Het e-mailadres, de gebruikersnaam of het wachtwoord klopt niet.',
    myAccount: 'Mijn account',
    security: 'Beveiliging',
    back: `Terug naar ${SITE}`,
    newPassword: 'Nieuw wachtwoord',
    currentPassword: 'Huidig wachtwoord',
    changePassword: 'Wachtwoord wijzigen',
    changed: 'Je wachtwoord is gewijzigd. Op al je andere apparaten ben je uitgelogd.',
    forgot: 'Wachtwoord vergeten?',
    sendLink: 'Stuur me een link',
    checkEmail: 'Kijk in je mailbox',
    mailbox: 'Postvak (ontwikkeling)',
    chooseNew: 'Kies een nieuw wachtwoord',
    saveNew: 'Nieuw wachtwoord opslaan',
    resetDone: 'Je wachtwoord is gewijzigd',
  },
} satisfies Record<Language, Record<string, string>>;

const app = useApp();
const browser = useBrowser();

let sequence = 0;

async function signOut(member: Visitor, text: (typeof TEXT)[Language]) {
  await openMenu(member, text.menu);
  await member.follow(() => member.page.getByRole('banner').getByRole('button', { name: text.signOut }).click());
  await member.see(member.page.getByRole('heading', { level: 1, name: text.homeHeading }));
}

async function signIn(member: Visitor, text: (typeof TEXT)[Language], login: string, password: string) {
  const { page } = member;
  const main = page.getByRole('main');
  await main.getByLabel(text.login, { exact: true }).fill(login);
  await main.getByLabel(text.password, { exact: true }).fill(password);
  await main.getByRole('button', { name: text.signIn, exact: true }).click();
}

/** A long story of many pages: more time than one page's test needs, on a busy machine too. */
const STORY_TIMEOUT = 180_000;

const CASES: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('accounts cases', CASES))('at %s width in %s', (viewport, language) => {
  const text = TEXT[language];

  test('An alumnus registers, signs out, signs in with the user name, changes the password, forgets it and resets it through the mailbox link, then signs in with the new password', async () => {
    const member = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = member;
    const main = page.getByRole('main');
    sequence += 1;
    const username = `ada.${viewport}.${Date.now().toString(36)}${sequence}`;
    const email = `${username}@example.org`;
    await dismissCookieNotice(member);

    // Register: an empty form first, which the page explains field by field.
    await member.visit('/register');
    await member.see(page.getByRole('heading', { level: 1, name: text.register }));
    await main.getByRole('button', { name: text.register, exact: true }).click();
    const summary = await member.see(page.getByRole('alert').filter({ hasText: text.problems }));
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await member.see(main.getByLabel(text.firstName).locator('xpath=..').getByText(text.required));
    await member.checkPage();
    await member.screenshot('register-problems');

    await main.getByRole('radio', { name: new RegExp(`^${text.alumnus}`) }).check();
    await main.getByLabel(text.firstName).fill('Ada');
    await main.getByLabel(text.familyName).fill('Lovelace');
    await main.getByLabel(text.dateOfBirth).fill('1990-05-17');
    await main.getByLabel(text.username).fill(username);
    await main.getByLabel(text.email, { exact: true }).fill(email);
    await main.getByLabel(text.password, { exact: true }).fill('password123');
    await main.getByLabel(text.programme).fill('Mathematics');
    await main.getByLabel(text.startYear).fill('2008');
    await main.getByLabel(text.graduationYear).fill('2012');
    await member.see(main.getByText(text.tooCommon).first());
    await main.getByLabel(text.password, { exact: true }).fill('Analytical-Engine-1843');
    await member.see(main.getByText(text.strong));
    expect(await page.getByRole('alert').filter({ hasText: text.problems }).count()).toBe(0);
    await member.checkPage();
    await member.screenshot('register-filled');

    await member.follow(() => main.getByRole('button', { name: text.register, exact: true }).click());
    await member.see(page.getByRole('heading', { level: 1, name: text.dashboard }));
    await member.see(page.getByRole('banner').getByRole('link', { name: new RegExp(text.myAccount) }));
    await member.screenshot('registered');

    // Sign out, then in again with the user name.
    await signOut(member, text);
    await member.visit('/sign-in');
    await member.see(page.getByRole('heading', { level: 1, name: text.signIn }));
    await member.screenshot('sign-in');
    await signIn(member, text, username, 'not-the-password');
    await member.see(main.getByRole('alert').filter({ hasText: text.wrongLogin }));
    await member.follow(() => signIn(member, text, username, 'Analytical-Engine-1843'));
    await member.see(page.getByRole('heading', { level: 1, name: text.dashboard }));

    // My account → Security: a new password, confirmed with the current one.
    await member.follow(() => page.getByRole('banner').getByRole('link', { name: new RegExp(text.myAccount) }).click());
    await member.see(page.getByRole('heading', { level: 1, name: text.security }));
    await member.see(page.getByRole('navigation', { name: text.myAccount }).getByRole('link', { name: text.security }));
    await member.see(main.getByRole('link', { name: text.back }));
    await main.getByLabel(text.newPassword, { exact: true }).fill('Difference-Engine-1822');
    await main.getByLabel(text.currentPassword, { exact: true }).fill('Analytical-Engine-1843');
    await main.getByRole('button', { name: text.changePassword }).click();
    await member.see(main.getByText(text.changed));
    await member.checkPage();
    await member.screenshot('password-changed');

    // Forgotten it already: ask for a link, follow it from the mailbox, choose another password.
    await signOut(member, text);
    await member.visit('/sign-in');
    await member.follow(() => main.getByRole('link', { name: text.forgot }).click());
    await main.getByLabel(text.email, { exact: true }).fill(email);
    await main.getByRole('button', { name: text.sendLink }).click();
    await member.see(main.getByRole('heading', { name: text.checkEmail }));
    await member.checkPage();
    await member.screenshot('reset-link-sent');

    await app.deliverMail();
    await member.follow(() => page.getByRole('contentinfo').getByRole('link', { name: text.mailbox }).click());
    const mail = page.getByRole('article').filter({ hasText: email }).filter({ hasText: '/reset-password?token=' });
    await member.follow(() => mail.getByRole('link', { name: /\/reset-password\?token=/ }).click());
    await member.see(page.getByRole('heading', { level: 1, name: text.chooseNew }));
    await main.getByLabel(text.newPassword, { exact: true }).fill('Jacquard-Loom-Cards-1804');
    await main.getByRole('button', { name: text.saveNew }).click();
    await member.see(main.getByRole('heading', { name: text.resetDone }));
    await member.checkPage();
    await member.screenshot('password-reset');

    await member.follow(() => main.getByRole('link', { name: text.signIn, exact: true }).click());
    await member.follow(() => signIn(member, text, email, 'Jacquard-Loom-Cards-1804'));
    await member.see(page.getByRole('heading', { level: 1, name: text.dashboard }));
  }, STORY_TIMEOUT);
});
