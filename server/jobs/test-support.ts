// Helpers for this folder's tests (and for other modules' tests that need to deliver the outbox).
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { Config } from '../config';
import type { Database, Db } from '../db/client';
import { users } from '../db/schema';
import type { MailTransport, OutgoingMail } from '../mail/transport';
import { createOutboxWorker } from './outbox-worker';

export const silentLog: Logger = pino({ level: 'silent' });

/** A logger whose lines (parsed JSON) a test can read. */
export function capturingLog(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}

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
