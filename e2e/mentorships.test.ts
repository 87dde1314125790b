import { describe, expect, test } from 'vitest';
import type { MentoringRequest } from '../contract/mentoring';
import { expectAccessible } from './support/accessibility';
import { type Language, useBrowser, type ViewportName, type Visitor } from './support/browser';
import { dismissCookieNotice, registerAs } from './support/members';
import { createMentor } from './support/mentors';
import { becomeMentor, callAs } from './support/requests';
import { useApp } from './support/server';
import { runsToday } from './support/runs';

const app = useApp();
const browser = useBrowser();

/** The interface's words for this story, per language (the English names are the help page's). */
const WORDS = {
  en: {
    active: 'Active mentorships',
    incoming: 'Requests for you',
    outgoing: 'Your requests',
    from: (name: string) => `Request from ${name}`,
    to: (name: string) => `Request to ${name}`,
    pending: 'Waiting for an answer',
    end: 'End mentorship',
    dialog: (name: string) => `End the mentorship with ${name}?`,
    reason: 'Why are you ending it? (optional)',
    goalsReached: 'The goals have been reached',
    feedback: 'Feedback (optional)',
    count: (count: number) => `${count} of 500 characters used`,
    cancel: 'Cancel',
    ended: (name: string) => `Your mentorship with ${name} has ended.`,
    searchForMentor: 'Search for a mentor',
    noMentorships: 'No active mentorships.',
    places: (active: number, max: number) => `${active} of ${max} places taken.`,
    history: 'Mentor History',
    current: 'Current mentees',
    past: 'Past mentees',
    endedBy: (name: string) => `${name} ended it · Reason: The goals have been reached`,
    period: (from: string, to: string) => `${from} to ${to}`,
  },
  nl: {
    active: 'Lopende mentorschappen',
    incoming: 'Verzoeken aan jou',
    outgoing: 'Jouw verzoeken',
    from: (name: string) => `Verzoek van ${name}`,
    to: (name: string) => `Verzoek aan ${name}`,
    pending: 'Wacht op antwoord',
    end: 'Mentorschap beëindigen',
    dialog: (name: string) => `Het mentorschap met ${name} beëindigen?`,
    reason: 'Waarom stop je? (optioneel)',
    goalsReached: 'De doelen zijn bereikt',
    feedback: 'Feedback (optioneel)',
    count: (count: number) => `${count} van 500 tekens gebruikt`,
    cancel: 'Annuleren',
    ended: (name: string) => `Je mentorschap met ${name} is beëindigd.`,
    searchForMentor: 'Zoek een mentor',
    noMentorships: 'Geen lopende mentorschappen.',
    places: (active: number, max: number) => `${active} van ${max} plekken bezet.`,
    history: 'Mentorgeschiedenis',
    current: 'Huidige mentees',
    past: 'Eerdere mentees',
    endedBy: (name: string) => `Door ${name} beëindigd · Reden: De doelen zijn bereikt`,
    period: (from: string, to: string) => `${from} tot ${to}`,
  },
} as const;

const sendRequest = (mentee: Visitor, mentor: { username: string | null }) =>
  callAs<MentoringRequest>(mentee, 'POST', '/api/requests', {
    mentorUsername: mentor.username,
    motivation: 'I would like to learn how you chose between working at a firm and in-house.',
  });

const RUNS: [ViewportName, Language][] = [
  ['desktop', 'en'],
  ['phone', 'nl'],
  ['desktop', 'nl'],
  ['phone', 'en'],
];

