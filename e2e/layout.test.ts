import { beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD, DEMO_SIGN_IN, seedDemoCommunity } from '../server/seed/demo-community';
import { type Language, useBrowser, VIEWPORTS, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { createMentor } from './support/mentors';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

/**
 * Layout on a desktop (1280×800) and a phone (390×844), measured in the browser on the demo
 * community: the cookie notice covers nothing, the request form's Send is on screen, and the
 * Search tab is short enough to show a result on the first screen of a phone.
 */
const app = useApp();
const browser = useBrowser();

beforeAll(async () => {
  await seedDemoCommunity(app.database.db);
});

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['desktop', 'nl'],
  ['phone', 'en'],
  ['phone', 'nl'],
];

/** Prints one measurement, so a run shows the figures (the test itself checks the limits). */
function report(what: string, viewport: ViewportName, language: Language, figures: Record<string, unknown>) {
  console.log(`[layout] ${what} at ${viewport} in ${language}: ${JSON.stringify(figures)}`);
}

/**
 * The links, buttons and fields outside the cookie notice whose box meets the notice's box, at
 * every scroll position from the top to the bottom of the page (one screen at a time).
 */
async function controlsUnderNotice(visitor: Visitor): Promise<string[]> {
  return visitor.page.evaluate(async () => {
    const notice = document.querySelector('.cookie-notice');
    if (!notice) return ['(no cookie notice)'];
    const covered = new Set<string>();
    const scroller = document.scrollingElement ?? document.documentElement;
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (let y = 0; ; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = notice.getBoundingClientRect();
      for (const control of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
        if (notice.contains(control)) continue;
        const rect = control.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (overlaps(box, rect)) covered.add((control.textContent ?? '').trim() || control.getAttribute('aria-label') || control.tagName);
      }
      if (y + window.innerHeight >= scroller.scrollHeight) break;
    }
    window.scrollTo(0, 0);
    return [...covered];
  });
}

describe.each(runsToday('layout runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('The cookie notice covers no link, button or field', async () => {
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = visitor;
    for (const pathname of ['/', '/sign-in', '/register', '/help']) {
      await visitor.visit(pathname);
      await visitor.see(page.locator('.cookie-notice'));
      const covered = await controlsUnderNotice(visitor);
      const box = await page.locator('.cookie-notice').boundingBox();
      report(`cookie notice on ${pathname}`, viewport, language, { covered, notice: box });
      await visitor.screenshot(`cookie notice ${pathname === '/' ? 'home' : pathname}`, { fullPage: false });
      expect(covered, `controls under the cookie notice on ${pathname}`).toEqual([]);
    }
  });

  test('The request form shows its Send button without scrolling', async () => {
    const mentor = await createMentor(
      app.url,
      { firstName: 'Lotte', familyName: `Vermeer ${viewport}${language}` },
      { headline: 'Data engineer', expertise: ['Data science'], industry: 'technology' },
    );
    const student = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = student;
    await dismissCookieNotice(student);
    await registerAs(student, { role: 'student', language });
    await student.visit(`/members/${mentor.username}`);
    await page.locator('[data-slot="mentor-request"] button').first().click();
    const dialog = await student.see(page.getByRole('dialog'));
    await student.checkPage();
    const send = dialog.locator('button[type="submit"]');
    const box = await send.boundingBox();
    const { height } = VIEWPORTS[viewport];
    const onTop = await send.evaluate((button) => {
      const rect = button.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return hit !== null && button.contains(hit);
    });
    report('request dialog', viewport, language, { send: box, viewportHeight: height, onTop });
    await student.screenshot('request dialog', { fullPage: false });
    expect(box, 'the Send button has a box').not.toBeNull();
    expect(box!.y, 'Send starts on screen').toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, 'Send ends on screen').toBeLessThanOrEqual(height);
    expect(onTop, 'nothing covers Send').toBe(true);
  });

  test('The Search tab is short and shows the first result near the top', async () => {
    const student = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = student;
    await dismissCookieNotice(student);
    const signIn = await page.context().request.post(new URL('/api/auth/sign-in/username', app.url).href, {
      data: { username: DEMO_SIGN_IN.student, password: DEMO_PASSWORD },
      headers: { origin: app.url },
    });
    expect(signIn.status()).toBe(200);
    // The demo student reads Dutch; each run reads its own language.
    const settings = await page.context().request.patch(new URL('/api/me/settings', app.url).href, { data: { language }, headers: { origin: app.url } });
    expect(settings.ok()).toBe(true);
    await student.visit('/search');
    const firstResult = await student.see(page.locator('.search-results .mentor-list > li').first());
    // The suggestions have arrived (on a phone they are folded away behind a button).
    await page.locator('.suggestions article, .suggestions .empty-text').first().waitFor({ state: 'attached' });
    await student.checkPage();
    const figures = await page.evaluate(() => {
      const first = document.querySelector('.search-results .mentor-list > li');
      return {
        pageHeight: (document.scrollingElement ?? document.documentElement).scrollHeight,
        firstResultTop: Math.round((first?.getBoundingClientRect().top ?? 0) + window.scrollY),
        results: document.querySelectorAll('.search-results .mentor-list > li').length,
      };
    });
    report('search page', viewport, language, figures);
    await student.screenshot('search');
    expect(await firstResult.isVisible()).toBe(true);
    const { height } = VIEWPORTS[viewport];
    // A page of results (up to 20) was 5,200–5,400 px on a desktop with the first result at 1,474, and
    // 8,300 px on a phone with it at 2,205 (under the suggestions). Now the first result starts on the
    // first screen (in its upper part on a phone, and, with the suggestions folded away, on a desktop
    // too: y ≈ 520 of 800), and the page is well under two thirds as long.
    expect(figures.firstResultTop, 'y of the first result').toBeLessThan(height * (viewport === 'desktop' ? 0.75 : 0.6));
    expect(figures.pageHeight, 'page height').toBeLessThan(viewport === 'desktop' ? 3_400 : 5_000);
  });
});
