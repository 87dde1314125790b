import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { invitations, outbox, users } from '../server/db/schema';
import { expectAccessible } from './support/accessibility';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/**
 * Inviting alumni in bulk (issue 16): the alumni office uploads its list; a bad line is reported
 * with its line number and nothing is sent; the corrected list is sent; an invitee opens the link
 * from the mailbox and registers as an alumnus with the form filled in; the office sends an
 * invitation again and withdraws another.
 */
const WORDS = {
  en: {
    admin: 'Admin',
    tab: 'Invitations',
    file: 'CSV file',
    check: 'Check the list',
    oneProblem: '1 of 3 lines has a problem.',
    nothingSent: 'Nothing has been sent.',
    badEmail: 'This is not a valid email address',
    valid: 'alumni.csv: 3 lines, no problems.',
    send: 'Send 3 invitations',
    sent: '3 invitations have been sent.',
    pending: 'Pending',
    registered: 'Registered',
    withdrawn: 'Withdrawn',
    resend: 'Send again',
    resent: 'with a new link',
    revoke: 'Withdraw',
    confirmRevoke: 'Withdraw invitation',
    register: 'Register',
    invited: 'The alumni office has invited you',
    firstName: 'First name',
    familyName: 'Family name',
    dateOfBirth: 'Date of birth',
    username: 'User name',
    email: 'Email address',
    password: 'Password',
    programme: 'Study programme',
    startYear: 'Year you started',
    graduationYear: 'Year you graduated',
    dashboard: 'Dashboard',
  },
  nl: {
    admin: 'Beheer',
    tab: 'Uitnodigingen',
    file: 'CSV-bestand',
    check: 'Lijst controleren',
    oneProblem: '1 van de 3 regels heeft een probleem.',
    nothingSent: 'Er is niets verstuurd.',
    badEmail: 'Dit is geen geldig e-mailadres',
    valid: 'alumni.csv: 3 regels, geen problemen.',
    send: '3 uitnodigingen versturen',
    sent: '3 uitnodigingen zijn verstuurd.',
    pending: 'Openstaand',
    registered: 'Geregistreerd',
    withdrawn: 'Ingetrokken',
    resend: 'Opnieuw sturen',
    resent: 'met een nieuwe link',
    revoke: 'Intrekken',
    confirmRevoke: 'Uitnodiging intrekken',
    register: 'Registreren',
    invited: 'Het alumnibureau heeft je uitgenodigd',
    firstName: 'Voornaam',
    familyName: 'Achternaam',
    dateOfBirth: 'Geboortedatum',
    username: 'Gebruikersnaam',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    programme: 'Opleiding',
    startYear: 'Jaar waarin je begon',
    graduationYear: 'Jaar waarin je afstudeerde',
    dashboard: 'Dashboard',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

async function signInAsAdmin(visitor: Visitor, tag: string): Promise<void> {
  const me = await registerAs(visitor, { role: 'staff', firstName: 'Office', familyName: `Admin ${tag}`, language: visitor.options.language });
  await app.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, me.id));
}

