import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { users } from '../server/db/schema';
import { expectAccessible } from './support/accessibility';
import { registerOverHttp } from './support/api-member';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, openMenu, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/**
 * The alumni office's console (issue 16): an admin finds a member and changes their user name,
 * approves a student's graduation request, and reads what they did in the audit log; a student
 * presses "I have graduated" on their profile. Only admins see the Admin menu item.
 */
const WORDS = {
  en: {
    menu: 'Menu',
    admin: 'Admin',
    membersTitle: 'Members',
    search: 'Name, user name or email',
    searchButton: 'Search',
    username: 'User name',
    changeUsername: 'Change user name',
    usernameDone: (name: string) => `The user name is now ${name}. The member has been told.`,
    graduationTab: 'Graduation requests',
    approve: 'Approve',
    reject: 'Reject',
    rejectReason: 'Reason',
    cancel: 'Cancel',
    approved: (name: string) => `${name} is now an alumnus and has been told.`,
    auditTab: 'Audit log',
    usernameChanged: 'User name changed',
    graduationApproved: 'Graduation approved',
    download: 'Download CSV',
    graduated: 'I have graduated',
    year: 'Year you graduated',
    send: 'Send request',
    pending: 'is waiting for the alumni office',
  },
  nl: {
    menu: 'Menu',
    admin: 'Beheer',
    membersTitle: 'Leden',
    search: 'Naam, gebruikersnaam of e-mailadres',
    searchButton: 'Zoeken',
    username: 'Gebruikersnaam',
    changeUsername: 'Gebruikersnaam wijzigen',
    usernameDone: (name: string) => `De gebruikersnaam is nu ${name}. Het lid heeft bericht gekregen.`,
    graduationTab: 'Afstudeerverzoeken',
    approve: 'Goedkeuren',
    reject: 'Afwijzen',
    rejectReason: 'Reden',
    cancel: 'Annuleren',
    approved: (name: string) => `${name} is nu alumnus en heeft bericht gekregen.`,
    auditTab: 'Auditlog',
    usernameChanged: 'Gebruikersnaam gewijzigd',
    graduationApproved: 'Afstuderen goedgekeurd',
    download: 'CSV downloaden',
    graduated: 'Ik ben afgestudeerd',
    year: 'Jaar waarin je bent afgestudeerd',
    send: 'Verzoek versturen',
    pending: 'ligt sinds',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

const run = (viewport: ViewportName, language: Language) => `${viewport[0]}${language}${Date.now().toString(36).slice(-4)}`;

async function signInAsAdmin(visitor: Visitor, tag: string): Promise<void> {
  const me = await registerAs(visitor, { role: 'staff', firstName: 'Office', familyName: `Admin ${tag}`, language: visitor.options.language });
  await app.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, me.id));
}

describe.each(runsToday('admin-console runs', RUNS))('at %s width in %s', (viewport, language) => {
  const words = WORDS[language];

  test('The alumni office finds a member, changes their user name, approves a graduation and reads the audit log', async () => {
    const tag = run(viewport, language);
    const member = await registerOverHttp(app.url, { role: 'alumnus', firstName: 'Renske', familyName: `Visser ${tag}`, language });
    const student = await registerOverHttp(app.url, { role: 'student', firstName: 'Daan', familyName: `Jansen ${tag}`, language });
    await student.call('POST', '/api/me/graduation-request', { graduationYear: 2025 });
    const other = await registerOverHttp(app.url, { role: 'student', firstName: 'Noor', familyName: `Bakker ${tag}`, language });
    await other.call('POST', '/api/me/graduation-request', { graduationYear: 2024 });

    const admin = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = admin;
    await dismissCookieNotice(admin);
    await signInAsAdmin(admin, tag);

    // The Admin menu item leads to the console's member search.
    await admin.visit('/dashboard');
    await openMenu(admin, words.menu);
    await admin.follow(() => page.getByRole('link', { name: words.admin, exact: true }).click());
    await admin.see(page.getByRole('heading', { name: words.admin, level: 1 }));
    await admin.screenshot('members');

    await page.getByLabel(words.search).fill(`Visser ${tag}`);
    await admin.follow(() => page.getByRole('button', { name: words.searchButton }).click());
    await admin.see(page.getByRole('link', { name: member.name }));
    await expectAccessible(page);
    await admin.screenshot('members-found');

    // Their page: a new user name, told to them.
    await admin.follow(() => page.getByRole('link', { name: member.name }).click());
    await admin.see(page.getByRole('heading', { name: member.name, level: 1 }));
    await admin.screenshot('member');
    const newName = `Renske.${tag}`;
    await page.getByLabel(words.username, { exact: true }).fill(newName);
    await page.getByRole('button', { name: words.changeUsername }).click();
    await admin.see(page.getByText(words.usernameDone(newName)));
    await expectAccessible(page);
    await admin.screenshot('username-changed');
    const renamed = await member.call<{ username: string }>('GET', '/api/me');
    expect(renamed.username).toBe(newName.toLowerCase());

    // Graduation requests: reject shows a dialog asking the reason (cancelled here), approve at once.
    await admin.follow(() => page.getByRole('link', { name: words.graduationTab }).click());
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: student.name }) });
    await admin.see(card);
    await admin.screenshot('graduation-requests');
    const otherCard = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: other.name }) });
    await otherCard.getByRole('button', { name: words.reject }).click();
    await admin.see(page.getByRole('dialog'));
    await admin.see(page.getByRole('dialog').getByLabel(words.rejectReason));
    await expectAccessible(page);
    await admin.screenshot('reject-dialog', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: words.cancel }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await card.getByRole('button', { name: words.approve }).click();
    await admin.see(page.getByText(words.approved(student.name)));
    await expectAccessible(page);
    await admin.screenshot('graduation-approved');
    const graduate = await student.call<{ role: string }>('GET', '/api/me');
    expect(graduate.role).toBe('alumnus');

    // The audit log shows both changes, and offers them as CSV.
    await admin.follow(() => page.getByRole('link', { name: words.auditTab }).click());
    const rows = page.getByRole('row');
    await admin.see(rows.filter({ hasText: words.graduationApproved }).filter({ hasText: student.name }));
    await admin.see(rows.filter({ hasText: words.usernameChanged }).filter({ hasText: member.name }));
    await admin.screenshot('audit-log');
    const csvHref = await page.getByRole('link', { name: words.download }).getAttribute('href');
    const csv = await page.context().request.get(new URL(csvHref!, app.url).href);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('graduation_approved');
  });

  test('A student presses "I have graduated", gives the year, and sees the request waiting; other members see no Admin item', async () => {
    const tag = run(viewport, language);
    const visitor = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = visitor;
    await dismissCookieNotice(visitor);
    await registerAs(visitor, { role: 'student', firstName: 'Sem', familyName: `de Boer ${tag}`, language });

    await visitor.visit('/profile');
    await openMenu(visitor, words.menu);
    expect(await page.getByRole('link', { name: words.admin, exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: words.graduated }).click();
    await visitor.see(page.getByRole('dialog'));
    await page.getByRole('dialog').getByLabel(words.year).fill('2025');
    await expectAccessible(page);
    await visitor.screenshot('graduation-dialog', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: words.send }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await visitor.see(page.getByText(words.pending));
    expect(await page.getByRole('button', { name: words.graduated }).count()).toBe(0);
    await expectAccessible(page);
    await visitor.screenshot('graduation-pending');

    // The console is not theirs: a link to it leads back to the dashboard.
    await visitor.visit('/admin');
    expect(new URL(page.url()).pathname).toBe('/dashboard');
  });
});
