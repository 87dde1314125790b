import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app';
import { testConfig } from '../../../test/app';
import { createTestDatabase } from '../../../test/database';
import { createMember, ORIGIN } from '../../../test/factories';
import { linkFromLatestMail } from '../../../test/outbox';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp';
import { buildApp } from '../../app';
import { mailLog } from '../../db/schema';
import { createOutboxWorker } from '../../jobs/outbox-worker';

/** The app on a database of its own, with everything it logs (at every level) kept as text. */
async function appWithCapturedLog(config: Record<string, string>): Promise<TestApp & { logged: () => string }> {
  const lines: string[] = [];
  const fullConfig = testConfig({ LOG_LEVEL: 'trace', ...config });
  const database = await createTestDatabase();
  const app = await buildApp({ config: fullConfig, database, webDist: false, logStream: { write: (line: string) => void lines.push(line) } });
  await app.ready();
  return {
    app,
    database,
    config: fullConfig,
    logged: () => lines.join(''),
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** Delivers the queued mail as the worker in the web process does, logging into the app's log. */
async function deliver(t: TestApp): Promise<void> {
  const worker = createOutboxWorker({ config: t.config, database: t.database, log: t.app.log, listen: false });
  while ((await worker.runOnce()).claimed > 0);
  await worker.stop();
}

const RESET_SUBJECT = 'Reset your password for Test University Mentor Network';

/** The reset mail as mail_log keeps it. */
async function keptResetMail(t: TestApp, to: string) {
  const rows = await t.database.db.select().from(mailLog).where(eq(mailLog.toAddress, to));
  const kept = rows.find((row) => row.subject === RESET_SUBJECT);
  if (!kept) throw new Error(`no reset mail kept for ${to}`);
  return kept;
}

/** Asks for a reset link for a new member, and follows it every way a browser can; returns its token. */
async function resetFlow(t: TestApp): Promise<{ email: string; token: string }> {
  const { input } = await createMember(t);
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN }, payload });
  expect((await post('/api/auth/request-password-reset', { email: input.email })).statusCode).toBe(200);
  const token = (await linkFromLatestMail(t, input.email)).searchParams.get('token')!;
  await deliver(t);
  // The page the mail links to, better-auth's own link form (token in the path), the reset itself.
  await t.app.inject({ method: 'GET', url: `/reset-password?token=${token}` });
  await t.app.inject({ method: 'GET', url: `/api/auth/reset-password/${token}?callbackURL=%2Freset-password` });
  expect((await post('/api/auth/reset-password', { token, newPassword: 'reset-long-passphrase' })).statusCode).toBe(200);
  // A used token, once more: the refusal is logged too.
  await t.app.inject({ method: 'GET', url: `/api/auth/reset-password/${token}?callbackURL=%2Freset-password` });
  return { email: input.email, token };
}

describe('reset links are kept out of logs and kept mail', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());

  it('in production with SMTP: no log line holds the token, and mail_log keeps the mail with its link redacted', async () => {
    const t = await appWithCapturedLog({ NODE_ENV: 'production', SMTP_URL: smtp.url });
    try {
      const { email, token } = await resetFlow(t);
      const mail = smtp.received.find((received) => received.to.includes(email) && received.subject === RESET_SUBJECT);
      expect(mail?.decoded, 'the member still gets the real link').toContain(token);

      expect(t.logged()).toContain('/api/auth/reset-password/[redacted]');
      expect(t.logged()).not.toContain(token);
      const kept = await keptResetMail(t, email);
      expect(kept.text).toContain('/reset-password?token=[redacted]');
      expect(`${kept.text}${kept.html}`).not.toContain(token);
    } finally {
      await t.close();
    }
  });

  it('in production without SMTP_URL: the log says a mail was not sent, without its body', async () => {
    const t = await appWithCapturedLog({ NODE_ENV: 'production' });
    try {
      const { email, token } = await resetFlow(t);
      const line = t.logged().split('\n').find((text) => text.includes(email) && text.includes(RESET_SUBJECT));
      expect(line).toContain('not sent');
      expect(line).not.toContain('Choose a new password');
      expect(t.logged()).not.toContain(token);
      const kept = await keptResetMail(t, email);
      expect(`${kept.text}${kept.html}`).not.toContain(token);
      expect(kept.text).toContain('token=[redacted]');
    } finally {
      await t.close();
    }
  });

  it('on this machine with the development mailbox: the log and the mailbox keep the link to follow', async () => {
    const t = await appWithCapturedLog({ NODE_ENV: 'development' });
    try {
      // (On a PostgreSQL test run there is no development mailbox: the link is redacted there too.)
      const { email, token } = await resetFlow(t);
      const kept = await keptResetMail(t, email);
      const line = t.logged().split('\n').find((text) => text.includes(email) && text.includes(RESET_SUBJECT));
      if (t.config.devMailbox) {
        expect(kept.text).toContain(token);
        expect(line).toContain(token);
      } else {
        expect(kept.text).not.toContain(token);
        expect(line).not.toContain(token);
      }
      // Request lines are redacted everywhere: the mailbox and the mail are where a link is read.
      expect(t.logged().replace(line!, '')).not.toContain(token);
    } finally {
      await t.close();
    }
  });
});
