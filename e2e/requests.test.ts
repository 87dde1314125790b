import { describe, expect, test } from 'vitest';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { createMentor } from './support/mentors';
import { becomeMentor, callAs, createMenteeWithRequest, incomingFrom } from './support/requests';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/** The interface's words for these stories, per language (the English ones are the help page's). */
const WORDS = {
  en: {
    menu: 'Menu',
    requests: 'Requests',
    send: 'Send mentoring request',
    pending: 'Mentoring request pending (retract)',
    dialog: /^Mentoring request to/,
    motivation: /^Why would you like/,
    goals: /^What do you hope to achieve/,
    submit: 'Send',
    tooShort: 'Write a little more',
    sent: 'Your mentoring request is on its way',
    retracted: 'Your mentoring request has been retracted.',
    retractDialog: (name: string) => `Retract your mentoring request to ${name}?`,
    retractConfirm: 'Retract request',
    keep: 'Keep request',
    retractedOutcome: 'Your request has been retracted.',
    incoming: 'Incoming',
    outgoing: 'Outgoing',
    requestFrom: (name: string) => `Request from ${name}`,
    requestTo: (name: string) => `Request to ${name}`,
    response: /^Your response to/,
    reason: 'Reason for declining (optional)',
    reasonText: 'My experience does not match what you are looking for',
    decline: 'Decline',
    declineDialog: (name: string) => `Decline the request from ${name}?`,
    declineConfirm: 'Decline request',
    accept: 'Accept',
    declined: 'You declined the request.',
    declinedStatus: 'Declined',
    responseFrom: (name: string) => `Response from ${name}`,
    accepted: 'has started',
    mentoredSince: /has been your mentor since/,
    lastPlace: 'That was your last free place. Nobody can send you a new request until a mentorship ends or you raise your maximum.',
    pause: 'Pause mentoring',
    full: (active: number, max: number) => `You cannot accept now: ${active} of ${max} places taken.`,
    raise: 'Raise your maximum number of mentees',
    mentorTab: 'Mentor History',
    active: 'Active mentorships',
    end: 'End mentorship',
    endDialog: (name: string) => `End the mentorship with ${name}?`,
    ended: (name: string) => `Your mentorship with ${name} has ended.`,
    noMentorships: 'No active mentorships.',
  },
  nl: {
    menu: 'Menu',
    requests: 'Verzoeken',
    send: 'Mentorverzoek versturen',
    pending: 'Mentorverzoek in afwachting (intrekken)',
    dialog: /^Mentorverzoek aan/,
    motivation: /^Waarom wil je/,
    goals: /^Wat hoop je te bereiken/,
    submit: 'Versturen',
    tooShort: 'Schrijf iets meer',
    sent: 'Je mentorverzoek is onderweg',
    retracted: 'Je mentorverzoek is ingetrokken.',
    retractDialog: (name: string) => `Je mentorverzoek aan ${name} intrekken?`,
    retractConfirm: 'Verzoek intrekken',
    keep: 'Verzoek houden',
    retractedOutcome: 'Je verzoek is ingetrokken.',
    incoming: 'Inkomend',
    outgoing: 'Uitgaand',
    requestFrom: (name: string) => `Verzoek van ${name}`,
    requestTo: (name: string) => `Verzoek aan ${name}`,
    response: /^Je antwoord aan/,
    reason: 'Reden van afwijzen (optioneel)',
    reasonText: 'Mijn ervaring past niet bij wat je zoekt',
    decline: 'Afwijzen',
    declineDialog: (name: string) => `Het verzoek van ${name} afwijzen?`,
    declineConfirm: 'Verzoek afwijzen',
    accept: 'Accepteren',
    declined: 'Je hebt het verzoek afgewezen.',
    declinedStatus: 'Afgewezen',
    responseFrom: (name: string) => `Antwoord van ${name}`,
    accepted: 'is begonnen',
    mentoredSince: /is sinds .+ je mentor\./,
    lastPlace: 'Dat was je laatste vrije plek. Niemand kan je een nieuw verzoek sturen tot er een mentorschap eindigt of je je maximum verhoogt.',
    pause: 'Mentorschap pauzeren',
    full: (active: number, max: number) => `Accepteren kan nu niet: ${active} van ${max} plekken bezet.`,
    raise: 'Verhoog je maximale aantal mentees',
    mentorTab: 'Mentorgeschiedenis',
    active: 'Lopende mentorschappen',
    end: 'Mentorschap beëindigen',
    endDialog: (name: string) => `Het mentorschap met ${name} beëindigen?`,
    ended: (name: string) => `Je mentorschap met ${name} is beëindigd.`,
    noMentorships: 'Geen lopende mentorschappen.',
  },
} as const;

