// Exactly-once delivery in practice (issue 13): a lease per row, held while the row is sent and
// checked when it is marked, a send cut off well inside the lease, and one Message-ID per row so a
// receiver recognises the retry of a mail it may already have.
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { testConfig } from '../../../test/app';
import { createTestDatabase } from '../../../test/database';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp';
import type { Database } from '../../db/client';
import { outbox } from '../../db/schema';
import type { MailTransport } from '../../mail/transport';
import { enqueueMail } from './outbox.service';
import { createOutboxWorker, type OutboxWorker, type OutboxWorkerOptions } from '../../jobs/outbox-worker';
import { silentLog } from '../../../test/log';
import { recordingTransport } from '../../../test/outbox-worker';

const postgresTemplate = inject('postgresTemplate');
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A transport whose sends wait until the test lets them go, then fail or succeed as told. */
function gatedTransport() {
  const inner = recordingTransport();
  let release!: (outcome: 'fail' | 'succeed') => void;
  let started!: () => void;
  const sending = new Promise<void>((resolve) => (started = resolve));
  const outcome = new Promise<'fail' | 'succeed'>((resolve) => (release = resolve));
  const transport: MailTransport = {
    kind: 'database',
    async send(mail) {
      started();
      if ((await outcome) === 'fail') throw new Error('connection reset');
      await inner.send(mail);
    },
    close() {},
  };
  return { transport, sending, release, sent: inner.sent };
}

describe('outbox leases and Message-IDs', () => {
  let database: Database;
  let smtp: TestSmtpServer;
  const workers: OutboxWorker[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await startSmtpServer();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    Object.assign(smtp, { rejectWith: null, answerDelayMs: 0, keepBeforeAnswer: false, onMessage: null });
    smtp.received.length = 0;
    await database.db.delete(outbox);
  });
  afterAll(async () => {
    await smtp.close();
    await database.close();
  });

  function worker(options: Partial<OutboxWorkerOptions> = {}) {
    const config = testConfig({ SMTP_URL: smtp.url });
    const created = createOutboxWorker({ config, database, log: silentLog, listen: false, ...options });
    workers.push(created);
    return created;
  }

  const queue = (to: string) =>
    enqueueMail(database.db, { to, language: 'en', template: 'email_verification', data: { url: 'http://localhost:3000/v' } });
  const outboxRows = () => database.db.select().from(outbox).orderBy(outbox.id);

  it('a worker whose lease ran out leaves the row to the worker that holds it now', async () => {
    await queue('lease@test.example');
    const t0 = new Date();
    const first = gatedTransport();
    const second = gatedTransport();
    const a = worker({ transport: first.transport, leaseMs: 60_000 });
    const b = worker({ transport: second.transport, leaseMs: 60_000 });

    const aRun = a.runOnce(t0);
    await first.sending;
    // A's send outlives its lease: B takes the row over and starts sending it.
    const bRun = b.runOnce(later(t0, 61_000));
    await second.sending;
    // A's send now fails. A no longer holds the row: its retry must not free it for a third worker
    // while B is still sending.
    first.release('fail');
    expect(await aRun).toMatchObject({ claimed: 1, retried: 0, lost: 1 });
    const third = recordingTransport();
    expect(await worker({ transport: third, leaseMs: 60_000 }).runOnce(later(t0, 62_000))).toMatchObject({ claimed: 0 });

    second.release('succeed');
    expect(await bRun).toMatchObject({ claimed: 1, sent: 1 });
    expect(third.sent).toEqual([]);
    const [row] = await outboxRows();
    expect(row).toMatchObject({ status: 'done', attempts: 2, lockedUntil: null });
  });

  it('sends each mail with a Message-ID of its row, and a retry with the same one', async () => {
    await queue('retry@test.example');
    // The server takes the message but answers after the worker has stopped waiting: the mail
    // arrived, the worker cannot know, and sends it again.
    smtp.keepBeforeAnswer = true;
    smtp.answerDelayMs = 2_500;
    const impatient = worker({ leaseMs: 4_000, sendTimeoutMs: 1_000 });
    expect(await impatient.runOnce()).toMatchObject({ claimed: 1, retried: 1 });
    expect((await outboxRows())[0]!.lastError).toBe('no answer from the mail server within 1000 ms');
    smtp.answerDelayMs = 0;
    const [pending] = await outboxRows();
    expect(await worker().runOnce(pending!.runAt)).toMatchObject({ claimed: 1, sent: 1 });

    const [row] = await outboxRows();
    expect(row!.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(smtp.received.map((mail) => mail.messageId)).toEqual([`<${row!.messageId}@localhost>`, `<${row!.messageId}@localhost>`]);
  });

  it('refuses a send timeout that does not leave room inside the lease', () => {
    expect(() => worker({ leaseMs: 10_000, sendTimeoutMs: 10_000 })).toThrow(/sendTimeoutMs/);
  });

  // Two workers really run side by side only on PostgreSQL (PGlite is one connection).
  it.runIf(postgresTemplate)('delivers N rows as exactly N mails with two workers, a slow mail server and a short lease', { timeout: 60_000 }, async () => {
    const N = 16;
    for (let i = 0; i < N; i++) await queue(`slow${i}@test.example`);
    // A send takes 300 ms or more: a batch of rows claimed under one 3 s lease outlives it mid-batch.
    smtp.answerDelayMs = 300;
    const options = { leaseMs: 3_000, batchSize: 20 };
    const both = [worker(options), worker(options)];

    const deadline = Date.now() + 40_000;
    const pendingRows = async () =>
      (await database.db.select({ n: sql<number>`count(*)::int` }).from(outbox).where(eq(outbox.status, 'pending')))[0]!.n;
    await Promise.all(
      both.map(async (w) => {
        while (Date.now() < deadline) {
          if ((await w.runOnce()).claimed > 0) continue;
          if ((await pendingRows()) === 0) return;
          await sleep(50);
        }
      }),
    );

    const received = smtp.received.map((mail) => mail.messageId);
    expect({ received: received.length, distinct: new Set(received).size }).toEqual({ received: N, distinct: N });
    const rows = await outboxRows();
    expect(rows.map((row) => row.status)).toEqual(Array(N).fill('done'));
    expect(new Set(received)).toEqual(new Set(rows.map((row) => `<${row.messageId}@localhost>`)));
  });
});
