import nodemailer from 'nodemailer';
import type { Log } from '../lib/log';
import type { Language } from '../../contract/i18n';
import type { Config } from '../config';
import type { RenderedMail } from './templates/types';

export interface OutgoingMail extends RenderedMail {
  to: string;
  language: Language;
}

/**
 * Where mail goes. With SMTP_URL it is sent; without it, it is only logged and kept in mail_log
 * (the caller writes that row either way), so a newcomer can read it in the dev mailbox.
 */
export interface MailTransport {
  kind: 'smtp' | 'database';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Builds the transport the configuration asks for. */
export function createMailTransport(mail: Config['mail'], log: Log): MailTransport {
  return mail.smtpUrl ? smtpTransport(mail.smtpUrl, mail.from) : logOnlyTransport(log);
}

function smtpTransport(url: string, from: string): MailTransport {
  // Short timeouts: a hanging server must fail the attempt (and schedule a retry) well within
  // the worker's lease on the outbox row.
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    kind: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Content-Language': mail.language, 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transporter.close(),
  };
}

function logOnlyTransport(log: Log): MailTransport {
  return {
    kind: 'database',
    async send(mail) {
      log.info(
        { to: mail.to, subject: mail.subject },
        `Mail to ${mail.to} not sent (no SMTP_URL); read it in the dev mailbox (/api/dev/mailbox) or here:\n` +
          `Subject: ${mail.subject}\n\n${mail.text}`,
      );
    },
    close: () => {},
  };
}