const MOTIVATION =
  'I am in my third year of Biology and doubt between research and consultancy. You made that switch yourself, so I would love to hear how you decided.';

async function openRequestsFromMenu(visitor: Visitor) {
  const { page } = visitor;
  const words = WORDS[visitor.options.language];
  if (visitor.options.viewport === 'phone') await page.getByRole('button', { name: words.menu, exact: true }).click();
  await visitor.follow(() =>
    page.getByRole('navigation', { name: /main menu|hoofdmenu/i }).getByRole('link', { name: words.requests, exact: true }).click(),
  );
}

/** Opens the request form on a mentor's profile, sends `motivation`, and waits for the orange button. */
async function sendRequest(visitor: Visitor, motivation: string, { screenshot = false } = {}) {
  const { page } = visitor;
  const words = WORDS[visitor.options.language];
  await page.getByRole('button', { name: words.send }).click();
  const dialog = await visitor.see(page.getByRole('dialog', { name: words.dialog }));
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('request-motivation');
  if (screenshot) {
    await dialog.getByLabel(words.motivation).fill(MOTIVATION.slice(0, 60));
    await visitor.checkPage();
    await visitor.screenshot('request form');
  }
  await dialog.getByLabel(words.motivation).fill(motivation);
  await dialog.getByLabel(words.goals).fill('Choose a direction for my master.');
  await dialog.getByRole('button', { name: words.submit, exact: true }).click();
  await visitor.see(page.getByText(words.sent));
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('request-announcement');
  const pending = await visitor.see(page.getByRole('button', { name: words.pending }));
  expect(await pending.getAttribute('class')).toContain('button-pending');
}

/** The mentor opens a request from the Incoming list (on a phone the list and the request take turns). */
async function openIncoming(visitor: Visitor, menteeName: string) {
  const { page } = visitor;
  await visitor.follow(() => page.getByRole('link', { name: new RegExp(menteeName) }).first().click());
  const words = WORDS[visitor.options.language];
  await visitor.see(page.getByRole('heading', { level: 2, name: words.requestFrom(menteeName) }));
}

/** Two browsers, a dozen pages and an accessibility check on each: longer than the default minute. */
const STORY_RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

