import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { roundTrip, useAppWithLinkedIn } from './support/linkedin';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { accounts, sessions } from '../server/db/schema';
import { currentAccount, dismissCookieNotice, openMenu, registerAs } from './support/members';
import { runsToday } from './support/runs';

/** What the member reads and clicks, in each language. */
const TEXT = {
  en: {
    registerWith: 'Register with LinkedIn',
    signInWith: 'Sign in with LinkedIn',
    onboarding: 'Complete your registration',
    alumnus: 'Alumnus',
    firstName: 'First name',
    dateOfBirth: 'Date of birth',
    username: 'User name',
    programme: 'Study programme',
    startYear: 'Year you started',
    graduationYear: 'Year you graduated',
    complete: 'Complete registration',
    dashboard: 'Dashboard',
    welcome: 'Welcome, Noor',
    menu: 'Menu',
    signOut: 'Sign out',
    profile: 'Profile',
    linkedAccounts: 'Linked accounts',
    link: 'Link LinkedIn',
    linked: 'Your LinkedIn account is linked.',
    linkedOn: 'Linked on',
    notLinked: 'There is already an account with the email address of this LinkedIn account.',
    changeEmail: 'Change email address',
    newEmail: 'New email address',
    sendLink: 'Send confirmation link',
    signInAgain: 'Sign in again with LinkedIn',
    linkSent: 'We have sent a confirmation link to',
  },
  nl: {
    registerWith: 'Registreren met LinkedIn',
    signInWith: 'Inloggen met LinkedIn',
    onboarding: 'Rond je registratie af',
    alumnus: 'Alumnus',
    firstName: 'Voornaam',
    dateOfBirth: 'Geboortedatum',
    username: 'Gebruikersnaam',
    programme: 'Opleiding',
    startYear: 'Jaar waarin je begon',
    graduationYear: 'Jaar waarin je afstudeerde',
    complete: 'Registratie afronden',
    dashboard: 'Dashboard',
    welcome: 'Welkom, Noor',
    menu: 'Menu',
    signOut: 'Uitloggen',
    profile: 'Profiel',
    linkedAccounts: 'Gekoppelde accounts',
    link: 'LinkedIn koppelen',
    linked: 'Je LinkedIn-account is gekoppeld.',
    linkedOn: 'Gekoppeld op',
    notLinked: 'Er bestaat al een account met het e-mailadres van dit LinkedIn-account.',
    changeEmail: 'Wijzigen e-mailadres',
    newEmail: 'Nieuw e-mailadres',
    sendLink: 'Bevestigingslink sturen',
    signInAgain: 'Opnieuw inloggen met LinkedIn',
    linkSent: 'We hebben een bevestigingslink gestuurd naar',
  },
} satisfies Record<Language, Record<string, string>>;

const linkedIn = useAppWithLinkedIn();
const { app } = linkedIn;
const browser = useBrowser();

/** Several trips to the provider and back: more time than one page's test needs, on a busy machine too. */
const STORY_TIMEOUT = 120_000;

const CASES: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('linkedin cases', CASES))('at %s width in %s', (viewport, language) => {
  const text = TEXT[language];

  test('A newcomer registers with LinkedIn, completes onboarding, signs out and signs in with LinkedIn', async () => {
    const identity = linkedIn.idp.addIdentity({ givenName: 'Noor', familyName: 'Bakker' });
    linkedIn.idp.actAs(identity.sub);
    const newcomer = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = newcomer;
    const main = page.getByRole('main');
    await dismissCookieNotice(newcomer);

    await newcomer.visit('/register');
    const registerWith = await newcomer.see(main.getByRole('button', { name: text.registerWith }));
    await newcomer.screenshot('register-with-linkedin');
    await roundTrip(newcomer, () => registerWith.click(), '/onboarding');
    await newcomer.see(page.getByRole('heading', { level: 1, name: text.onboarding }));
    // LinkedIn gave the names, so they are not asked again.
    expect(await main.getByLabel(text.firstName).count()).toBe(0);
    await newcomer.screenshot('onboarding');

    // Until the registration is complete, every member page leads back here.
    await newcomer.visit('/dashboard');
    expect(new URL(page.url()).pathname).toBe('/onboarding');

    await main.getByRole('radio', { name: new RegExp(`^${text.alumnus}`) }).check();
    await main.getByLabel(text.dateOfBirth).fill('1992-03-08');
    await main.getByLabel(text.username).fill(`noor.${viewport}.${Date.now().toString(36)}`);
    await main.getByLabel(text.programme).fill('International Relations');
    await main.getByLabel(text.startYear).fill('2010');
    await main.getByLabel(text.graduationYear).fill('2015');
    await newcomer.follow(() => main.getByRole('button', { name: text.complete }).click());
    await newcomer.see(page.getByRole('heading', { level: 1, name: text.dashboard }));
    await newcomer.see(main.getByText(text.welcome));
    expect(await currentAccount(newcomer)).toMatchObject({ role: 'alumnus', needsOnboarding: false, email: identity.email });
    await newcomer.screenshot('onboarded');

    await openMenu(newcomer, text.menu);
    await newcomer.follow(() => page.getByRole('banner').getByRole('button', { name: text.signOut }).click());
    await newcomer.visit('/sign-in');
    await roundTrip(newcomer, () => main.getByRole('button', { name: text.signInWith }).click(), '/dashboard');
    await newcomer.see(main.getByText(text.welcome));
  }, STORY_TIMEOUT);
});

