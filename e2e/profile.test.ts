import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { TEST_PASSWORD } from '../test/factories';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { currentAccount, dismissCookieNotice, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/** What the member reads and clicks, in each language. */
const TEXT = {
  en: {
    profile: 'Profile',
    emailWeb: 'Email/Web',
    change: 'Change email address',
    newEmail: 'New email address',
    currentPassword: 'Current password',
    send: 'Send confirmation link',
    sent: 'We have sent a confirmation link to',
    mailbox: 'Mailbox (development)',
    confirmTitle: 'Confirm your email address',
    confirmed: 'Your new email address is confirmed',
    toProfile: 'Go to your profile',
    notifications: 'Receive email notifications',
    showEmail: 'Show my email address to other users',
    warning: 'Stop all email notifications?',
    noEmailAtAll: 'no notification emails',
    keep: 'Keep receiving email',
    stop: 'Yes, stop email notifications',
    saved: 'Your setting has been saved.',
    settings: 'Settings',
    headline: 'Headline',
    jobTitle: 'Job title',
    save: 'Save changes',
    savedProfile: 'Your changes have been saved.',
    upload: 'Upload a photo',
    photoSaved: 'Your new photo has been saved.',
    userNameFixed: 'Only the alumni office can change your user name.',
  },
  nl: {
    profile: 'Profiel',
    emailWeb: 'E-mail/Web',
    change: 'Wijzigen e-mailadres',
    newEmail: 'Nieuw e-mailadres',
    currentPassword: 'Huidig wachtwoord',
    send: 'Bevestigingslink sturen',
    sent: 'We hebben een bevestigingslink gestuurd naar',
    mailbox: 'Postvak (ontwikkeling)',
    confirmTitle: 'Bevestig je e-mailadres',
    confirmed: 'Je nieuwe e-mailadres is bevestigd',
    toProfile: 'Naar je profiel',
    notifications: 'E-mailmeldingen ontvangen',
    showEmail: 'Mijn e-mailadres tonen aan andere gebruikers',
    warning: 'Alle e-mailmeldingen stoppen?',
    noEmailAtAll: 'geen e-mailmeldingen',
    keep: 'E-mail blijven ontvangen',
    stop: 'Ja, stop e-mailmeldingen',
    saved: 'Je instelling is opgeslagen.',
    settings: 'Instellingen',
    headline: 'Kopregel',
    jobTitle: 'Functie',
    save: 'Wijzigingen opslaan',
    savedProfile: 'Je wijzigingen zijn opgeslagen.',
    upload: 'Foto uploaden',
    photoSaved: 'Je nieuwe foto is opgeslagen.',
    userNameFixed: 'Alleen het alumnibureau kan je gebruikersnaam wijzigen.',
  },
} satisfies Record<Language, Record<string, string>>;

const app = useApp();
const browser = useBrowser();

const CASES: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('profile cases', CASES))('at %s width in %s', (viewport, language) => {
  const text = TEXT[language];

  test('A member changes their email address and confirms it from the mailbox', async () => {
    const member = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = member;
    const main = page.getByRole('main');
    await dismissCookieNotice(member);
    const me = await registerAs(member, { language });
    const newEmail = `new.${me.email}`;

    await member.visit('/profile');
    await member.see(page.getByRole('heading', { level: 1, name: text.profile }));
    const emailWeb = main.getByRole('region', { name: text.emailWeb });
    await member.see(emailWeb.getByText(me.email, { exact: true }));
    await emailWeb.getByRole('button', { name: text.change }).click();
    await emailWeb.getByLabel(text.newEmail).fill(newEmail);
    await emailWeb.getByLabel(text.currentPassword).fill(TEST_PASSWORD);
    await member.checkPage();
    await member.screenshot('changing-email');
    await emailWeb.getByRole('button', { name: text.send }).click();
    await member.see(emailWeb.getByText(text.sent));
    // The address stays as it is until the link is followed.
    expect((await currentAccount(member)).email).toBe(me.email);
    await member.checkPage();
    await member.screenshot('confirmation-sent');

    await app.deliverMail();
    await member.follow(() => page.getByRole('contentinfo').getByRole('link', { name: text.mailbox }).click());
    const mail = page.getByRole('article').filter({ hasText: newEmail }).filter({ hasText: '/confirm-email?token=' });
    await member.follow(() => mail.getByRole('link', { name: /\/confirm-email\?token=/ }).click());
    await member.see(page.getByRole('heading', { level: 1, name: text.confirmTitle }));
    await member.see(main.getByRole('heading', { name: text.confirmed }));
    await member.checkPage();
    await member.screenshot('confirmed');
    expect((await currentAccount(member)).email).toBe(newEmail);

    await member.follow(() => main.getByRole('link', { name: text.toProfile }).click());
    await member.see(main.getByRole('region', { name: text.emailWeb }).getByText(newEmail, { exact: true }));
  }, 120_000);

  test('A member switches email notifications off after the warning', async () => {
    const member = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = member;
    const main = page.getByRole('main');
    await dismissCookieNotice(member);
    await registerAs(member, { language });

    await member.visit('/profile');
    const emailWeb = main.getByRole('region', { name: text.emailWeb });
    const notifications = await member.see(emailWeb.getByRole('switch', { name: text.notifications }));
    expect(await notifications.isChecked()).toBe(true);
    expect(await emailWeb.getByRole('switch', { name: text.showEmail }).isChecked()).toBe(false);

    // The warning comes first; keeping email changes nothing.
    await notifications.click();
    const warning = await member.see(page.getByRole('dialog', { name: text.warning }));
    await member.see(warning.getByText(text.noEmailAtAll));
    await member.checkPage();
    await member.screenshot('warning');
    await warning.getByRole('button', { name: text.keep }).click();
    await warning.waitFor({ state: 'detached' });
    expect(await notifications.isChecked()).toBe(true);
    expect((await currentAccount(member)).emailNotifications).toBe(true);

    await notifications.click();
    await page.getByRole('dialog', { name: text.warning }).getByRole('button', { name: text.stop }).click();
    await member.see(emailWeb.getByText(text.saved));
    expect(await notifications.isChecked()).toBe(false);
    await expect.poll(async () => (await currentAccount(member)).emailNotifications).toBe(false);

    // The Settings tab shows the same setting.
    await member.visit('/settings');
    await member.see(page.getByRole('heading', { level: 1, name: text.settings }));
    expect(await main.getByRole('switch', { name: text.notifications }).isChecked()).toBe(false);
    await member.screenshot('settings');
  });
});

