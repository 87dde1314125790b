import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const SITE = 'Test University Mentor Network';

/** What the visitor reads, in each language. */
const TEXT = {
  en: {
    heading: 'Learn from people who walked the path before you',
    homeTitle: `Home · ${SITE}`,
    menu: 'Menu',
    mainMenu: 'Main menu',
    home: 'Home',
    help: 'Help',
    signIn: 'Sign in',
    register: 'Register',
    helpHeading: 'Frequently asked questions',
    helpTitle: `Help · ${SITE}`,
    question: 'How do I change my password?',
    answerPart: 'Security',
    cookieNotice: 'Cookie notice',
    privacyLink: 'Read the privacy statement',
    privacyHeading: 'Privacy statement',
    cookiesHeading: 'Cookies',
    dismiss: 'OK',
    notFound: 'Page not found',
    toHome: 'Go to the home page',
  },
  nl: {
    heading: 'Leer van mensen die jouw pad al eerder liepen',
    homeTitle: `Start · ${SITE}`,
    menu: 'Menu',
    mainMenu: 'Hoofdmenu',
    home: 'Start',
    help: 'Help',
    signIn: 'Inloggen',
    register: 'Registreren',
    helpHeading: 'Veelgestelde vragen',
    helpTitle: `Help · ${SITE}`,
    question: 'Hoe wijzig ik mijn wachtwoord?',
    answerPart: 'Beveiliging',
    cookieNotice: 'Cookiemelding',
    privacyLink: 'Lees de privacyverklaring',
    privacyHeading: 'Privacyverklaring',
    cookiesHeading: 'Cookies',
    dismiss: 'OK',
    notFound: 'Pagina niet gevonden',
    toHome: 'Naar de startpagina',
  },
} satisfies Record<Language, Record<string, string>>;

const app = useApp();
const browser = useBrowser();

const VIEWPORTS: ViewportName[] = ['desktop', 'phone'];
const LANGUAGES: Language[] = ['en', 'nl'];

describe.each(runsToday('home viewports', VIEWPORTS))('at %s width', (viewport) => {
  test('A visitor opens the home page in English and switches to Dutch', async () => {
    const visitor = await browser.open({ baseURL: app.url, viewport, language: 'en' });
    const { page } = visitor;
    await visitor.visit('/');

    await visitor.see(page.getByRole('heading', { level: 1, name: TEXT.en.heading }));
    await visitor.see(page.getByRole('link', { name: `${SITE}, home page` }));
    expect(await page.title()).toBe(TEXT.en.homeTitle);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await visitor.screenshot('english');

    if (viewport === 'phone') await page.getByRole('button', { name: TEXT.en.menu }).click();
    await page.getByRole('button', { name: 'Nederlands' }).click();

    await visitor.see(page.getByRole('heading', { level: 1, name: TEXT.nl.heading }));
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect.poll(() => page.title()).toBe(TEXT.nl.homeTitle);
    await visitor.checkPage();
    await visitor.screenshot('dutch');

    // The choice is remembered on the next visit.
    await visitor.visit('/');
    await visitor.see(page.getByRole('heading', { level: 1, name: TEXT.nl.heading }));
    if (viewport === 'phone') await page.getByRole('button', { name: TEXT.nl.menu }).click();
    await visitor.see(page.getByRole('button', { name: 'English' }));
  });

  describe.each(runsToday('home languages', LANGUAGES))('in %s', (language) => {
    const text = TEXT[language];

    test('A visitor follows the cookie notice to the privacy statement', async () => {
      const visitor = await browser.open({ baseURL: app.url, viewport, language });
      const { page } = visitor;
      await visitor.visit('/');

      const notice = await visitor.see(page.getByRole('region', { name: text.cookieNotice }));
      await visitor.screenshot('cookie-notice');
      await visitor.follow(() => notice.getByRole('link', { name: text.privacyLink }).click());

      await visitor.see(page.getByRole('heading', { level: 1, name: text.privacyHeading }));
      await visitor.see(page.getByRole('heading', { level: 2, name: text.cookiesHeading }));
      await expect.poll(() => page.title()).toBe(`${text.privacyHeading} · ${SITE}`);
      await visitor.screenshot('privacy-statement');

      await notice.getByRole('button', { name: text.dismiss }).click();
      await notice.waitFor({ state: 'detached' });
      await visitor.visit('/');
      expect(await page.getByRole('region', { name: text.cookieNotice }).count()).toBe(0);
    });

    test('A visitor reaches the help page and a 404 page', async () => {
      const visitor = await browser.open({ baseURL: app.url, viewport, language });
      const { page } = visitor;
      await visitor.visit('/');

      if (viewport === 'phone') await page.getByRole('button', { name: text.menu }).click();
      const menu = page.getByRole('navigation', { name: text.mainMenu });
      await visitor.follow(() => menu.getByRole('link', { name: text.help }).click());
      await visitor.see(page.getByRole('heading', { level: 1, name: text.helpHeading }));
      await expect.poll(() => page.title()).toBe(text.helpTitle);

      await page.getByText(text.question).click();
      await visitor.see(page.getByRole('group').filter({ hasText: text.question }).getByText(text.answerPart).first());
      const supportLink = page.getByRole('link', { name: 'mentors@test.example' }).first();
      expect(await supportLink.getAttribute('href')).toBe('mailto:mentors@test.example');
      await visitor.checkPage();
      await visitor.screenshot('help');

      await visitor.visit('/no-such-page');
      await visitor.see(page.getByRole('heading', { level: 1, name: text.notFound }));
      await expect.poll(() => page.title()).toBe(`${text.notFound} · ${SITE}`);
      await visitor.screenshot('not-found');

      await visitor.follow(() => page.getByRole('main').getByRole('link', { name: text.toHome }).click());
      await visitor.see(page.getByRole('heading', { level: 1, name: text.heading }));
    });
  });
});

describe.each(runsToday('home languages', LANGUAGES))('at phone width in %s', (language) => {
  const text = TEXT[language];

  test('A visitor on a phone opens the menu', async () => {
    const visitor = await browser.open({ baseURL: app.url, viewport: 'phone', language });
    const { page } = visitor;
    await visitor.visit('/');

    const toggle = page.getByRole('button', { name: text.menu });
    const menu = page.getByRole('navigation', { name: text.mainMenu });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.isVisible()).toBe(false);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await visitor.see(menu.getByRole('link', { name: text.home }));
    await visitor.see(menu.getByRole('link', { name: text.help }));
    const header = page.getByRole('banner');
    await visitor.see(header.getByRole('link', { name: text.signIn }));
    await visitor.see(header.getByRole('link', { name: text.register }));
    await visitor.checkPage();
    await visitor.screenshot('menu-open');

    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);

    await toggle.click();
    await visitor.follow(() => menu.getByRole('link', { name: text.help }).click());
    await visitor.see(page.getByRole('heading', { level: 1, name: text.helpHeading }));
    expect(await menu.isVisible()).toBe(false);
  });
});
