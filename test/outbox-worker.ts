// Helpers for the outbox worker's tests, and for other tests that need to deliver the outbox.
import { randomUUID } from 'node:crypto';
import type { Config } from '../server/config';
import type { Database, Db } from '../server/db/client';
import { users } from '../server/db/schema';
import { createOutboxWorker } from '../server/jobs/outbox-worker';
import type { MailTransport, OutgoingMail } from '../server/mail/transport';
import { silentLog } from './log';

/** A member row with only what mail delivery reads; returns its id and email. */
export async function insertMember(
  db: Db,
  overrides: Partial<typeof users.$inferInsert> = {},
): Promise<{ id: string; email: string }> {
  const id = randomUUID();
  const email = overrides.email ?? `member.${id}@test.example`;
  await db.insert(users).values({ id, name: 'Anna de Vries', firstName: 'Anna', email, ...overrides });
  return { id, email };
}

/** A transport that keeps what it is given; `fail` makes the next sends throw. */
export function recordingTransport(): MailTransport & { sent: OutgoingMail[]; fail: string | null } {
  const transport = {
    kind: 'database' as const,
    sent: [] as OutgoingMail[],
    fail: null as string | null,
    async send(mail: OutgoingMail) {
      // Yield, so that concurrent workers really interleave.
      await new Promise((resolve) => setImmediate(resolve));
      if (transport.fail) throw new Error(transport.fail);
      transport.sent.push(mail);
    },
    close() {},
  };
  return transport;
}

/** Delivers everything due now, as the worker would (tests run with RUN_WORKER=false). */
export async function deliverOutbox(deps: { config: Config; database: Database }, transport?: MailTransport): Promise<void> {
  const worker = createOutboxWorker({ ...deps, log: silentLog, transport, listen: false });
  while ((await worker.runOnce()).claimed > 0);
  await worker.stop();
}