const csvFile = (text: string) => ({ name: 'alumni.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe.each(runsToday('admin-invitations runs', RUNS))('at %s width in %s', (viewport, language) => {
  const words = WORDS[language];

  test('The alumni office uploads its list, fixes the bad line, sends the invitations; an invitee registers as an alumnus through the link', { timeout: 240_000 }, async () => {
    const tag = `${viewport[0]}${language}${Date.now().toString(36).slice(-5)}`;
    const anna = `anna.${tag}@example.org`;
    const ben = `ben.${tag}@example.org`;
    const cees = `cees.${tag}@example.org`;
    const other = language === 'nl' ? 'en' : 'nl';

    const admin = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = admin;
    await dismissCookieNotice(admin);
    await signInAsAdmin(admin, tag);
    await admin.visit('/admin');
    await admin.follow(() => page.getByRole('navigation', { name: language === 'nl' ? 'Onderdelen van beheer' : 'Admin sections' }).getByRole('link', { name: words.tab }).click());
    await admin.see(page.getByRole('heading', { level: 2, name: language === 'nl' ? 'Alumni uitnodigen' : 'Invite alumni' }));
    await admin.screenshot('empty');

    // A list with a bad address on line 3: reported with its line, nothing sent.
    const bad = `naam;e-mail;taal\r\nAnna de Vries;${anna};${language}\r\nBen Brown;ben.${tag}.example.org;${other}\r\nCees Bos;${cees};\r\n`;
    await page.getByLabel(words.file).setInputFiles(csvFile(bad));
    await page.getByRole('button', { name: words.check }).click();
    await admin.see(page.getByText(words.oneProblem));
    await admin.see(page.getByText(words.nothingSent));
    const problemRow = page.getByRole('row').filter({ hasText: words.badEmail });
    await admin.see(problemRow);
    expect(await problemRow.getByRole('rowheader').textContent()).toBe('3');
    expect(await page.getByRole('button', { name: words.send }).count()).toBe(0);
    await expectAccessible(page);
    await admin.screenshot('bad-line');
    const written = await app.database.db.select().from(invitations).where(sql`${invitations.email} like ${`%${tag}%`}`);
    expect(written).toEqual([]);

    // The corrected list: checked, then sent.
    await page.getByLabel(words.file).setInputFiles(csvFile(bad.replace(`ben.${tag}.example.org`, ben)));
    await page.getByRole('button', { name: words.check }).click();
    await admin.see(page.getByText(words.valid));
    await expectAccessible(page);
    await admin.screenshot('checked');
    await page.getByRole('button', { name: words.send }).click();
    await admin.see(page.getByText(words.sent));
    const annaRow = page.getByRole('row').filter({ hasText: anna });
    await admin.see(annaRow.getByText(words.pending, { exact: true }));
    await expectAccessible(page);
    await admin.screenshot('sent');
    const mails = await app.database.db.select().from(outbox).where(sql`${outbox.payload}->>'to' in (${anna}, ${ben}, ${cees})`);
    expect(mails.map((mail) => [(mail.payload as { to: string }).to, (mail.payload as { language: string }).language]).sort()).toEqual(
      [[anna, language], [ben, other], [cees, language]].sort(),
    );

    // Anna opens the link from the (development) mailbox and registers: name, address and role filled in.
    await app.deliverMail();
    const invitee = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(invitee);
    await invitee.visit('/dev/mailbox');
    const mail = invitee.page.getByRole('article').filter({ hasText: anna }).filter({ hasText: '/register?token=' });
    await invitee.follow(() => mail.getByRole('link', { name: /\/register\?token=/ }).click());
    const main = invitee.page.getByRole('main');
    await invitee.see(invitee.page.getByRole('heading', { level: 1, name: words.register }));
    await invitee.see(main.getByText(words.invited));
    expect(await main.getByLabel(words.firstName).inputValue()).toBe('Anna');
    expect(await main.getByLabel(words.familyName).inputValue()).toBe('de Vries');
    const email = main.getByLabel(words.email, { exact: true });
    expect([await email.inputValue(), await email.getAttribute('readonly')]).toEqual([anna, '']);
    expect(await main.getByRole('radio').count()).toBe(0);
    await expectAccessible(invitee.page);
    await invitee.screenshot('register-invited');
    await main.getByLabel(words.dateOfBirth).fill('1988-03-02');
    await main.getByLabel(words.username).fill(`anna.${tag}`);
    await main.getByLabel(words.password, { exact: true }).fill('Tulip-Fields-Of-Lisse-1637');
    await main.getByLabel(words.programme).fill('History');
    await main.getByLabel(words.startYear).fill('2006');
    await main.getByLabel(words.graduationYear).fill('2011');
    await invitee.follow(() => main.getByRole('button', { name: words.register, exact: true }).click());
    await invitee.see(invitee.page.getByRole('heading', { level: 1, name: words.dashboard }));
    const [member] = await app.database.db.select().from(users).where(eq(users.email, anna));
    expect(member).toMatchObject({ role: 'alumnus', firstName: 'Anna', familyName: 'de Vries', emailVerified: true });

    // Back in the console: Anna has registered; Ben's invitation is sent again, Cees's withdrawn.
    await admin.visit('/admin/invitations');
    await admin.see(page.getByRole('row').filter({ hasText: anna }).getByText(words.registered, { exact: true }));
    const benRow = page.getByRole('row').filter({ hasText: ben });
    await benRow.getByRole('button', { name: words.resend }).click();
    await admin.see(page.getByText(words.resent));
    const ceesRow = page.getByRole('row').filter({ hasText: cees });
    await ceesRow.getByRole('button', { name: words.revoke }).click();
    await admin.see(page.getByRole('dialog'));
    await expectAccessible(page);
    await admin.screenshot('revoke-dialog', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: words.confirmRevoke }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await admin.see(page.getByRole('row').filter({ hasText: cees }).getByText(words.withdrawn, { exact: true }));
    await expectAccessible(page);
    await admin.screenshot('after-actions');
  });
});