test('A member fills in the personal profile and uploads a photo', async () => {
  const text = TEXT.en;
  const member = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const { page } = member;
  const main = page.getByRole('main');
  await dismissCookieNotice(member);
  await registerAs(member, { firstName: 'Grace', familyName: 'Hopper' });

  await member.visit('/profile');
  await member.see(main.getByText(text.userNameFixed));
  await main.getByLabel(text.headline, { exact: true }).fill('Compiler pioneer and navy officer');
  await main.getByLabel(text.jobTitle, { exact: true }).fill('Rear admiral');
  await main.getByRole('button', { name: text.save }).click();
  await member.see(main.getByText(text.savedProfile));

  const photo = await sharp({ create: { width: 240, height: 240, channels: 3, background: '#2f6f4f' } }).png().toBuffer();
  const chooser = page.waitForEvent('filechooser');
  await main.getByRole('button', { name: text.upload }).click();
  await (await chooser).setFiles({ name: 'grace.png', mimeType: 'image/png', buffer: photo });
  await member.see(main.getByText(text.photoSaved));
  await member.see(page.getByRole('banner').locator('img.avatar'));
  await member.checkPage();
  await member.screenshot('profile');

  const account = await currentAccount(member);
  expect(account.image).toMatch(/^\/api\/photos\//);
});