describe.each(runsToday('requests story runs', STORY_RUNS))('at %s width in %s', (viewport, language) => {
  test('A student asks an alumnus to mentor them: declined, retracted, accepted, on both dashboards, then ended', async () => {
    const words = WORDS[language];
    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(mentor);
    const mentorMe = await registerAs(mentor, { role: 'alumnus', firstName: 'Sanne', familyName: `Visser ${viewport}${language}`, language });
    await becomeMentor(mentor, {
      headline: 'Ecologist turned sustainability consultant',
      expertise: ['Ecology', 'Consultancy'],
      industry: 'consulting',
      jobTitle: 'Senior consultant',
      employer: 'Groen Advies',
      maxMentees: 2,
    });
    const mentorName = mentorMe.name;

    const student = await browser.open({ baseURL: app.url, viewport, language });
    await dismissCookieNotice(student);
    const studentMe = await registerAs(student, {
      role: 'student',
      firstName: 'Daan',
      familyName: `de Boer ${viewport}${language}`,
      studyProgramme: 'Biology',
      startYear: 2023,
      language,
    });
    const studentName = studentMe.name;
    const { page } = student;

    // The student opens the mentor's profile and sends a request; a short motivation is refused first.
    await student.visit(`/members/${mentorMe.username}`);
    await page.getByRole('button', { name: words.send }).click();
    const dialog = await student.see(page.getByRole('dialog', { name: words.dialog }));
    await dialog.getByLabel(words.motivation).fill('Please help me');
    await dialog.getByRole('button', { name: words.submit, exact: true }).click();
    await student.see(dialog.getByText(words.tooShort));
    await student.checkPage();
    await page.keyboard.press('Escape');
    await sendRequest(student, MOTIVATION, { screenshot: true });
    await student.checkPage();
    await student.screenshot('pending button');

    // The mentor opens Requests (Incoming by default), reads the request and declines it with a reason.
    await mentor.visit('/dashboard');
    await openRequestsFromMenu(mentor);
    await mentor.see(mentor.page.getByRole('link', { name: words.incoming, exact: false }));
    expect(await mentor.page.getByRole('link', { name: new RegExp(`^${words.incoming}`) }).getAttribute('aria-current')).toBe('page');
    await mentor.screenshot('mentor list');
    await openIncoming(mentor, studentName);
    const request = mentor.page.getByRole('article');
    await mentor.see(request.getByText(MOTIVATION));
    await mentor.see(request.getByRole('link', { name: studentName }));
    const response = 'Thank you for asking! My consultancy work is far from biology research, so a researcher would help you more.';
    await request.getByLabel(words.response).fill(response);
    await mentor.checkPage();
    await mentor.screenshot('mentor request');
    // Decline asks first: Escape changes nothing and puts focus back on Decline.
    const declineButton = request.getByRole('button', { name: words.decline, exact: true });
    await declineButton.click();
    let declineDialog = await mentor.see(mentor.page.getByRole('dialog', { name: words.declineDialog(studentName) }));
    await mentor.page.keyboard.press('Escape');
    await declineDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => declineButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await declineButton.click();
    declineDialog = await mentor.see(mentor.page.getByRole('dialog', { name: words.declineDialog(studentName) }));
    expect(await declineDialog.getByLabel(words.response).inputValue()).toBe(response);
    await declineDialog.getByLabel(words.reason).selectOption('expertise_mismatch');
    await mentor.checkPage();
    await mentor.screenshot('decline dialog', { fullPage: false });
    await declineDialog.getByRole('button', { name: words.declineConfirm, exact: true }).click();
    await mentor.see(mentor.page.getByText(words.declined));
    await mentor.checkPage();

    // The student sees the decline, the response and the reason on the Requests page: only the
    // requests they sent, as students never mentor (no Incoming tab, issue 17 item 5).
    await student.visit('/requests');
    expect(await page.getByRole('link', { name: new RegExp(`^${words.incoming}`) }).count()).toBe(0);
    await student.see(page.getByRole('link', { name: new RegExp(mentorName) }).getByText(words.declinedStatus));
    await student.screenshot('mentee list');
    await student.follow(() => page.getByRole('link', { name: new RegExp(mentorName) }).first().click());
    const declined = page.getByRole('article');
    await student.see(declined.getByRole('heading', { name: words.responseFrom(mentorName) }));
    await student.see(declined.getByText('a researcher would help you more'));
    await student.see(declined.getByText(words.reasonText));
    await student.screenshot('mentee request');

    // A new request, retracted with the orange button under the photo after a confirm step, then sent again.
    await student.visit(`/members/${mentorMe.username}`);
    await sendRequest(student, `${MOTIVATION} I have thought about it again.`);
    const pendingButton = page.getByRole('button', { name: words.pending });
    await pendingButton.click();
    let retractDialog = await student.see(page.getByRole('dialog', { name: words.retractDialog(mentorName) }));
    // Focus starts on the safe choice; keeping the request changes nothing.
    await expect.poll(() => retractDialog.getByRole('button', { name: words.keep }).evaluate((button) => button === document.activeElement)).toBe(true);
    await student.checkPage();
    await student.screenshot('retract dialog', { fullPage: false });
    await retractDialog.getByRole('button', { name: words.keep }).click();
    await retractDialog.waitFor({ state: 'hidden' });
    await expect.poll(() => pendingButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await pendingButton.click();
    retractDialog = await student.see(page.getByRole('dialog', { name: words.retractDialog(mentorName) }));
    await retractDialog.getByRole('button', { name: words.retractConfirm, exact: true }).click();
    await student.see(page.getByText(words.retracted));
    const sendAgain = await student.see(page.getByRole('button', { name: words.send }));
    await expect.poll(() => sendAgain.evaluate((button) => button === document.activeElement)).toBe(true);
    await student.checkPage();
    await sendRequest(student, `${MOTIVATION} This time for real.`);

    // The mentor accepts; the student's view of the mentor's profile shows the mentorship.
    await mentor.visit('/requests');
    await openIncoming(mentor, studentName);
    await mentor.page.getByRole('article').getByRole('button', { name: words.accept, exact: true }).click();
    await mentor.see(mentor.page.getByText(words.accepted));
    await mentor.checkPage();

    await student.visit(`/members/${mentorMe.username}`);
    await student.see(page.getByText(words.mentoredSince));
    expect(await page.getByRole('button', { name: words.send }).count()).toBe(0);

    // The mentorship shows on both dashboards; the student ends it there, and it is gone for both.
    await mentor.visit('/dashboard');
    const mentorActive = mentor.page.getByRole('region', { name: words.active });
    await mentor.see(mentorActive.getByRole('link', { name: studentName }));
    await mentor.checkPage();
    await student.visit('/dashboard');
    const active = page.getByRole('region', { name: words.active });
    await student.see(active.getByRole('link', { name: mentorName }));
    await student.checkPage();
    await student.screenshot('mentee dashboard');
    await active.getByRole('button', { name: words.end }).click();
    const endDialog = await student.see(page.getByRole('dialog', { name: words.endDialog(mentorName) }));
    await endDialog.getByRole('button', { name: words.end, exact: true }).click();
    await student.see(active.getByText(words.ended(mentorName)));
    expect(await active.getByRole('link', { name: mentorName }).count()).toBe(0);
    await mentor.visit('/dashboard');
    await mentor.see(mentorActive.getByText(words.noMentorships));
    expect(await mentorActive.getByRole('link', { name: studentName }).count()).toBe(0);
  }, 240_000);
});

const CAPACITY_RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'en'],
  ['desktop', 'nl'],
  ['phone', 'nl'],
];

