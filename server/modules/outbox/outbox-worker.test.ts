import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../../test/app';
import { createTestDatabase } from '../../../test/database';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp';
import type { Database } from '../../db/client';
import { mailLog, notifications, outbox, users } from '../../db/schema';
import { MAX_ATTEMPTS, retryDelayMs } from './backoff';
import { notify } from '../notifications/notifications.service';
import { enqueueMail } from './outbox.service';
import { createOutboxWorker, type BatchResult, type OutboxWorker } from '../../jobs/outbox-worker';
import { claimDueOutboxRows, findOutboxRow, insertOutboxRow } from './outbox.repo';
import { capturingLog, silentLog } from '../../../test/log';
import { insertMember, recordingTransport } from '../../../test/outbox-worker';

const seconds = (n: number) => n * 1000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe('outbox worker', () => {
  let database: Database;
  let smtp: TestSmtpServer;
  const workers: OutboxWorker[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    smtp.rejectWith = null;
    smtp.received.length = 0;
    // Each test starts from an empty outbox, so a batch only sees that test's rows.
    await database.db.delete(outbox);
  });
  afterAll(async () => {
    await smtp.close();
    await database.close();
  });

  function worker(options: { smtp?: boolean; log?: ReturnType<typeof capturingLog>['log'] } & Partial<Parameters<typeof createOutboxWorker>[0]> = {}) {
    const config = testConfig(options.smtp ? { SMTP_URL: smtp.url } : {});
    const created = createOutboxWorker({ config, database, log: options.log ?? silentLog, listen: false, ...options });
    workers.push(created);
    return created;
  }

  const outboxRows = () => database.db.select().from(outbox);

  it('without SMTP keeps the mail in mail_log and logs recipient, subject and text', async () => {
    const member = await insertMember(database.db);
    const capture = capturingLog();
    await database.db.transaction((tx) => notify(tx, { userId: member.id, type: 'welcome', data: {} }));

    const result = await worker({ log: capture.log }).runOnce();

    expect(result).toMatchObject({ claimed: 1, sent: 1 });
    const [logged] = await database.db.select().from(mailLog).where(eq(mailLog.toAddress, member.email));
    expect(logged).toMatchObject({ transport: 'database', subject: 'Welcome to Test University Mentor Network' });
    expect(logged!.text).toContain('Hello Anna,');
    const line = capture.lines.find((entry) => entry.to === member.email);
    expect(line?.msg).toContain('Subject: Welcome to Test University Mentor Network');
    expect(line?.msg).toContain('http://localhost:3000/');
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'done', attempts: 1, lockedUntil: null });
  });

  it('writes the in-app notification and the email in the same transaction, and neither on rollback', async () => {
    const member = await insertMember(database.db);
    await database.db
      .transaction(async (tx) => {
        await notify(tx, { userId: member.id, type: 'password_changed', data: {} });
        throw new Error('the change failed');
      })
      .catch(() => {});
    expect(await database.db.select().from(notifications).where(eq(notifications.userId, member.id))).toEqual([]);
    expect(await outboxRows()).toEqual([]);

    await database.db.transaction((tx) => notify(tx, { userId: member.id, type: 'password_changed', data: {} }));
    expect(await database.db.select().from(notifications).where(eq(notifications.userId, member.id))).toHaveLength(1);
    expect(await outboxRows()).toHaveLength(1);
  });

  it('sends through a real SMTP server in the receiver’s language and records it', async () => {
    const member = await insertMember(database.db, { language: 'nl' });
    await database.db.transaction((tx) =>
      notify(tx, { userId: member.id, type: 'email_changed', data: { newEmail: 'nieuw@test.example' } }),
    );

    const result = await worker({ smtp: true }).runOnce();

    expect(result).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.to).toEqual([member.email]);
    expect(mail!.from).toBe('mentors@test.example');
    expect(mail!.subject).toBe('Je e-mailadres is gewijzigd');
    expect(mail!.raw).toMatch(/^Content-Language: nl$/m);
    expect(mail!.decoded).toContain('Beste Anna,');
    expect(mail!.decoded).toContain('is nu nieuw@test.example');
    expect(mail!.decoded).toContain('<html lang="nl">');
    const [logged] = await database.db.select().from(mailLog).where(eq(mailLog.toAddress, member.email));
    expect(logged).toMatchObject({ transport: 'smtp', subject: 'Je e-mailadres is gewijzigd' });
  });

  it('renders in the language the receiver has when the mail goes out, not when it was queued', async () => {
    const member = await insertMember(database.db, { language: 'en' });
    await database.db.transaction((tx) => notify(tx, { userId: member.id, type: 'password_changed', data: {} }));
    await database.db.update(users).set({ language: 'nl' }).where(eq(users.id, member.id));

    await worker({ smtp: true }).runOnce();

    expect(smtp.received.map((mail) => mail.subject)).toEqual(['Je wachtwoord is gewijzigd']);
  });

  it('sends no notification email to a member who switched email off before delivery, but keeps the in-app one', async () => {
    const member = await insertMember(database.db);
    await database.db.transaction((tx) => notify(tx, { userId: member.id, type: 'welcome', data: {} }));
    await database.db.update(users).set({ emailNotifications: false }).where(eq(users.id, member.id));

    const result = await worker({ smtp: true }).runOnce();

    expect(result).toMatchObject({ claimed: 1, sent: 0, skipped: 1 });
    expect(smtp.received).toEqual([]);
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'done', lastError: 'skipped: email notifications are off' });
    expect(await database.db.select().from(notifications).where(eq(notifications.userId, member.id))).toHaveLength(1);
  });

  it('sends security mail (password or email address changed) even when notifications are off (ADR 0002)', async () => {
    const member = await insertMember(database.db, { emailNotifications: false, language: 'en' });
    await database.db.transaction(async (tx) => {
      await notify(tx, { userId: member.id, type: 'password_changed', data: {} });
      await notify(tx, { userId: member.id, type: 'email_changed', data: { newEmail: 'new@example.org' } });
    });

    const result = await worker({ smtp: true }).runOnce();

    expect(result).toMatchObject({ claimed: 2, sent: 2, skipped: 0 });
    expect(smtp.received.map((mail) => mail.subject).sort()).toEqual(['Your email address was changed', 'Your password was changed']);
    // The footer does not offer a switch that would not stop these.
    for (const mail of smtp.received) {
      expect(mail.decoded).toContain('even when email notifications are switched off');
      expect(mail.decoded).not.toContain('To receive no more emails');
    }
  });

  it('still sends a link the member asked for when notifications are off (ADR 0002)', async () => {
    const member = await insertMember(database.db, { emailNotifications: false, language: 'nl' });
    await enqueueMail(database.db, {
      to: member.email,
      language: 'nl',
      template: 'password_reset',
      data: { url: 'http://localhost:3000/reset-password?token=t0k3n' },
    });

    await worker({ smtp: true }).runOnce();

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.decoded).toContain('http://localhost:3000/reset-password?token=t0k3n');
  });

  it('retries after an SMTP failure with a growing delay, then delivers', async () => {
    const member = await insertMember(database.db);
    await enqueueMail(database.db, { to: member.email, language: 'en', template: 'email_verification', data: { url: 'http://localhost:3000/v' } });
    const w = worker({ smtp: true });
    smtp.rejectWith = 'mailbox busy, try later';
    const t0 = new Date();

    expect(await w.runOnce(t0)).toMatchObject({ claimed: 1, retried: 1 });
    let [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null });
    expect(row!.lastError).toContain('mailbox busy');
    // The clock a row is claimed at runs on from `now` by the time the batch has taken (a busy
    // machine can spend a millisecond or more before the first claim).
    expectAfter(row!.runAt, t0, seconds(30));

    // Not due before its time.
    expect(await w.runOnce(later(t0, seconds(29)))).toMatchObject({ claimed: 0 });

    const t1 = row!.runAt;
    expect(await w.runOnce(t1)).toMatchObject({ claimed: 1, retried: 1 });
    [row] = await outboxRows();
    expectAfter(row!.runAt, t1, retryDelayMs(2));
    expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));

    smtp.rejectWith = null;
    expect(await w.runOnce(row!.runAt)).toMatchObject({ claimed: 1, sent: 1 });
    [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'done', attempts: 3 });
    expect(smtp.received.map((mail) => mail.to)).toEqual([[member.email]]);
  });

  it('gives up after the last attempt and marks the row failed', async () => {
    const transport = recordingTransport();
    transport.fail = 'connection refused';
    const w = worker({ transport });
    await enqueueMail(database.db, { to: 'nobody@test.example', language: 'en', template: 'email_verification', data: { url: 'http://x.test' } });

    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await w.runOnce(now);
      expect(result.claimed).toBe(1);
      expect(result.failed).toBe(attempt === MAX_ATTEMPTS ? 1 : 0);
      now = (await outboxRows())[0]!.runAt;
    }
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    expect(await w.runOnce(later(now, seconds(24 * 3600)))).toMatchObject({ claimed: 0 });
  });

  it('takes a row stamped later in the same millisecond as its clock', async () => {
    await enqueueMail(database.db, { to: 'same.ms@test.example', language: 'en', template: 'email_verification', data: { url: 'http://x.test' } });
    // The database keeps microseconds; a JavaScript clock reads the same millisecond as earlier.
    await database.db.update(outbox).set({ runAt: sql`'2026-01-01 00:00:00.000500+00'::timestamptz` });
    expect(await worker({ transport: recordingTransport() }).runOnce(new Date('2026-01-01T00:00:00.000Z'))).toMatchObject({ claimed: 1 });
  });

  it('fails a row it can never deliver at once, without retries', async () => {
    await insertOutboxRow(database.db, { kind: 'carrier_pigeon', payload: {} });
    expect(await worker().runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    expect((await outboxRows())[0]).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never lets two claimers take the same row', async () => {
    for (let i = 0; i < 30; i++) await insertOutboxRow(database.db, { kind: 'mail', payload: { n: i } });
    const now = new Date();
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => claimDueOutboxRows(database.db, { now, leaseUntil: later(now, 60_000), limit: 5 })),
    );
    const ids = claims.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    // A leased row is not due for anyone else until its lease runs out.
    const again = await claimDueOutboxRows(database.db, { now, leaseUntil: later(now, 60_000), limit: 100 });
    expect(again.map((row) => row.id).filter((id) => ids.includes(id))).toEqual([]);
  });

  it('takes a row again once the lease of a worker that died with it has run out', async () => {
    await enqueueMail(database.db, { to: 'again@test.example', language: 'en', template: 'email_verification', data: { url: 'http://x.test' } });
    const now = new Date();
    const [claimed] = await claimDueOutboxRows(database.db, { now, leaseUntil: later(now, 60_000), limit: 1 });
    expect(claimed).toBeDefined();
    // ...and that worker never comes back.
    const transport = recordingTransport();
    const w = worker({ transport });
    expect(await w.runOnce(later(now, 59_000))).toMatchObject({ claimed: 0 });
    expect(await w.runOnce(later(now, 60_000))).toMatchObject({ claimed: 1, sent: 1 });
    expect((await outboxRows())[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('delivers every row exactly once with two workers running side by side', async () => {
    const addresses = Array.from({ length: 40 }, (_, i) => `reader${i}@test.example`);
    for (const to of addresses) {
      await enqueueMail(database.db, { to, language: 'en', template: 'email_verification', data: { url: 'http://x.test' } });
    }
    const transport = recordingTransport();
    const drain = async (w: OutboxWorker) => {
      const results: BatchResult[] = [];
      for (let result = await w.runOnce(); result.claimed > 0; result = await w.runOnce()) results.push(result);
      return results;
    };
    await Promise.all([drain(worker({ transport, batchSize: 3 })), drain(worker({ transport, batchSize: 3 }))]);

    expect(transport.sent.map((mail) => mail.to).sort()).toEqual([...addresses].sort());
    expect((await outboxRows()).every((row) => row.status === 'done' && row.attempts === 1)).toBe(true);
  });

  it('wakes up when a transaction that queued mail commits, without waiting for the next poll', async () => {
    const member = await insertMember(database.db);
    const transport = recordingTransport();
    let delivered!: () => void;
    const deliveredOnce = new Promise<void>((resolve) => (delivered = resolve));
    const w = worker({
      transport,
      listen: true,
      pollIntervalMs: 3_600_000,
      onBatch: (result) => result.sent > 0 && delivered(),
    });
    await w.start();

    await database.db.transaction((tx) => notify(tx, { userId: member.id, type: 'welcome', data: {} }));
    await deliveredOnce;

    expect(transport.sent.map((mail) => mail.to)).toEqual([member.email]);
  });

  it('finishes the batch in flight before stop() returns', async () => {
    let release!: () => void;
    let sending!: () => void;
    const sendStarted = new Promise<void>((resolve) => (sending = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transport = {
      ...recordingTransport(),
      async send() {
        sending();
        await gate;
      },
    };
    await enqueueMail(database.db, { to: 'slow@test.example', language: 'en', template: 'email_verification', data: { url: 'http://x.test' } });
    const w = worker({ transport, pollIntervalMs: 3_600_000 });
    await w.start();
    await sendStarted;

    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(stopped).toBe(false);
    release();
    await stopping;

    expect(await findOutboxRow(database.db, (await outboxRows())[0]!.id)).toMatchObject({ status: 'done' });
  });
});

/** `at` is `delayMs` after `from`, give or take the time one batch takes before its claim (< 1 s). */
function expectAfter(at: Date, from: Date, delayMs: number): void {
  const delay = at.getTime() - from.getTime();
  expect(delay).toBeGreaterThanOrEqual(delayMs);
  expect(delay).toBeLessThan(delayMs + 1000);
}
