import { describe, expect, test } from 'vitest';
import type { ModerationReport } from '../contract/moderation';
import type { NotificationList } from '../contract/notifications';
import { grantAdmin } from '../server/cli/grant-admin';
import { expectAccessible } from './support/accessibility';
import { type ApiMember, registerOverHttp } from './support/api-member';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, openMenu, registerAs } from './support/members';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/** The interface's words for this story, per language. */
const WORDS = {
  en: {
    menu: 'Menu',
    reports: 'Reports',
    admin: 'Admin',
    open: 'Open',
    dealtWith: 'Dealt with',
    messageFrom: (name: string) => `Reported message from ${name}`,
    requestFrom: (name: string) => `Reported mentoring request from ${name}`,
    reportedMessage: 'Reported message',
    removed: 'Removed by the alumni office',
    remove: 'Remove message',
    removeDialog: (name: string) => `Remove this message from ${name}?`,
    suspend: 'Suspend sender',
    suspendDialog: (name: string) => `Suspend ${name}?`,
    alsoRemove: 'Also remove the reported message',
    dismiss: 'Dismiss',
    dismissDialog: 'Dismiss this report?',
    note: 'Note for the alumni office (optional)',
    cancel: 'Cancel',
    doneRemoved: 'The message was removed.',
    doneSuspended: (name: string) => `${name} is suspended.`,
    doneDismissed: 'The report was dismissed.',
    statusRemoved: 'Message removed',
    statusSuspended: 'Sender suspended',
    statusDismissed: 'Dismissed',
    suspended: 'Suspended',
    sendMessage: 'Send message',
    noOpen: 'No open reports: there is nothing to decide.',
  },
  nl: {
    menu: 'Menu',
    reports: 'Moderatie',
    admin: 'Beheer',
    open: 'Open',
    dealtWith: 'Afgehandeld',
    messageFrom: (name: string) => `Gemeld bericht van ${name}`,
    requestFrom: (name: string) => `Gemeld mentorverzoek van ${name}`,
    reportedMessage: 'Gemeld bericht',
    removed: 'Verwijderd door het alumnibureau',
    remove: 'Bericht verwijderen',
    removeDialog: (name: string) => `Dit bericht van ${name} verwijderen?`,
    suspend: 'Afzender schorsen',
    suspendDialog: (name: string) => `${name} schorsen?`,
    alsoRemove: 'Ook het gemelde bericht verwijderen',
    dismiss: 'Afwijzen',
    dismissDialog: 'Deze melding afwijzen?',
    note: 'Notitie voor het alumnibureau (optioneel)',
    cancel: 'Annuleren',
    doneRemoved: 'Het bericht is verwijderd.',
    doneSuspended: (name: string) => `${name} is geschorst.`,
    doneDismissed: 'De melding is afgewezen.',
    statusRemoved: 'Bericht verwijderd',
    statusSuspended: 'Afzender geschorst',
    statusDismissed: 'Afgewezen',
    suspended: 'Geschorst',
    sendMessage: 'Bericht sturen',
    noOpen: 'Geen open meldingen: er valt niets te beslissen.',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

interface Seeded {
  mentor: ApiMember;
  spammer: ApiMember;
  threatener: ApiMember;
  asker: ApiMember;
  spam: string;
}

/** A mentor who received three things worth reporting, and reported each, through the API. */
async function seedReports(baseURL: string, language: Language): Promise<Seeded> {
  const unique = Date.now().toString(36);
  const mentor = await registerOverHttp(baseURL, { role: 'alumnus', firstName: 'Sanne', familyName: `Mentor ${unique}`, language });
  await mentor.call('POST', '/api/me/mentor-profile/activate');
  await mentor.call('PUT', '/api/me/mentor-profile', { headline: 'Employment lawyer', expertise: ['Litigation'], languages: ['nl'] });
  const spammer = await registerOverHttp(baseURL, { role: 'student', firstName: 'Piet', familyName: `Spam ${unique}`, language });
  const threatener = await registerOverHttp(baseURL, { role: 'student', firstName: 'Kees', familyName: `Threat ${unique}`, language });
  const asker = await registerOverHttp(baseURL, { role: 'student', firstName: 'Anna', familyName: `Odd ${unique}`, language });

  // Piet writes; Sanne answers; Piet sends spam, which Sanne reports.
  const spam = `Cheap watches at watches-${unique}.example, only today!`;
  const started = await spammer.call<{ conversation: { id: string } }>('POST', '/api/conversations', { username: mentor.username, body: 'Hello Sanne, do you have a moment?' });
  const conversation = started.conversation.id;
  await mentor.call('POST', `/api/conversations/${conversation}/messages`, { body: 'Of course, what is on your mind?' });
  const sent = await spammer.call<{ id: string }>('POST', `/api/conversations/${conversation}/messages`, { body: spam });
  await spammer.call('POST', `/api/conversations/${conversation}/messages`, { body: 'Reply soon!' });
  await mentor.call('POST', `/api/messages/${sent.id}/report`, { reason: 'spam', details: 'Advertising, not a question.' });

  // Kees threatens; Sanne reports it.
  const threat = await threatener.call<{ message: { id: string } }>('POST', '/api/conversations', { username: mentor.username, body: 'Answer me or you will regret it.' });
  await mentor.call('POST', `/api/messages/${threat.message.id}/report`, { reason: 'harassment' });

  // Anna's request has an odd motivation; Sanne reports the request.
  const request = await asker.call<{ id: string }>('POST', '/api/requests', {
    mentorUsername: mentor.username,
    motivation: 'I would like to know everything about your private life and where you live, please.',
  });
  await mentor.call('POST', `/api/requests/${request.id}/report`, { reason: 'inappropriate' });
  return { mentor, spammer, threatener, asker, spam };
}

/** An admin of the alumni office, signed in to the visitor's browser. */
async function signInAdmin(visitor: Visitor, language: Language) {
  const me = await registerAs(visitor, { role: 'staff', firstName: 'Marieke', familyName: 'Office', language });
  const granted = await grantAdmin(app.database.db, me.email);
  expect(granted.outcome).toBe('granted');
  return me;
}

/** Confirms a decision in its dialog (with a note), and waits for the page to say it was done. */
async function decide(visitor: Visitor, card: ReturnType<Visitor['page']['getByRole']>, button: string, dialogName: string, done: string, options: { note?: string; shot?: string } = {}) {
  const { page } = visitor;
  await card.getByRole('button', { name: button, exact: true }).click();
  const dialog = await visitor.see(page.getByRole('dialog', { name: dialogName }));
  if (options.note) await dialog.getByLabel(WORDS[visitor.options.language].note).fill(options.note);
  await expectAccessible(page);
  if (options.shot) await visitor.screenshot(options.shot, { fullPage: false });
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const said = await visitor.see(page.getByRole('status').filter({ hasText: done }));
  await expect.poll(() => said.evaluate((element) => element === document.activeElement)).toBe(true);
  await expectAccessible(page);
}

describe.each(runsToday('moderation-queue runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('The alumni office removes a reported message, suspends a sender and dismisses a report; the reporter is told each time', async () => {
    const words = WORDS[language];
    const seeded = await seedReports(app.url, language);
    const office = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(office);
    await signInAdmin(office, language);
    const { page } = office;

    // The menu has Reports for an admin; it opens the queue with the open reports.
    await office.visit('/dashboard');
    await openMenu(office, words.menu);
    await office.follow(() => page.getByRole('navigation', { name: /main menu|hoofdmenu/i }).getByRole('link', { name: words.reports, exact: true }).click());
    await office.see(page.getByRole('heading', { level: 1, name: words.reports }));
    // The menu marks Reports as the current page, not Admin (whose pages share /admin).
    await openMenu(office, words.menu);
    const menu = page.getByRole('navigation', { name: /main menu|hoofdmenu/i });
    expect(await menu.getByRole('link', { name: words.reports, exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await menu.getByRole('link', { name: words.admin, exact: true }).getAttribute('aria-current')).toBeNull();
    if (viewport === 'phone') await page.getByRole('button', { name: words.menu, exact: true }).click();
    await office.screenshot('queue');

    // The spam, highlighted among its neighbours, with the reporter's words.
    const spamCard = page.getByRole('article', { name: words.messageFrom(seeded.spammer.name) });
    await office.see(spamCard);
    const reported = spamCard.getByRole('listitem').filter({ hasText: words.reportedMessage });
    await expect.poll(() => reported.textContent()).toContain(seeded.spam);
    await expect.poll(() => spamCard.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    await office.see(spamCard.getByText('Advertising, not a question.'));
    await office.see(spamCard.getByRole('button', { name: words.sendMessage }));

    // Cancel changes nothing and hands focus back.
    await spamCard.getByRole('button', { name: words.remove, exact: true }).click();
    const dialog = await office.see(page.getByRole('dialog', { name: words.removeDialog(seeded.spammer.name) }));
    await dialog.getByRole('button', { name: words.cancel }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(words.remove);

    await decide(office, spamCard, words.remove, words.removeDialog(seeded.spammer.name), words.doneRemoved, { note: 'Advertising.', shot: 'remove-dialog' });
    await expect.poll(() => spamCard.count()).toBe(0);

    // The threat: suspend its sender (and remove it).
    const threatCard = page.getByRole('article', { name: words.messageFrom(seeded.threatener.name) });
    await threatCard.getByRole('button', { name: words.suspend, exact: true }).click();
    const suspendDialog = await office.see(page.getByRole('dialog', { name: words.suspendDialog(seeded.threatener.name) }));
    expect(await suspendDialog.getByRole('checkbox', { name: words.alsoRemove }).isChecked()).toBe(true);
    await suspendDialog.getByRole('button', { name: words.cancel }).click();
    await decide(office, threatCard, words.suspend, words.suspendDialog(seeded.threatener.name), words.doneSuspended(seeded.threatener.name), { shot: 'suspend-dialog' });

    // The request: dismissed.
    const requestCard = page.getByRole('article', { name: words.requestFrom(seeded.asker.name) });
    await office.see(requestCard.getByText(/private life/));
    await decide(office, requestCard, words.dismiss, words.dismissDialog, words.doneDismissed);
    await office.see(page.getByText(words.noOpen));
    await office.screenshot('queue-empty');

    // Dealt with: each outcome, the removed text nowhere on the page.
    await office.follow(() => page.getByRole('navigation', { name: /reports|meldingen/i }).getByRole('link', { name: words.dealtWith }).click());
    const removedCard = page.getByRole('article', { name: words.messageFrom(seeded.spammer.name) });
    await office.see(removedCard.getByText(words.statusRemoved).first());
    await office.see(removedCard.getByText(words.removed));
    await office.see(page.getByRole('article', { name: words.messageFrom(seeded.threatener.name) }).getByText(words.suspended, { exact: true }));
    await office.see(page.getByRole('article', { name: words.requestFrom(seeded.asker.name) }).getByText(words.statusDismissed, { exact: true }).first());
    expect(await page.content()).not.toContain(seeded.spam);
    await expectAccessible(page);
    await office.screenshot('dealt-with');

    // Sanne, who reported all three, is told each outcome; the suspended member is signed out.
    const bell = await seeded.mentor.call<NotificationList>('GET', '/api/notifications');
    const outcomes = bell.items.filter((item) => item.type === 'report_outcome').map((item) => item.data.outcome);
    expect(outcomes.sort()).toEqual(['dismissed', 'removed', 'suspended']);
    await expect(seeded.threatener.call('GET', '/api/me')).rejects.toThrow(/401/);
    const queue = await office.page.context().request.get(new URL('/api/admin/reports?status=resolved', app.url).href);
    const items = ((await queue.json()) as { items: ModerationReport[] }).items;
    expect(JSON.stringify(items)).not.toContain(seeded.spam);
    await office.finish();
  }, 180_000);
});
