import { describe, expect, test } from 'vitest';
import { expectAccessible } from './support/accessibility';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, openMenu, registerAs } from './support/members';
import { becomeMentor, createMenteeWithRequest, incomingFrom } from './support/requests';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/** The interface's words for this story, per language (the English names are the help page's). */
const WORDS = {
  en: {
    menu: 'Menu',
    inbox: 'Inbox',
    inboxUnread: (count: number) => `Inbox, ${count} unread message${count === 1 ? '' : 's'}`,
    sendMessage: 'Send message',
    dialog: (name: string) => `Send ${name} a message`,
    yourMessage: 'Your message',
    yourMessageTo: (name: string) => `Your message to ${name}`,
    send: 'Send',
    tooLong: 'A message can be at most 5,000 characters.',
    count: (count: string) => `${count} of 5,000 characters`,
    conversations: 'Conversations',
    noConversations: 'No conversations yet',
    unread: (count: number) => `${count} unread`,
    you: 'You',
    read: 'Read',
    notRead: 'Not read yet',
    report: 'Report',
    reported: 'Reported',
    reportDialog: 'Report this message to the alumni office',
    reportRequestDialog: 'Report this mentoring request to the alumni office',
    spam: 'Spam or advertising',
    harassment: 'Harassment or threats',
    details: 'Anything the alumni office should know? (optional)',
    sendReport: 'Send report',
    reportThanks: 'Thank you. Your report was sent to the alumni office.',
    block: 'Block',
    unblock: 'Unblock',
    blockDialog: (name: string) => `Block ${name}?`,
    unblockDialog: (name: string) => `Unblock ${name}?`,
    blocked: (name: string) => `You blocked ${name}.`,
    unblocked: (name: string) => `You unblocked ${name}.`,
    settings: 'Settings',
    blockedMembers: 'Blocked members',
    noneBlocked: 'You have not blocked anyone.',
    cannotSend: 'You can no longer write in this conversation.',
  },
  nl: {
    menu: 'Menu',
    inbox: 'Inbox',
    inboxUnread: (count: number) => `Inbox, ${count} ongelezen bericht${count === 1 ? '' : 'en'}`,
    sendMessage: 'Bericht sturen',
    dialog: (name: string) => `Stuur ${name} een bericht`,
    yourMessage: 'Je bericht',
    yourMessageTo: (name: string) => `Je bericht aan ${name}`,
    send: 'Versturen',
    tooLong: 'Een bericht mag hoogstens 5.000 tekens lang zijn.',
    count: (count: string) => `${count} van 5.000 tekens`,
    conversations: 'Gesprekken',
    noConversations: 'Nog geen gesprekken',
    unread: (count: number) => `${count} ongelezen`,
    you: 'Jij',
    read: 'Gelezen',
    notRead: 'Nog niet gelezen',
    report: 'Melden',
    reported: 'Gemeld',
    reportDialog: 'Dit bericht melden bij het alumnibureau',
    reportRequestDialog: 'Dit mentorverzoek melden bij het alumnibureau',
    spam: 'Spam of reclame',
    harassment: 'Intimidatie of bedreiging',
    details: 'Wil je het alumnibureau nog iets laten weten? (optioneel)',
    sendReport: 'Melding versturen',
    reportThanks: 'Dank je. Je melding is naar het alumnibureau gestuurd.',
    block: 'Blokkeren',
    unblock: 'Deblokkeren',
    blockDialog: (name: string) => `${name} blokkeren?`,
    unblockDialog: (name: string) => `${name} deblokkeren?`,
    blocked: (name: string) => `Je hebt ${name} geblokkeerd.`,
    unblocked: (name: string) => `Je hebt ${name} gedeblokkeerd.`,
    settings: 'Instellingen',
    blockedMembers: 'Geblokkeerde leden',
    noneBlocked: 'Je hebt niemand geblokkeerd.',
    cannotSend: 'Je kunt in dit gesprek niet meer schrijven.',
  },
} as const;

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

