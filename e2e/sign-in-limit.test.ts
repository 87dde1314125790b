import { describe, test } from 'vitest';
import { registerOverHttp } from './support/api-member';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { dismissCookieNotice } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const TEXT = {
  en: { login: 'Email or user name', password: 'Password', signIn: 'Sign in', tooMany: /^Too many attempts\. You can try again in \d+ seconds?\.$/ },
  nl: { login: 'E-mailadres of gebruikersnaam', password: 'Wachtwoord', signIn: 'Inloggen', tooMany: /^Te veel pogingen\. Je kunt het over \d+ seconden? opnieuw proberen\.$/ },
} as const;

const CASES: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'en'],
  ['desktop', 'nl'],
  ['phone', 'nl'],
];

// The limits switched on, as deployed: five wrong passwords a minute for one account from one address.
const app = useApp({ RATE_LIMITS: 'true' });
const browser = useBrowser();

describe.each(runsToday('sign-in-limit cases', CASES))('at %s width in %s', (viewport, language) => {
  test('A member who hits the sign-in limit reads, in their language, when to try again', async () => {
    const text = TEXT[language];
    const member = await registerOverHttp(app.url, { familyName: `Limit ${viewport}${language}` });
    for (let guess = 0; guess < 5; guess += 1) {
      await fetch(new URL('/api/auth/sign-in/username', app.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.url },
        body: JSON.stringify({ username: member.username, password: 'not-the-password' }),
      });
    }
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    visitor.expectFailedResponse(429);
    await dismissCookieNotice(visitor);
    await visitor.visit('/sign-in');
    const main = visitor.page.getByRole('main');
    await main.getByLabel(text.login, { exact: true }).fill(member.username);
    await main.getByLabel(text.password, { exact: true }).fill(member.registration.password);
    await main.getByRole('button', { name: text.signIn, exact: true }).click();
    await visitor.see(main.getByText(text.tooMany));
    await visitor.checkPage();
    await visitor.screenshot('too many attempts');
  }, 60_000);
});