describe.each(runsToday('mentorships runs', RUNS))('at %s width in %s', (viewport, language) => {
  test('A mentee ends a mentorship from the dashboard and the mentor finds them under past mentees', async () => {
    const words = WORDS[language];
    // English dates the British way (DATE_LOCALE_EN's default): "4 March 2026", not "March 4, 2026".
    const dateOf = (date: Date) => new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(date);

    // Sanne mentors (two places); Daan asked her and she accepted; Eva's request to her waits,
    // and so does Daan's request to Lotte.
    const mentor = await browser.open({ baseURL: app.url, viewport, language });
    const sanne = await registerAs(mentor, {
      role: 'alumnus',
      firstName: 'Sanne',
      familyName: 'de Vries',
      studyProgramme: 'Law',
      startYear: 2007,
      graduationYear: 2012,
      language,
    });
    await becomeMentor(mentor, { headline: 'Employment lawyer', expertise: ['Litigation'], maxMentees: 2 });
    const lotte = await createMentor(app.url, { firstName: 'Lotte', familyName: 'Vermeer' }, { headline: 'Data engineer', expertise: ['Data science'] });

    const mentee = await browser.open({ baseURL: app.url, viewport, language });
    await registerAs(mentee, { role: 'student', firstName: 'Daan', familyName: 'Jansen', studyProgramme: 'Law', startYear: 2022, language });
    const accepted = await sendRequest(mentee, sanne);
    await callAs(mentor, 'POST', `/api/requests/${accepted.id}/accept`, { response: 'Happy to help, let us meet next week.' });
    await sendRequest(mentee, lotte);

    const other = await browser.open({ baseURL: app.url, viewport, language });
    await registerAs(other, { role: 'student', firstName: 'Eva', familyName: 'Bakker', studyProgramme: 'History', startYear: 2023, language });
    await sendRequest(other, sanne);

    // The mentor's dashboard: the mentorship, the waiting request and the places.
    await dismissCookieNotice(mentor);
    await mentor.visit('/dashboard');
    const mentorActive = mentor.page.getByRole('region', { name: words.active });
    await mentor.see(mentorActive.getByRole('link', { name: 'Daan Jansen' }));
    const incoming = mentor.page.getByRole('region', { name: words.incoming });
    await mentor.see(incoming.getByRole('link', { name: words.from('Eva Bakker') }));
    await mentor.see(incoming.getByText(words.places(1, 2)));
    await mentor.screenshot('mentor-dashboard');

    // The mentee's dashboard: the mentorship and the request waiting at Lotte.
    await dismissCookieNotice(mentee);
    await mentee.visit('/dashboard');
    const { page } = mentee;
    const active = page.getByRole('region', { name: words.active });
    await mentee.see(active.getByRole('link', { name: 'Sanne de Vries' }));
    const outgoing = page.getByRole('region', { name: words.outgoing });
    await mentee.see(outgoing.getByRole('link', { name: words.to(lotte.name) }));
    await mentee.see(outgoing.getByText(words.pending, { exact: true }));
    await mentee.screenshot('mentee-dashboard');

    // Cancel first: Escape closes the dialog and gives focus back to the button.
    const endButton = active.getByRole('button', { name: words.end });
    await endButton.click();
    const dialog = await mentee.see(page.getByRole('dialog', { name: words.dialog('Sanne de Vries') }));
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await endButton.evaluate((element) => element === document.activeElement)).toBe(true);

    // Then end it, with a reason and feedback.
    await endButton.click();
    await mentee.see(dialog);
    await dialog.getByLabel(words.reason).selectOption({ label: words.goalsReached });
    const feedback = 'Very helpful, thank you!';
    await dialog.getByLabel(words.feedback).fill(feedback);
    await mentee.see(dialog.getByText(words.count(feedback.length)));
    await expectAccessible(page);
    await mentee.screenshot('end-dialog', { fullPage: false });
    await dialog.getByRole('button', { name: words.end }).click();

    const ended = await mentee.see(active.getByText(words.ended('Sanne de Vries')));
    expect(await ended.evaluate((element) => element === document.activeElement)).toBe(true);
    await mentee.see(active.getByRole('link', { name: words.searchForMentor }));
    expect(await active.getByRole('link', { name: 'Sanne de Vries' }).count()).toBe(0);
    await mentee.checkPage();
    await mentee.screenshot('mentee-dashboard-ended');

    // The mentor's dashboard no longer lists it, and the place is free again.
    await mentor.visit('/dashboard');
    await mentor.see(mentorActive.getByText(words.noMentorships));
    await mentor.see(incoming.getByText(words.places(0, 2)));
    expect(await mentorActive.getByRole('link', { name: 'Daan Jansen' }).count()).toBe(0);
    await mentor.screenshot('mentor-dashboard-ended');

    // The Mentor History lists Daan under past mentees, with the dates and who ended it why.
    await mentor.visit('/profile/mentor');
    const history = mentor.page.getByRole('region', { name: words.history });
    await mentor.see(history.getByText(words.places(0, 2)));
    const pastHeading = history.getByRole('heading', { name: words.past });
    await mentor.see(pastHeading);
    const pastList = history.locator('h3', { hasText: words.past }).locator('+ ul');
    await mentor.see(pastList.getByRole('link', { name: 'Daan Jansen' }));
    const today = dateOf(new Date());
    await mentor.see(pastList.getByText(words.period(today, today)));
    await mentor.see(pastList.getByText(words.endedBy('Daan Jansen')));
    await mentor.checkPage();
    await mentor.screenshot('mentor-history');

    const list = await callAs<{ items: { isActive: boolean; endReason: string | null }[] }>(mentor, 'GET', '/api/mentorships?role=mentor');
    expect(list.items).toEqual([expect.objectContaining({ isActive: false, endReason: 'goals_reached' })]);
  });
});