/** On a phone, folds the menu away again (it stays open after a look at the Inbox link). */
async function closeMenu(visitor: Visitor, label: string) {
  if (visitor.options.viewport !== 'phone') return;
  const toggle = visitor.page.getByRole('button', { name: label, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}

/** The menu's Inbox link, opened on a phone first. */
async function inboxLink(visitor: Visitor, name: string | RegExp) {
  await openMenu(visitor, WORDS[visitor.options.language].menu);
  return visitor.page.getByRole('navigation').getByRole('link', { name, exact: true });
}

describe.each(runsToday('inbox runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('A mentee writes to a mentor from the profile, the mentor answers live, reports, blocks and unblocks', async () => {
    const words = WORDS[language];

    // Sanne mentors; Daan, a student, found her profile.
    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    const sanne = await registerAs(mentor, { role: 'alumnus', firstName: 'Sanne', familyName: 'de Vries', language });
    await becomeMentor(mentor, { headline: 'Employment lawyer', expertise: ['Litigation'] });
    const mentee = await browser.open({ baseURL: app.url, viewport, language });
    await registerAs(mentee, { role: 'student', firstName: 'Daan', familyName: 'Jansen', language });
    await dismissCookieNotice(mentor);
    await dismissCookieNotice(mentee);

    // Sanne has her dashboard open, with nothing unread yet.
    await mentor.visit('/dashboard');
    await mentor.see(await inboxLink(mentor, words.inbox));

    // Daan's Inbox is empty, and says how a conversation starts.
    await mentee.visit('/inbox');
    const { page } = mentee;
    await mentee.see(page.getByRole('heading', { name: words.noConversations }));
    await mentee.screenshot('inbox-empty');

    // Daan: "Send message" on Sanne's profile. Too long a message is refused before sending.
    await mentee.visit(`/members/${sanne.username}`);
    await mentee.see(page.getByRole('button', { name: words.block, exact: true }));
    await mentee.screenshot('profile-actions');
    await page.getByRole('button', { name: words.sendMessage }).click();
    const dialog = await mentee.see(page.getByRole('dialog', { name: words.dialog('Sanne de Vries') }));
    const field = dialog.getByLabel(words.yourMessage, { exact: true });
    await field.fill('x'.repeat(5001));
    await mentee.see(dialog.getByText(words.tooLong));
    await expectAccessible(page);
    await mentee.screenshot('send-dialog-too-long', { fullPage: false });
    const first = 'Hello Sanne, could we talk about working in-house?\nMore here: https://example.org/in-house.';
    await field.fill(first);
    await mentee.see(dialog.getByText(words.count(String(first.length))));
    await mentee.follow(() => dialog.getByRole('button', { name: words.send, exact: true }).click());
    expect(new URL(page.url()).pathname).toMatch(/^\/inbox\/[0-9a-f-]{36}$/);
    await mentee.see(page.getByRole('heading', { level: 1, name: 'Sanne de Vries' }));
    const link = await mentee.see(page.getByRole('link', { name: 'https://example.org/in-house' }));
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    await mentee.see(page.getByText(words.notRead));
    await mentee.screenshot('thread-sent');

    // Sanne's menu shows the unread message without reloading; her Inbox lists it.
    const unreadLink = await mentor.see(await inboxLink(mentor, words.inboxUnread(1)));
    await expectAccessible(mentor.page);
    await mentor.follow(() => unreadLink.click());
    const list = mentor.page.getByRole('list', { name: words.conversations });
    const row = await mentor.see(list.getByRole('link', { name: new RegExp(`Daan Jansen.*${words.unread(1)}`, 's') }));
    await mentor.screenshot('inbox-unread');

    // She opens it: it is read (Daan sees "Read" live), and the badge is gone.
    await mentor.follow(() => row.click());
    await mentor.see(mentor.page.getByRole('heading', { level: 1, name: 'Daan Jansen' }));
    await mentor.see(await inboxLink(mentor, words.inbox));
    await closeMenu(mentor, words.menu);
    await mentee.see(page.getByText(words.read, { exact: true }));

    // She answers; Daan sees it arrive without reloading.
    const answer = 'Hi Daan, gladly. Shall we call on Thursday?';
    await mentor.page.getByLabel(words.yourMessageTo('Daan Jansen')).fill(answer);
    await mentor.page.getByRole('button', { name: words.send, exact: true }).click();
    await mentor.see(mentor.page.getByText(answer, { exact: true }));
    await mentee.see(page.getByText(answer, { exact: true }));
    await expectAccessible(page);
    await mentee.screenshot('thread-answered');
    await mentor.checkPage();
    await mentor.screenshot('thread-mentor');

    // Sanne reports Daan's message: a reason and a few words; she is told it was sent, and the button says "Reported".
    await mentor.page.getByRole('button', { name: words.report, exact: true }).click();
    const reportDialog = await mentor.see(mentor.page.getByRole('dialog', { name: words.reportDialog }));
    await expectAccessible(mentor.page);
    await reportDialog.getByRole('radio', { name: words.harassment }).check();
    await reportDialog.getByLabel(words.details).fill('Not harassment really: this is a test.');
    await expectAccessible(mentor.page);
    await mentor.screenshot('report-dialog', { fullPage: false });
    await reportDialog.getByRole('button', { name: words.sendReport }).click();
    await mentor.see(mentor.page.getByText(words.reportThanks));
    await mentor.see(mentor.page.getByText(words.reported, { exact: true }));
    expect(await mentor.page.getByRole('button', { name: words.report, exact: true }).count()).toBe(0);
    await expectAccessible(mentor.page);
    await mentor.screenshot('reported');

    // After a reload the message still says "Reported", with no button to report it again.
    await mentor.page.reload();
    await mentor.checkPage();
    await mentor.see(mentor.page.getByText(words.reported, { exact: true }));
    expect(await mentor.page.getByRole('button', { name: words.report, exact: true }).count()).toBe(0);

    // She blocks Daan from the conversation, after reading what it does.
    await mentor.page.getByRole('button', { name: words.block, exact: true }).click();
    const blockDialog = await mentor.see(mentor.page.getByRole('dialog', { name: words.blockDialog('Daan Jansen') }));
    await expectAccessible(mentor.page);
    await mentor.screenshot('block-dialog', { fullPage: false });
    await blockDialog.getByRole('button', { name: words.block, exact: true }).click();
    await mentor.see(mentor.page.getByText(words.blocked('Daan Jansen')));
    await mentor.see(mentor.page.getByRole('button', { name: words.unblock, exact: true }));

    // Daan can no longer write in the conversation (he is not told why).
    await mentee.page.reload();
    await mentee.checkPage();
    await mentee.see(page.getByText(words.cannotSend));

    // Settings → Blocked members lists Daan; Unblock there empties the list.
    await mentor.visit('/settings');
    const section = mentor.page.getByRole('region', { name: words.blockedMembers });
    await mentor.see(section.getByRole('link', { name: 'Daan Jansen' }));
    await mentor.screenshot('settings-blocked');
    await section.getByRole('button', { name: words.unblock, exact: true }).click();
    const unblockDialog = await mentor.see(mentor.page.getByRole('dialog', { name: words.unblockDialog('Daan Jansen') }));
    await unblockDialog.getByRole('button', { name: words.unblock, exact: true }).click();
    await mentor.see(section.getByText(words.unblocked('Daan Jansen')));
    await mentor.see(section.getByText(words.noneBlocked));
    await expectAccessible(mentor.page);

    // Daan may write again.
    await mentee.page.reload();
    await mentee.checkPage();
    await mentee.see(page.getByLabel(words.yourMessageTo('Sanne de Vries')));
    await mentee.visit('/inbox');
    await mentee.see(page.getByRole('list', { name: words.conversations }).getByRole('link', { name: /Sanne de Vries/ }));
    await mentee.screenshot('inbox');
  }, 240_000);
});

