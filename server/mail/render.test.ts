import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../../contract/i18n';
import { PASSWORD_RESET_LINK_EXPIRES_IN_S } from '../../contract/accounts';
import { DECLINE_REASONS } from '../../contract/mentoring';
import { escapeHtml, renderMail } from './render';
import { INVITATION_EXPIRES_IN_DAYS } from '../../contract/invitations';
import { en } from './templates/en';
import type { MailContext, MailDataByTemplate, MailTemplate } from './templates/types';

const context = (overrides: Partial<MailContext> = {}): MailContext => ({
  language: 'en',
  institutionName: 'Test University Mentor Network',
  supportEmail: 'mentors@test.example',
  accentColor: '#001158',
  publicUrl: 'https://mentors.test.example',
  ...overrides,
});

// Enough data for every template; each renderer reads only its own fields.
const sampleData = {
  url: 'https://mentors.test.example/reset?token=abc&x=1',
  newEmail: 'new@test.example',
  requestId: '6f1c2d9e-0000-4000-8000-000000000001',
  mentorshipId: '6f1c2d9e-0000-4000-8000-000000000002',
  menteeName: 'Daan Jansen',
  menteeUsername: 'daan.jansen',
  mentorName: 'Sanne de Vries',
  mentorUsername: 'sanne.devries',
  otherName: 'Sanne de Vries',
  otherUsername: 'sanne.devries',
  response: 'Happy to help.',
  reason: null,
  endedByYou: false,
  expiresAt: '2026-10-01T12:00:00.000Z',
  conversationId: '6f1c2d9e-0000-4000-8000-000000000003',
  senderName: 'Daan Jansen',
  senderUsername: 'daan.jansen',
  oldUsername: 'daan.jansen',
  newUsername: 'Daan.Jansen2',
  oldRole: 'student',
  newRole: 'alumnus',
  graduationYear: 2025,
  isAdmin: true,
} as unknown as MailDataByTemplate[MailTemplate];

const templates = Object.keys(en.templates) as MailTemplate[];

