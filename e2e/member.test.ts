import { describe, expect, test } from 'vitest';
import { useBrowser, type ViewportName } from './support/browser';
import { currentAccount, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const SITE = 'Test University Mentor Network';
const MEMBER_MENU = ['Dashboard', 'Search', 'Requests', 'Inbox', 'Profile', 'Settings'];

const app = useApp();
const browser = useBrowser();
const VIEWPORTS: ViewportName[] = ['desktop', 'phone'];

describe.each(runsToday('member viewports', VIEWPORTS))('at %s width', (viewport) => {
  test('A member finds the areas of the network in the menu bar', async () => {
    const member = await browser.open({ baseURL: app.url, viewport, language: 'en' });
    const { page } = member;
    await registerAs(member, { firstName: 'Ada' });
    await member.visit('/');

    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await member.see(page.getByRole('heading', { level: 1, name: 'Dashboard' }));
    await member.see(page.getByText('Welcome, Ada'));

    if (viewport === 'phone') await page.getByRole('button', { name: 'Menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    for (const item of MEMBER_MENU) await member.see(menu.getByRole('link', { name: item, exact: true }));
    await member.screenshot('dashboard');

    await member.follow(() => menu.getByRole('link', { name: 'Requests' }).click());
    await member.see(page.getByRole('heading', { level: 1, name: 'Requests' }));
    // No requests yet: the Outgoing tab (no mentor profile) says where to find a mentor.
    await member.see(page.getByText('You have not sent a mentoring request yet.', { exact: false }));
    await member.see(page.getByRole('link', { name: 'Find a mentor' }));
    await expect.poll(() => page.title()).toBe(`Requests · ${SITE}`);
  });

  test('A new member reads the welcome notification and marks it read', async () => {
    const member = await browser.open({ baseURL: app.url, viewport, language: 'en' });
    const { page } = member;
    await registerAs(member);
    await member.visit('/dashboard');

    const bell = await member.see(page.getByRole('button', { name: 'Notifications, 1 unread' }));
    await bell.click();
    const panel = await member.see(page.getByRole('region', { name: 'Notifications' }));
    await member.see(panel.getByText('Welcome to the mentor network!'));
    await member.checkPage();
    await member.screenshot('notifications-open');

    await panel.getByRole('button', { name: 'Mark all as read' }).click();
    const bellWithoutUnread = await member.see(page.getByRole('button', { name: 'Notifications', exact: true }));

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    expect(await bellWithoutUnread.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

test('A member switches to Dutch and the choice is saved to their account', async () => {
  const member = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const { page } = member;
  await registerAs(member);
  await member.visit('/dashboard');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await member.see(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken', exact: true }));
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  await expect.poll(async () => (await currentAccount(member)).language).toBe('nl');
});

test('A visitor who opens a member page is asked to sign in first', async () => {
  const visitor = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const { page } = visitor;
  await visitor.visit('/inbox');

  const url = new URL(page.url());
  expect(url.pathname).toBe('/sign-in');
  expect(url.searchParams.get('redirectTo')).toBe('/inbox');
  await visitor.see(page.getByRole('heading', { level: 1, name: 'Sign in' }));
});

test('A developer opens the link in the welcome email from the development mailbox', async () => {
  const developer = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const { page } = developer;
  const me = await registerAs(developer);
  await app.deliverMail();
  await developer.visit('/');

  await developer.follow(() => page.getByRole('contentinfo').getByRole('link', { name: 'Mailbox (development)' }).click());
  const mail = page.getByRole('article').filter({ hasText: me.email });
  await developer.see(mail.getByRole('heading', { level: 2, name: `Welcome to ${SITE}` }));
  await developer.screenshot('mailbox');

  await developer.follow(() => mail.getByRole('link', { name: `${app.url}/` }).first().click());
  await developer.see(page.getByRole('heading', { level: 1, name: 'Dashboard' }));
});