test('A mentor ends a mentorship from the Mentor History; the mentee sees it gone and follows the notification to the dashboard', async () => {
  const mentor = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  const sanne = await registerAs(mentor, { role: 'alumnus', firstName: 'Sanne', familyName: 'Peters', language: 'en' });
  await becomeMentor(mentor, { maxMentees: 1 });
  const mentee = await browser.open({ baseURL: app.url, viewport: 'desktop', language: 'en' });
  await registerAs(mentee, { role: 'student', firstName: 'Noah', familyName: 'Visser', language: 'en' });
  const request = await sendRequest(mentee, sanne);
  await callAs(mentor, 'POST', `/api/requests/${request.id}/accept`);

  await dismissCookieNotice(mentor);
  await mentor.visit('/profile/mentor');
  const { page } = mentor;
  const history = page.getByRole('region', { name: 'Mentor History' });
  await mentor.see(history.getByText('1 of 1 place taken.'));
  await mentor.see(history.getByText('All your places are taken.', { exact: false }));
  await mentor.screenshot('mentor-history-full');

  await history.getByRole('button', { name: 'End mentorship with Noah Visser' }).click();
  const dialog = await mentor.see(page.getByRole('dialog', { name: 'End the mentorship with Noah Visser?' }));
  await dialog.getByRole('button', { name: 'End mentorship' }).click();
  await mentor.see(history.getByText('Your mentorship with Noah Visser has ended.'));
  await mentor.see(history.getByText('0 of 1 place taken.'));
  await mentor.see(history.getByText('You ended it'));
  await mentor.checkPage();

  await mentee.visit('/dashboard');
  const active = mentee.page.getByRole('region', { name: 'Active mentorships' });
  await mentee.see(active.getByRole('link', { name: 'Search for a mentor' }));
  expect(await active.getByRole('link', { name: 'Sanne Peters' }).count()).toBe(0);

  // The bell's notifications link to their subject: the request, or the dashboard for an ended mentorship.
  await mentee.visit('/profile');
  await mentee.page.getByRole('button', { name: /^Notifications/ }).click();
  const panel = mentee.page.getByRole('region', { name: 'Notifications' });
  const endedNote = await mentee.see(panel.getByRole('link', { name: 'Your mentorship with Sanne Peters has ended.' }));
  expect(await endedNote.getAttribute('href')).toBe('/dashboard');
  const acceptedNote = panel.getByRole('link', { name: /Sanne Peters accepted your mentoring request/ });
  expect(await acceptedNote.getAttribute('href')).toBe(`/requests/${request.id}`);
  await expectAccessible(mentee.page);
  await mentee.follow(() => endedNote.click());
  expect(new URL(mentee.page.url()).pathname).toBe('/dashboard');
});