describe('mail templates', () => {
  it.each(LANGUAGES.flatMap((language) => templates.map((template) => [language, template] as const)))(
    'renders %s/%s with the institution, a text and an HTML version in that language',
    (language, template) => {
      const mail = renderMail(template, sampleData, context({ language }));
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain('Test University Mentor Network');
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).toContain(`<title>${escapeHtml(mail.subject)}</title>`);
      expect(mail.text).not.toContain('undefined');
    },
  );

  it('writes the Dutch mail in Dutch and the English one in English', () => {
    const nl = renderMail('password_reset', { url: 'https://x.test/r' }, context({ language: 'nl', recipientName: 'Anna' }));
    const enMail = renderMail('password_reset', { url: 'https://x.test/r' }, context({ recipientName: 'Anna' }));
    expect(nl.subject).toBe('Stel een nieuw wachtwoord in voor Test University Mentor Network');
    expect(nl.text).toContain('Beste Anna,');
    expect(enMail.subject).toBe('Reset your password for Test University Mentor Network');
    expect(enMail.text).toContain('Hello Anna,');
  });

  it('puts the link in the text and, escaped, in the HTML', () => {
    const mail = renderMail('password_reset', { url: 'https://x.test/reset?token=a&b=2' }, context());
    expect(mail.text).toContain('https://x.test/reset?token=a&b=2');
    expect(mail.html).toContain('<a href="https://x.test/reset?token=a&amp;b=2"');
  });

  it('escapes user data in the HTML', () => {
    const mail = renderMail(
      'email_changed',
      { newEmail: '"><script>alert(1)</script>@evil.test' },
      context({ recipientName: '<img src=x onerror=alert(1)>', institutionName: 'A & B <University>' }),
    );
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('A &amp; B &lt;University&gt;');
    // The plain-text version is not HTML: it keeps the characters as they are.
    expect(mail.text).toContain('"><script>alert(1)</script>@evil.test');
  });

  it('never turns a non-web address into a link', () => {
    const mail = renderMail('email_verification', { url: 'javascript:alert(1)' }, context());
    expect(mail.html).not.toContain('href="javascript:');
  });

  it('tells notification readers why they got it and how to switch email off, linking to the settings', () => {
    for (const language of LANGUAGES) {
      const mail = renderMail('welcome', {}, context({ language }));
      expect(mail.text).toContain('https://mentors.test.example/settings');
      expect(mail.html).toContain('href="https://mentors.test.example/settings"');
    }
    expect(renderMail('welcome', {}, context()).text).toContain('switch off “Receive email notifications”');
    expect(renderMail('welcome', {}, context({ language: 'nl' })).text).toContain('Zet dan “E-mailnotificaties ontvangen” uit');
  });

  it('explains that a requested link is sent even with notifications off, without a settings link', () => {
    const mail = renderMail('email_change_confirm', { url: 'https://x.test/c', newEmail: 'n@test.example' }, context());
    expect(mail.text).toContain('even when email notifications are switched off');
    expect(mail.text).not.toContain('/settings');
    expect(mail.text).toContain('n@test.example');
  });

  it('quotes the whole motivation (and goals) in the new-request mail, escaped in the HTML', () => {
    const motivation = `I study <b>policy</b> & law.\nSecond line. ${'x'.repeat(1900)} the end`;
    const data = { requestId: 'r1', menteeName: 'Daan', menteeUsername: 'daan', motivation, goals: 'A first job' };
    for (const language of LANGUAGES) {
      const mail = renderMail('request_received', data, context({ language }));
      expect(mail.text).toContain(motivation);
      expect(mail.text).toContain('A first job');
      expect(mail.html).toContain('I study &lt;b&gt;policy&lt;/b&gt; &amp; law.<br>Second line.');
      expect(mail.html).toContain(`${'x'.repeat(1900)} the end`);
      expect(mail.html).not.toContain('<b>policy');
    }
    const noGoals = renderMail('request_received', { ...data, goals: null }, context());
    expect(noGoals.text).toContain(motivation);
    expect(noGoals.text).not.toContain('null');
  });

  it('names the chosen decline reason and quotes the response in both languages', () => {
    const data = { requestId: 'r1', mentorName: 'Sanne', mentorUsername: 'sanne', response: 'Too far <from> mine.', reason: 'expertise_mismatch' };
    const enMail = renderMail('request_declined', data, context());
    expect(enMail.text).toContain('My experience does not match what you are looking for');
    expect(enMail.text).toContain('Too far <from> mine.');
    expect(enMail.html).toContain('Too far &lt;from&gt; mine.');
    const nlMail = renderMail('request_declined', data, context({ language: 'nl' }));
    expect(nlMail.text).toContain('Mijn ervaring past niet bij wat je zoekt');
    expect(nlMail.text).toContain('Too far <from> mine.');
    const noReason = renderMail('request_declined', { ...data, reason: null, response: null }, context());
    expect(noReason.text).not.toContain('null');
    expect(noReason.text).not.toContain('Reason');
  });

  it('words every decline reason as the web app does', () => {
    for (const language of LANGUAGES) {
      const web = JSON.parse(readFileSync(new URL(`../../web/src/i18n/locales/${language}/mentoring.json`, import.meta.url), 'utf8'));
      for (const reason of DECLINE_REASONS) {
        const data = { requestId: 'r1', mentorName: 'Sanne', mentorUsername: 'sanne', response: null, reason };
        expect(renderMail('request_declined', data, context({ language })).text, `${language}/${reason}`).toContain(web.declineReasons[reason]);
      }
    }
  });

  it('sends the welcome mail\'s reader to the dashboard page, in both languages', () => {
    for (const language of LANGUAGES) {
      const mail = renderMail('welcome', {}, context({ language }));
      expect(mail.text).toContain('https://mentors.test.example/dashboard\n');
      expect(mail.html).toContain('<a href="https://mentors.test.example/dashboard"');
    }
  });

  it('says in the reset mail what the forgot-password page says: the link expires after an hour, as configured', () => {
    // The wording below names one hour; change it with the setting.
    expect(PASSWORD_RESET_LINK_EXPIRES_IN_S).toBe(60 * 60);
    const words = { en: 'expires after an hour', nl: 'verloopt na een uur' } as const;
    for (const language of LANGUAGES) {
      const web = JSON.parse(readFileSync(new URL(`../../web/src/i18n/locales/${language}/accounts.json`, import.meta.url), 'utf8'));
      expect(web.forgot.sent, language).toContain(words[language]);
      const help = readFileSync(new URL(`../../web/src/i18n/locales/${language}/help.json`, import.meta.url), 'utf8');
      expect(help, language).toContain(words[language]);
      expect(renderMail('password_reset', { url: 'https://x.test/r' }, context({ language })).text, language).toContain(words[language]);
    }
  });
  it('writes the invitation in the invitee’s language, with the link, its 14 days and a footer for someone without an account', () => {
    expect(INVITATION_EXPIRES_IN_DAYS).toBe(14);
    const words = {
      en: { link: 'Register as an alumnus', days: 'expires after 14 days', footer: 'in its list of alumni' },
      nl: { link: 'Registreer als alumnus', days: 'verloopt na 14 dagen', footer: 'in zijn lijst van alumni' },
    } as const;
    for (const language of LANGUAGES) {
      const mail = renderMail('invitation', { url: 'https://x.test/register?token=abc' }, context({ language, recipientName: 'Anna' }));
      expect(mail.text, language).toContain(`${words[language].link}:\nhttps://x.test/register?token=abc`);
      expect(mail.text, language).toContain(words[language].days);
      expect(mail.text, language).toContain(words[language].footer);
      expect(mail.text, language).toContain('Anna');
      expect(mail.html, language).toContain('<a href="https://x.test/register?token=abc"');
    }
  });
});