const REPORT_RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('inbox report runs', REPORT_RUNS))('at %s width in %s', (viewport, language) => {
  test('A mentor reports a request\'s motivation, sees she may write to the mentee, and writes from the Requests page', async () => {
    const words = WORDS[language];
    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    const sanne = await registerAs(mentor, { role: 'alumnus', firstName: 'Sanne', familyName: 'Bos', language });
    await becomeMentor(mentor, { headline: 'Product manager', expertise: ['Product'] });
    const eva = await createMenteeWithRequest(app.url, sanne.username!, { firstName: 'Eva', familyName: 'Bakker', language });
    const [request] = await incomingFrom(mentor, eva.username);
    await dismissCookieNotice(mentor);
    await mentor.visit(`/requests/${request!.id}`);
    const { page } = mentor;

    await page.getByRole('button', { name: words.report, exact: true }).click();
    const reportDialog = await mentor.see(page.getByRole('dialog', { name: words.reportRequestDialog }));
    await expectAccessible(page);
    await reportDialog.getByRole('radio', { name: words.spam }).check();
    await reportDialog.getByLabel(words.details).fill('Looks like an advertisement.');
    await expectAccessible(page);
    await mentor.screenshot('report-request-dialog', { fullPage: false });
    await reportDialog.getByRole('button', { name: words.sendReport }).click();
    await mentor.see(page.getByText(words.reportThanks));
    await mentor.see(page.getByText(words.reported, { exact: true }));
    expect(await page.getByRole('button', { name: words.report, exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await mentor.screenshot('request-with-report');

    // The request remembers it: after a reload it still says "Reported", with no button to report it again.
    await page.reload();
    await mentor.checkPage();
    await mentor.see(page.getByText(words.reported, { exact: true }));
    expect(await page.getByRole('button', { name: words.report, exact: true }).count()).toBe(0);

    // Eva is no mentor, but her request lets Sanne write to her: her profile offers "Send message".
    await mentor.visit(`/members/${eva.username}`);
    await mentor.see(page.getByRole('heading', { level: 1, name: 'Eva Bakker' }));
    await mentor.see(page.getByRole('button', { name: words.sendMessage }));
    await expectAccessible(page);
    await mentor.screenshot('profile-not-a-mentor');

    // A student with no request between them may not write to Eva: Block, but no "Send message".
    const stranger = await browser.open({ baseURL: app.url, viewport, language });
    await registerAs(stranger, { role: 'student', firstName: 'Tim', familyName: 'Smit', language });
    await dismissCookieNotice(stranger);
    await stranger.visit(`/members/${eva.username}`);
    await stranger.see(stranger.page.getByRole('heading', { level: 1, name: 'Eva Bakker' }));
    await stranger.see(stranger.page.getByRole('button', { name: words.block, exact: true }));
    expect(await stranger.page.getByRole('button', { name: words.sendMessage }).count()).toBe(0);
    await expectAccessible(stranger.page);
    await stranger.screenshot('profile-not-a-mentor-stranger');

    // Sanne asks Eva a question before answering, from the request: the conversation opens with it.
    await mentor.visit(`/requests/${request!.id}`);
    await page.getByRole('button', { name: words.sendMessage }).click();
    const dialog = await mentor.see(page.getByRole('dialog', { name: words.dialog('Eva Bakker') }));
    await dialog.getByLabel(words.yourMessage, { exact: true }).fill('Hi Eva, what kind of product role are you thinking of?');
    await mentor.follow(() => dialog.getByRole('button', { name: words.send, exact: true }).click());
    await mentor.see(page.getByRole('heading', { level: 1, name: 'Eva Bakker' }));
    await mentor.see(page.getByText('Hi Eva, what kind of product role are you thinking of?', { exact: true }));
  }, 120_000);
});