describe.each(runsToday('linkedin cases', CASES))('at %s width in %s', (viewport, language) => {
  test('With LinkedIn configured, the home and help pages say it can be used', async () => {
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    const main = visitor.page.getByRole('main');
    await dismissCookieNotice(visitor);
    await visitor.visit('/');
    await visitor.see(main.getByText(language === 'en' ? 'with your email address or your LinkedIn account' : 'met je e-mailadres of met je LinkedIn-account'));
    await visitor.visit('/help');
    const question = language === 'en' ? 'Can I sign in with my LinkedIn account?' : 'Kan ik inloggen met mijn LinkedIn-account?';
    await main.getByText(question).click();
    await visitor.see(main.getByRole('group').filter({ hasText: question }).getByText(TEXT[language].signInWith).first());
    await visitor.checkPage();
    await visitor.screenshot('help with linkedin');
  });
});

test('A password member links LinkedIn from the profile and then signs in with it', async () => {
  const text = TEXT.en;
  const member = await browser.open({ baseURL: app.url, viewport: 'phone', language: 'en' });
  const { page } = member;
  const main = page.getByRole('main');
  await dismissCookieNotice(member);
  const me = await registerAs(member, { firstName: 'Piet' });
  const identity = linkedIn.idp.addIdentity({ givenName: 'Pieter', familyName: 'Jansen' });
  linkedIn.idp.actAs(identity.sub);

  await member.visit('/profile');
  const linkedAccounts = main.getByRole('region', { name: text.linkedAccounts });
  const link = await member.see(linkedAccounts.getByRole('button', { name: text.link }));
  const landed = await roundTrip(member, () => link.click(), '/profile');
  expect(landed.searchParams.get('linked')).toBe('linkedin');
  await member.see(main.getByText(text.linked));
  await member.see(linkedAccounts.getByText(text.linkedOn));
  await member.screenshot('linked');
  // The member's own names stay; LinkedIn only fills in what was empty.
  expect((await currentAccount(member)).firstName).toBe('Piet');

  await openMenu(member, text.menu);
  await member.follow(() => page.getByRole('banner').getByRole('button', { name: text.signOut }).click());
  await member.visit('/sign-in');
  await roundTrip(member, () => main.getByRole('button', { name: text.signInWith }).click(), '/dashboard');
  expect((await currentAccount(member)).email).toBe(me.email);
}, STORY_TIMEOUT);

test('Someone whose LinkedIn email matches an existing account is refused', async () => {
  const text = TEXT.nl;
  const owner = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'nl' });
  const account = await registerAs(owner);
  const identity = linkedIn.idp.addIdentity({ email: account.email });
  linkedIn.idp.actAs(identity.sub);

  const someone = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'nl' });
  const { page } = someone;
  const main = page.getByRole('main');
  await dismissCookieNotice(someone);

  await someone.visit('/register');
  const refused = await roundTrip(someone, () => main.getByRole('button', { name: text.registerWith }).click(), '/register');
  expect(refused.searchParams.get('error')).toBe('account_not_linked');
  await someone.see(main.getByRole('alert').filter({ hasText: text.notLinked }));
  await someone.screenshot('register-refused');

  await someone.visit('/sign-in');
  const refusedAgain = await roundTrip(someone, () => main.getByRole('button', { name: text.signInWith }).click(), '/sign-in');
  expect(refusedAgain.searchParams.get('error')).toBe('account_not_linked');
  await someone.see(main.getByRole('alert').filter({ hasText: text.notLinked }));
  await someone.screenshot('sign-in-refused');

  // Nobody got in: the browser has no session, and the owner's account is untouched.
  const me = await page.context().request.get(new URL('/api/me', app.url).href);
  expect(me.status()).toBe(401);
  expect((await currentAccount(owner)).email).toBe(account.email);
}, STORY_TIMEOUT);

test.each(runsToday('linkedin cases', CASES))('A LinkedIn-only member signs in again before changing their email address (%s, %s)', async (viewport, language) => {
  const text = TEXT[language];
  const member = await browser.open({ baseURL: app.url, viewport, language });
  const { page } = member;
  const main = page.getByRole('main');
  await dismissCookieNotice(member);
  // A member who only ever signs in with LinkedIn, signed in an hour ago (no page makes this state).
  const me = await registerAs(member, { firstName: 'Lotte', language });
  const identity = linkedIn.idp.addIdentity({ givenName: 'Lotte', familyName: 'Visser' });
  const now = new Date();
  await app.database.db.delete(accounts).where(and(eq(accounts.userId, me.id), eq(accounts.providerId, 'credential')));
  await app.database.db.insert(accounts).values({ id: randomUUID(), accountId: identity.sub, providerId: 'linkedin', userId: me.id, createdAt: now, updatedAt: now });
  await app.database.db.update(sessions).set({ createdAt: new Date(now.getTime() - 60 * 60_000) }).where(eq(sessions.userId, me.id));

  const changeAddress = async () => {
    await main.getByRole('button', { name: text.changeEmail }).click();
    await main.getByLabel(text.newEmail).fill(`lotte.${randomUUID().slice(0, 8)}@example.org`);
    await main.getByRole('button', { name: text.sendLink }).click();
  };
  await member.visit('/profile');
  member.expectFailedResponse(403);
  await changeAddress();
  const signInAgain = await member.see(main.getByRole('button', { name: text.signInAgain }));
  await member.checkPage();
  await member.screenshot('email-change-sign-in-again');

  linkedIn.idp.actAs(identity.sub);
  // Back on the same page it left from, so wait for the provider's answer rather than a new URL.
  const back = page.waitForRequest((request) => request.url().includes('/api/auth/callback/linkedin'));
  await signInAgain.click();
  await back;
  await page.waitForURL((url) => url.pathname === '/profile');
  await member.checkPage();
  await changeAddress();
  await member.see(main.getByText(text.linkSent));
  await member.screenshot('email-change-after-sign-in');
}, STORY_TIMEOUT);
