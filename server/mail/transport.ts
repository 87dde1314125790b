import type { Transporter } from 'nodemailer';
import type { Log } from '../lib/log';
import type { Language } from '../../contract/i18n';
import type { Config } from '../config';
import { redactSecrets } from '../lib/redact';
import { keepsSecretLinks } from './kept-mail';
import type { RenderedMail } from './templates/types';

export interface OutgoingMail extends RenderedMail {
  to: string;
  language: Language;
  /** `<id@host>`, the same for every attempt at one outbox row, so a receiver can drop a repeat. */
  messageId: string;
}

export interface SendOptions {
  /** Aborting it abandons the send (the worker's deadline, well inside its lease on the row). */
  signal?: AbortSignal;
}

/**
 * Where mail goes. With SMTP_URL it is sent; without it, it is only logged and kept in mail_log
 * (the caller writes that row either way), so a newcomer can read it in the dev mailbox.
 */
export interface MailTransport {
  kind: 'smtp' | 'database';
  send(mail: OutgoingMail, options?: SendOptions): Promise<void>;
  close(): void;
}

/** Builds the transport the configuration asks for. */
export function createMailTransport(config: Pick<Config, 'mail' | 'isProduction' | 'devMailbox'>, log: Log): MailTransport {
  const { mail } = config;
  return mail.smtpUrl ? smtpTransport(mail.smtpUrl, mail.from) : logOnlyTransport(log, config);
}

function smtpTransport(url: string, from: string): MailTransport {
  // Short timeouts for each step; the worker's signal also cuts off the whole send, which must
  // end well within its lease on the outbox row.
  // nodemailer loads with the first mail, not with the server (ADR 0030).
  let transporter: Promise<Transporter> | undefined;
  const connect = async () => {
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      url,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    });
  };
  return {
    kind: 'smtp',
    async send(mail, options = {}) {
      const smtp = await (transporter ??= connect());
      // nodemailer 10 honours `signal` (it closes the connection); @types/nodemailer 8 does not list it.
      const abort: Record<string, unknown> = options.signal ? { signal: options.signal } : {};
      await smtp.sendMail({
        ...abort,
        messageId: mail.messageId,
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => void transporter?.then((smtp) => smtp.close()),
  };
}

/**
 * Without SMTP the mail is only logged (and kept in mail_log by the worker). The log is read by
 * more people and kept in more places than the mail: in production it gets no body at all, and
 * elsewhere the body's secret links only where the development mailbox shows them too (kept-mail.ts).
 */
function logOnlyTransport(log: Log, config: Pick<Config, 'isProduction' | 'devMailbox'>): MailTransport {
  return {
    kind: 'database',
    async send(mail) {
      const about = { to: mail.to, subject: mail.subject };
      if (config.isProduction) {
        log.warn(about, `Mail to ${mail.to} not sent: SMTP_URL is not set. It is kept in mail_log, its links redacted.`);
        return;
      }
      const text = keepsSecretLinks(config) ? mail.text : redactSecrets(mail.text);
      const where = config.devMailbox ? 'read it in the dev mailbox (/api/dev/mailbox) or here' : 'here it is';
      log.info(about, `Mail to ${mail.to} not sent (no SMTP_URL); ${where}:\n` + `Subject: ${mail.subject}\n\n${text}`);
    },
    close: () => {},
  };
}