/** Today as the Requests list writes it: English the British way (DATE_LOCALE_EN's default). */
const today = (language: Language) => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(new Date());

describe.each(runsToday('requests capacity runs', CAPACITY_RUNS))('at %s width in %s', (viewport, language) => {
  test('A mentor fills the last place, is told no new requests can come (not asked to pause), and is offered to raise the maximum', async () => {
    const words = WORDS[language];
    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = mentor;
    await dismissCookieNotice(mentor);
    const me = await registerAs(mentor, { role: 'alumnus', firstName: 'Joris', familyName: `Smit ${viewport}${language}`, language });
    await becomeMentor(mentor, { headline: 'Product manager', expertise: ['Product management'], maxMentees: 2 });
    const mentee = (firstName: string) => createMenteeWithRequest(app.url, me.username ?? '', { firstName, familyName: `Kuiper ${viewport}${language}` });
    const [anna, bram, cleo, dirk] = [await mentee('Anna'), await mentee('Bram'), await mentee('Cleo'), await mentee('Dirk')];
    const idOf = async (username: string) => (await incomingFrom(mentor, username))[0]?.id ?? 'missing';
    await callAs(mentor, 'POST', `/api/requests/${await idOf(anna.username)}/accept`, {});

    // One place left: accepting Bram fills it. Being full already stops new requests (docs/product.md, rule 13), so
    // the page says so and offers more room; it does not ask to pause as well.
    await mentor.visit('/requests');
    await mentor.see(page.getByText(today(language)).first());
    await openIncoming(mentor, bram.name);
    await page.getByRole('article').getByRole('button', { name: words.accept, exact: true }).click();
    await mentor.see(page.getByText(words.accepted));
    const note = await mentor.see(page.getByText(words.lastPlace));
    expect(await page.getByRole('button', { name: words.pause }).count()).toBe(0);
    expect(await page.getByRole('region').filter({ hasText: words.lastPlace }).count()).toBe(0);
    await mentor.see(note.locator('..').getByRole('link', { name: words.raise }));
    await mentor.checkPage();
    await mentor.screenshot('last place taken');

    // Full: Cleo's request cannot be accepted, and the way to make room is offered.
    await mentor.visit(`/requests?tab=incoming`);
    await openIncoming(mentor, cleo.name);
    const request = page.getByRole('article');
    await mentor.see(request.getByText(words.full(2, 2)));
    expect(await request.getByRole('button', { name: words.accept, exact: true }).isDisabled()).toBe(true);
    expect(await request.getByRole('button', { name: words.decline, exact: true }).isDisabled()).toBe(false);
    await mentor.checkPage();
    await mentor.screenshot('full');
    await mentor.follow(() => request.getByRole('link', { name: words.raise }).click());
    expect(new URL(page.url()).pathname).toBe('/profile/mentor');

    // Raised to 3, but Dirk takes the new place (elsewhere) before Accept on Cleo is clicked: 409 mentor_full.
    await callAs(mentor, 'PUT', '/api/me/mentor-profile', { maxMentees: 3 });
    await mentor.visit(`/requests/${await idOf(cleo.username)}`);
    const again = page.getByRole('article');
    const accept = await mentor.see(again.getByRole('button', { name: words.accept, exact: true }));
    expect(await accept.isDisabled()).toBe(false);
    await callAs(mentor, 'POST', `/api/requests/${await idOf(dirk.username)}/accept`, {});
    mentor.expectFailedResponse(409);
    await accept.click();
    await mentor.see(again.getByText(words.full(3, 3)));
    await mentor.see(again.getByRole('link', { name: words.raise }));
    await mentor.checkPage();
  }, 120_000);
});

