import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';
import { createPostgresDatabase, openPostgresDatabase } from '../../../test/postgres';
import { buildApp } from '../../app';
import { type Database, pgliteExtensions, wrapPglite } from '../../db/client';
import { conversations } from '../../db/schema';

const postgresTemplate = inject('postgresTemplate');

/**
 * A database that outlives an app: on PostgreSQL a database of the test's own (opened again by its
 * URL), else PGlite in a directory on disk (opened again from that directory).
 */
async function durableStore(): Promise<{ open(): Promise<Database>; dispose(): Promise<void> }> {
  if (postgresTemplate) {
    const owner = await createPostgresDatabase(postgresTemplate);
    return { open: () => openPostgresDatabase(owner.url), dispose: () => owner.close() };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'mn-inbox-restart-'));
  let first = true;
  return {
    async open() {
      const loadDataDir = first ? new Blob([readFileSync(inject('pgliteTemplate'))]) : undefined;
      first = false;
      return wrapPglite(await PGlite.create({ dataDir, extensions: pgliteExtensions, ...(loadDataDir ? { loadDataDir } : {}) }));
    },
    async dispose() {
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe('the inbox across an app restart', () => {
  it('keeps a message, the read state and a report of it', async () => {
    const store = await durableStore();
    const config = testConfig();
    const start = async () => {
      const database = await store.open();
      const app = await buildApp({ config, database, webDist: false });
      await app.ready();
      const t: TestApp = { app, database, config, close: async () => (await app.close(), await database.close()) };
      return t;
    };
    const call = (app: FastifyInstance, method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    try {
      const first = await start();
      const mentor = await createMentor(first);
      const student = await createMember(first, { role: 'student' });
      const started = await call(first.app, 'POST', '/api/conversations', student.cookie, { username: mentor.user.username!, body: 'Before the restart' });
      expect(started.statusCode).toBe(201);
      const id = started.json().conversation.id as string;
      expect((await call(first.app, 'POST', `/api/conversations/${id}/read`, mentor.cookie)).statusCode).toBe(200);
      const messageId = started.json().message.id as string;
      const report = { reason: 'spam', details: 'Reported before the restart' };
      expect((await call(first.app, 'POST', `/api/messages/${messageId}/report`, mentor.cookie, report)).statusCode).toBe(201);
      await first.close();

      const second = await start();
      try {
        const thread = (await call(second.app, 'GET', `/api/conversations/${id}/messages`, student.cookie)).json();
        expect(thread.items).toEqual([expect.objectContaining({ body: 'Before the restart', fromMe: true, read: true })]);
        const list = (await call(second.app, 'GET', '/api/conversations', mentor.cookie)).json();
        expect(list).toMatchObject({ unreadTotal: 0, items: [{ id, unreadCount: 0, lastMessage: { preview: 'Before the restart' } }] });
        // The report is still there: a second one is refused as already made.
        const again = await call(second.app, 'POST', `/api/messages/${messageId}/report`, mentor.cookie, report);
        expect([again.statusCode, again.json().error.code]).toEqual([409, 'already_reported']);
      } finally {
        await second.close();
      }
    } finally {
      await store.dispose();
    }
  });
});

// Two connections racing: PGlite has one, so this runs on PostgreSQL (DATABASE_URL).
describe.runIf(postgresTemplate)('starting the same conversation at once, on PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('gives both members one conversation', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await createMentor(t);
      const b = await createMentor(t);
      const [fromA, fromB] = await Promise.all([
        t.app.inject({ method: 'POST', url: '/api/conversations', headers: { cookie: a.cookie }, payload: { username: b.user.username, body: 'Hi from A' } }),
        t.app.inject({ method: 'POST', url: '/api/conversations', headers: { cookie: b.cookie }, payload: { username: a.user.username, body: 'Hi from B' } }),
      ]);
      expect([fromA.statusCode, fromB.statusCode]).toEqual([201, 201]);
      expect(fromA.json().conversation.id).toBe(fromB.json().conversation.id);
      const pairKey = [a.user.id, b.user.id].sort().join(':');
      const rows = await t.database.db.select().from(conversations).where(eq(conversations.pairKey, pairKey));
      expect(rows).toHaveLength(1);
      const [count] = await t.database.db.execute(sql`select count(*)::int as n from messages where conversation_id = ${rows[0]!.id}`).then((r) => (r as unknown as { rows: { n: number }[] }).rows);
      expect(count!.n).toBe(2);
    }
  });
});
