import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { mentoringRequests, users } from '../server/db/schema';
import { expectAccessible } from './support/accessibility';
import { registerOverHttp } from './support/api-member';
import { type Language, useBrowser, type ViewportName } from './support/browser';
import { dismissCookieNotice, openMenu, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/**
 * Admin → Statistics (issue 16): the alumni office reads the figures, the weekly requests chart
 * (drawn by the charting library) and the table beside it, picks a period, and downloads the weeks as CSV.
 */
const WORDS = {
  en: { menu: 'Menu', admin: 'Admin', tab: 'Statistics', weeks: 'Requests per week', from: 'From', to: 'To', show: 'Show', download: 'Download CSV', sent: 'Sent' },
  nl: { menu: 'Menu', admin: 'Beheer', tab: 'Statistieken', weeks: 'Verzoeken per week', from: 'Van', to: 'Tot en met', show: 'Tonen', download: 'CSV downloaden', sent: 'Verstuurd' },
} as const;

const RUNS: [ViewportName, Language, number][] = [
  ['desktop', 'en', 2025],
  ['phone', 'nl', 2024],
];

describe.each(runsToday('admin-stats runs', RUNS))('at %s width in %s', (viewport, language, year) => {
  const words = WORDS[language];

  test('The alumni office reads the statistics chart and its table, picks a period and downloads the CSV', async () => {
    const tag = `${viewport[0]}${language}${Date.now().toString(36).slice(-4)}`;
    const mentor = await registerOverHttp(app.url, { role: 'alumnus', firstName: 'Mira', familyName: `Stats ${tag}`, language });
    const student = await registerOverHttp(app.url, { role: 'student', firstName: 'Tijn', familyName: `Stats ${tag}`, language });
    const [mentorId, studentId] = await Promise.all([mentor, student].map(async (member) => (await member.call<{ id: string }>('GET', '/api/me')).id));
    // Two weeks of requests in March of the run's year (each run its own year): the first week's Monday is the 4th (2024) or 3rd (2025).
    const monday = year === 2025 ? 3 : 4;
    const day = (offset: number, hour = 10) => new Date(Date.UTC(year, 2, monday + offset, hour));
    const request = (values: Partial<typeof mentoringRequests.$inferInsert>) =>
      ({ menteeId: studentId, mentorId, motivation: 'A motivation long enough.', ...values }) as typeof mentoringRequests.$inferInsert;
    await app.database.db.insert(mentoringRequests).values([
      request({ status: 'accepted', createdAt: day(0), answeredAt: day(1) }),
      request({ status: 'declined', createdAt: day(2), answeredAt: day(8) }),
      request({ status: 'withdrawn', createdAt: day(7), withdrawnAt: day(9) }),
      // Within the default 12 weeks: today's week has a request to draw.
      request({ status: 'expired', createdAt: new Date(Date.now() - 20 * 86_400_000), expiredAt: new Date() }),
    ]);

    const admin = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = admin;
    await dismissCookieNotice(admin);
    const me = await registerAs(admin, { role: 'staff', firstName: 'Office', familyName: `Admin ${tag}`, language });
    await app.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, me.id));

    await admin.visit('/dashboard');
    await openMenu(admin, words.menu);
    await admin.follow(() => page.getByRole('link', { name: words.admin, exact: true }).click());
    await admin.follow(() => page.getByRole('link', { name: words.tab }).click());
    await admin.see(page.getByRole('heading', { name: words.weeks }));
    // The chart is drawn by the library (a canvas), and hidden from screen readers; the table holds the same figures.
    await admin.see(page.locator('.stats-chart canvas').first());
    expect(await page.locator('[aria-hidden="true"] .stats-chart').count()).toBe(1);
    const table = page.getByRole('table', { name: words.weeks });
    await admin.see(table);
    expect(await table.getByRole('row').count()).toBe(13);
    await expectAccessible(page);
    await admin.screenshot('statistics');

    // A period of two weeks: the figures of the requests above, week by week.
    const from = `${year}-03-0${monday}`;
    const to = `${year}-03-${String(monday + 13).padStart(2, '0')}`;
    await page.getByLabel(words.from, { exact: true }).fill(from);
    await page.getByLabel(words.to, { exact: true }).fill(to);
    await admin.follow(() => page.getByRole('button', { name: words.show }).click());
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const firstWeek = table.getByRole('row').nth(1);
    expect(await firstWeek.getByRole('cell').allTextContents()).toEqual(['2', '1', '0', '0', '0']);
    await expectAccessible(page);
    await admin.screenshot('statistics-period');

    const csvHref = await page.getByRole('link', { name: words.download }).getAttribute('href');
    expect(csvHref).toContain(`from=${from}`);
    const csv = await page.context().request.get(new URL(csvHref!, app.url).href);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('week,week_start,sent,accepted,declined,withdrawn,expired');
    expect(lines.slice(1).map((line) => line.split(',').slice(1).join(','))).toEqual([`${from},2,1,0,0,0`, `${year}-03-${String(monday + 7).padStart(2, '0')},1,0,1,1,0`]);
  });
});