const RETRACT_RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
];

describe.each(runsToday('requests retract runs', RETRACT_RUNS))('at %s width in %s', (viewport, language) => {
  test('A mentee retracts a request on Requests, after confirming', async () => {
    const words = WORDS[language];
    const mentor = await createMentor(
      app.url,
      { firstName: 'Eva', familyName: `Willems ${viewport}${language}` },
      { headline: 'History teacher and textbook author', expertise: ['Teaching'], industry: 'education' },
    );
    const student = await browser.open({ baseURL: app.url, viewport, language });
    const { page } = student;
    await dismissCookieNotice(student);
    await registerAs(student, { role: 'student', language });
    await callAs(student, 'POST', '/api/requests', { mentorUsername: mentor.username, motivation: MOTIVATION });

    await student.visit('/requests');
    await student.follow(() => page.getByRole('link', { name: new RegExp(mentor.name) }).first().click());
    const request = page.getByRole('article');
    // The dialog is part of the request's pane: the first button of that name is the one on the page.
    const retract = request.getByRole('button', { name: words.retractConfirm, exact: true }).first();
    await student.see(retract);
    await retract.click();
    const dialog = page.getByRole('dialog', { name: words.retractDialog(mentor.name) });
    await student.see(dialog);
    await student.checkPage();
    await student.screenshot('retract dialog on requests', { fullPage: false });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => retract.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await callAs<{ status: string }>(student, 'GET', `/api/requests/${new URL(page.url()).pathname.split('/').at(-1)}`)).toMatchObject({ status: 'pending' });

    await retract.click();
    await dialog.getByRole('button', { name: words.retractConfirm, exact: true }).click();
    await student.see(page.getByText(words.retractedOutcome));
    await student.checkPage();
  });
});
