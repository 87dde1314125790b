import type { Language } from '../../contract/i18n';
import { isSecurityNotification } from '../../contract/notifications';
import { en } from './templates/en';
import { nl } from './templates/nl';
import type {
  LanguagePack,
  MailContext,
  MailDataByTemplate,
  MailLink,
  MailMessage,
  MailReason,
  MailTemplate,
  RenderedMail,
} from './templates/types';

/** Every language's mails; adding a language is one entry here (and the compiler asks for all templates). */
const packs: Record<Language, LanguagePack> = { en, nl };

const directTemplates = new Set<MailTemplate>(['password_reset', 'email_change_confirm', 'email_verification', 'email_changed_old_address']);
/** Direct mail about what happened to the account itself (docs/product.md, rule 18). */
const accountTemplates = new Set<MailTemplate>(['account_deleted', 'account_suspension']);

export function isMailTemplate(value: unknown): value is MailTemplate {
  return typeof value === 'string' && Object.hasOwn(en.templates, value);
}

/** Renders one mail in one language: subject, plain text and accessible HTML with the right footer. */
export function renderMail<T extends MailTemplate>(template: T, data: MailDataByTemplate[T], context: MailContext): RenderedMail {
  const pack = packs[context.language];
  const render = pack.templates[template] as (data: MailDataByTemplate[T], context: MailContext) => MailMessage;
  const message = render(data, context);
  const reason: MailReason = template === 'invitation'
    ? 'invitation'
    : directTemplates.has(template)
    ? 'transactional'
    : accountTemplates.has(template)
      ? 'account'
      : isSecurityNotification(template)
      ? 'security'
      : 'notification';
  const footer = pack.common.footer(reason, context);
  const greeting = pack.common.greeting(context.recipientName);
  const signOff = pack.common.signOff(context);
  return {
    subject: message.subject,
    text: renderText(message, { greeting, signOff, copyLinkHint: pack.common.copyLinkHint, footer }),
    html: renderHtml(message, { greeting, signOff, copyLinkHint: pack.common.copyLinkHint, footer }, context),
  };
}

interface Frame {
  greeting: string;
  signOff: string;
  copyLinkHint: string;
  footer: { lines: string[]; link?: MailLink };
}

function renderText(message: MailMessage, frame: Frame): string {
  const blocks = [frame.greeting, ...message.paragraphs];
  if (message.action) blocks.push(`${message.action.label}:\n${message.action.url}`);
  blocks.push(...(message.after ?? []), frame.signOff, '--');
  blocks.push(...frame.footer.lines);
  if (frame.footer.link) blocks.push(`${frame.footer.link.label}: ${frame.footer.link.url}`);
  return `${blocks.join('\n\n')}\n`;
}

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value that reaches the HTML goes through here: names and addresses come from users. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => escapeMap[char] ?? char);
}

/** Only web links become clickable; anything else (javascript:, data:) is shown as text. */
function safeHref(url: string): string | null {
  return /^https?:\/\//i.test(url) ? escapeHtml(url) : null;
}

function linkHtml(link: MailLink, style: string): string {
  const href = safeHref(link.url);
  return href ? `<a href="${href}" style="${style}">${escapeHtml(link.label)}</a>` : escapeHtml(`${link.label}: ${link.url}`);
}

const paragraph = (text: string, style = 'margin:0 0 16px') =>
  `<p style="${style}">${escapeHtml(text).replaceAll('\n', '<br>')}</p>`;

// Inline styles because mail clients drop <style>; colours keep at least 4.5:1 contrast on white.
function renderHtml(message: MailMessage, frame: Frame, context: MailContext): string {
  const accent = /^#[0-9a-fA-F]{6}$/.test(context.accentColor) ? context.accentColor : '#001158';
  const linkStyle = 'color:#0b57d0;text-decoration:underline';
  const body: string[] = [
    `<p style="margin:0 0 24px;font-size:18px;font-weight:bold">${escapeHtml(context.institutionName)}</p>`,
    paragraph(frame.greeting),
    ...message.paragraphs.map((text) => paragraph(text)),
  ];
  if (message.action) {
    body.push(
      `<p style="margin:0 0 16px;font-size:18px;font-weight:bold">${linkHtml(message.action, linkStyle)}</p>`,
      paragraph(frame.copyLinkHint, 'margin:0 0 4px;font-size:14px;color:#4b5563'),
      `<p style="margin:0 0 16px;font-size:14px;word-break:break-all">${escapeHtml(message.action.url)}</p>`,
    );
  }
  body.push(...(message.after ?? []).map((text) => paragraph(text)), paragraph(frame.signOff));
  const footerStyle = 'margin:0 0 8px;font-size:14px;color:#4b5563';
  const footer = frame.footer.lines.map((text) => paragraph(text, footerStyle));
  if (frame.footer.link) footer.push(`<p style="${footerStyle}">${linkHtml(frame.footer.link, linkStyle)}</p>`);

  const subject = escapeHtml(message.subject);
  return [
    '<!doctype html>',
    `<html lang="${context.language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${subject}</title></head>`,
    '<body style="margin:0;padding:16px;background:#f4f4f5">',
    `<div role="article" aria-roledescription="email" aria-label="${subject}" lang="${context.language}" ` +
      `style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1a1a1a;` +
      `font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;border-top:6px solid ${accent}">`,
    ...body,
    '<hr style="border:0;border-top:1px solid #d4d4d8;margin:24px 0 16px">',
    ...footer,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}
