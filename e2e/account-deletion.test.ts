import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import type { DataExport } from '../contract/lifecycle';
import type { NotificationList } from '../contract/notifications';
import { users } from '../server/db/schema';
import { TEST_PASSWORD } from '../test/factories';
import { expectAccessible } from './support/accessibility';
import { registerOverHttp } from './support/api-member';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { callAs } from './support/requests';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/** The interface's words for this story, per language. */
const WORDS = {
  en: {
    settings: 'Settings',
    download: 'Download my data',
    downloaded: 'Your data has been downloaded.',
    delete: 'Delete my account',
    dialog: 'Delete your account?',
    password: 'Your password',
    wrongPassword: 'Your current password is not correct.',
    cancel: 'Cancel',
    deleted: 'Your account has been deleted and you are signed out.',
    signIn: 'Sign in',
  },
  nl: {
    settings: 'Instellingen',
    download: 'Mijn gegevens downloaden',
    downloaded: 'Je gegevens zijn gedownload.',
    delete: 'Mijn account verwijderen',
    dialog: 'Je account verwijderen?',
    password: 'Je wachtwoord',
    wrongPassword: 'Je huidige wachtwoord klopt niet.',
    cancel: 'Annuleren',
    deleted: 'Je account is verwijderd en je bent uitgelogd.',
    signIn: 'Inloggen',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

describe.each(runsToday('account-deletion runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('A member downloads their data, then deletes their account, and the mentor is told', async () => {
    const words = WORDS[language];
    // Lotte mentors; Daan asked her and waits for an answer.
    const lotte = await registerOverHttp(app.url, { role: 'alumnus', firstName: 'Lotte', familyName: 'Vermeer', language });
    await lotte.call('POST', '/api/me/mentor-profile/activate');
    await lotte.call('PUT', '/api/me/mentor-profile', { headline: 'Data engineer', expertise: ['Data science'], languages: ['nl'] });

    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    const daan = await registerAs(visitor, { role: 'student', firstName: 'Daan', familyName: 'Jansen', studyProgramme: 'Law', startYear: 2022, language });
    await callAs(visitor, 'POST', '/api/requests', {
      mentorUsername: lotte.username,
      motivation: 'I would like to learn how you moved from research into data engineering.',
    });

    await dismissCookieNotice(visitor);
    await visitor.visit('/settings');
    const { page } = visitor;
    await visitor.see(page.getByRole('heading', { level: 1, name: words.settings }));

    // Download my data: a JSON file with the profile and the request.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: words.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mentor-network-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await download.path(), 'utf8')) as DataExport;
    expect(data.profile).toMatchObject({ username: daan.username, firstName: 'Daan' });
    expect(data.requests).toMatchObject([{ direction: 'outgoing', mentor: { name: 'Lotte Vermeer' }, status: 'pending' }]);
    await visitor.see(page.getByText(words.downloaded));
    await expectAccessible(page);
    await visitor.screenshot('settings');

    // Delete my account: the dialog explains what happens; a wrong password is explained.
    const deleteButton = page.getByRole('button', { name: words.delete });
    await deleteButton.click();
    const dialog = await visitor.see(page.getByRole('dialog', { name: words.dialog }));
    await expectAccessible(page);
    await visitor.screenshot('delete-dialog', { fullPage: false });
    visitor.expectFailedResponse(400);
    await dialog.getByLabel(words.password).fill('not-my-password');
    await dialog.getByRole('button', { name: words.delete }).click();
    await visitor.see(dialog.getByText(words.wrongPassword));
    await expectAccessible(page);
    await visitor.screenshot('wrong-password', { fullPage: false });

    // Cancel gives focus back; then delete for real.
    await dialog.getByRole('button', { name: words.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await deleteButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await deleteButton.click();
    await visitor.see(dialog);
    await dialog.getByLabel(words.password).fill(TEST_PASSWORD);
    await visitor.follow(() => dialog.getByRole('button', { name: words.delete }).click());

    // Signed out, on the home page, which says so.
    await visitor.see(page.getByText(words.deleted));
    await visitor.see(page.getByRole('link', { name: words.signIn }).first());
    expect(new URL(page.url()).pathname).toBe('/');
    await visitor.screenshot('home-after-deletion');
    const me = await page.context().request.get(new URL('/api/me', app.url).href);
    expect(me.status()).toBe(401);

    // Lotte is told that the request was withdrawn.
    const bell = await lotte.call<NotificationList>('GET', '/api/notifications');
    expect(bell.items[0]).toMatchObject({ type: 'request_closed_by_deletion', data: { otherName: 'Daan Jansen', direction: 'incoming' } });
    await visitor.finish();
  });
});

const ADMIN_WORDS = {
  en: { delete: 'Delete account', dialog: (name: string) => `Delete the account of ${name}?`, reason: 'Reason', required: 'Please fill this in.', done: (name: string) => `The account of ${name} has been deleted.` },
  nl: { delete: 'Account verwijderen', dialog: (name: string) => `Het account van ${name} verwijderen?`, reason: 'Reden', required: 'Vul dit in.', done: (name: string) => `Het account van ${name} is verwijderd.` },
} as const;

describe.each(runsToday('account-deletion runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('The alumni office deletes a member’s account with a reason', async () => {
    const words = ADMIN_WORDS[language];
    const eva = await registerOverHttp(app.url, { role: 'student', firstName: 'Eva', familyName: 'Bakker', language });
    const evaMe = await eva.call<{ id: string }>('GET', '/api/me');

    const office = await browser.open({ baseURL: app.url, viewport, language });
    const admin = await registerAs(office, { role: 'staff', firstName: 'Marieke', familyName: 'Hoekstra', language });
    await app.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.id));
    await dismissCookieNotice(office);
    await office.visit(`/admin/members/${evaMe.id}`);
    const { page } = office;
    await office.see(page.getByRole('heading', { level: 1, name: 'Eva Bakker' }));

    await page.getByRole('button', { name: words.delete }).click();
    const dialog = await office.see(page.getByRole('dialog', { name: words.dialog('Eva Bakker') }));
    await dialog.getByRole('button', { name: words.delete }).click();
    await office.see(dialog.getByText(words.required));
    await expectAccessible(page);
    await office.screenshot('admin-delete-dialog', { fullPage: false });
    await dialog.getByLabel(words.reason).fill('Asked us to by letter');
    await office.follow(() => dialog.getByRole('button', { name: words.delete }).click());
    await office.see(page.getByText(words.done('Eva Bakker')));
    await office.screenshot('admin-after-deletion');
    await office.finish();
  });
});
