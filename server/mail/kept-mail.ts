import type { Config } from '../config';
import { redactSecrets } from '../lib/redact';
import type { RenderedMail } from './templates/types';

/**
 * What is written down of a mail besides sending it: the mail_log row, and the log line when
 * there is no SMTP_URL. A mail's links can be secrets (a password reset or an email
 * confirmation: whoever has the link can use it), and mail_log keeps its rows for good.
 *
 * The decision: a secret link is written down only where the development mailbox shows it anyway
 * (config.devMailbox: outside production, on the embedded database, on this machine only), since
 * a newcomer without SMTP follows the link from there. Everywhere else (production above all)
 * mail_log keeps the mail with those links redacted: it still says who was sent what and when,
 * which is what it is for once the mail has gone. The mail that is sent always has the real link.
 */
export function keepsSecretLinks(config: Pick<Config, 'devMailbox'>): boolean {
  return config.devMailbox;
}

/** The text and HTML to keep in mail_log. */
export function mailToKeep(mail: Pick<RenderedMail, 'text' | 'html'>, config: Pick<Config, 'devMailbox'>): { text: string; html: string } {
  if (keepsSecretLinks(config)) return { text: mail.text, html: mail.html };
  return { text: redactSecrets(mail.text), html: redactSecrets(mail.html) };
}
