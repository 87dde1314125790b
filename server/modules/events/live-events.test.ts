import { sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { LiveEvent } from '../../../contract/inbox';
import type { Database } from '../../db/client';
import { createTestApp, type TestApp } from '../../../test/app';
import { type OpenStream, openEventStream } from '../../../test/event-stream';
import { ORIGIN, buildRegistration, createMember, sessionCookie } from '../../../test/factories';
import { listenOnFreePort } from '../../../test/http';
import { createPostgresDatabase } from '../../../test/postgres';
import { freePort, startServerProcess } from '../../../test/server-process';
import { notify } from '../notifications/notifications.service';
import { publishLiveEvent } from './live-events.service';
import { startLiveHub } from './live-hub';
import { useTwoInstances } from '../../../test/two-instances';

const publish = (database: Database, to: string[], event: LiveEvent) =>
  database.db.transaction((tx) => publishLiveEvent(tx, to, event));

/** Waits until every announcement made before has reached `stream`: a marker published to its member arrives. */
async function afterAnnouncements(database: Database, stream: OpenStream, memberId: string) {
  const marker = { type: 'read', conversationId: `marker-${Math.random()}` } as const;
  await publish(database, [memberId], marker);
  await vi.waitFor(() => expect(stream.events()).toContainEqual(marker));
}

const postgresTemplate = inject('postgresTemplate');

const sample = (metrics: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(metrics)?.[1]);

describe('live events (GET /api/events)', () => {
  let t: TestApp;
  let port: number;
  const streams: OpenStream[] = [];
  const open = async (cookie?: string) => {
    const stream = await openEventStream(port, cookie);
    streams.push(stream);
    return stream;
  };
  beforeAll(async () => {
    t = await createTestApp();
    port = await listenOnFreePort(t);
  });
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await t.close();
  });

  it('answers a visitor 401 and opens no stream', async () => {
    const stream = await open();
    await stream.ended;
    expect(stream.status).toBe(401);
    expect(JSON.parse(stream.text()).error.code).toBe('unauthenticated');
  });

  it('is documented in the OpenAPI document as an event stream that needs a session', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const operation = doc.paths['/api/events'].get;
    expect(Object.keys(operation.responses['200'].content)).toEqual(['text/event-stream']);
    expect(operation.responses['401']).toBeDefined();
    expect(operation.security).toEqual([{ session: [] }]);
  });

  it('streams through reverse proxies: event-stream, no caching or transforming, no buffering, no compression, a retry time', async () => {
    const { cookie } = await createMember(t);
    const stream = await openEventStream(port, cookie);
    streams.push(stream);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
    expect(stream.headers['x-accel-buffering']).toBe('no');
    expect(stream.headers['content-encoding']).toBeUndefined();
    await vi.waitFor(() => expect(stream.frames[0]?.retry).toBeGreaterThan(0));
  });

  it('gives a member the events published for them, and not those for another member', async () => {
    const anna = await createMember(t);
    const bram = await createMember(t);
    const stream = await open(anna.cookie);
    expect(stream.status).toBe(200);

    await publish(t.database, [bram.user.id], { type: 'message', conversationId: 'for-bram' });
    await publish(t.database, [anna.user.id, bram.user.id], { type: 'message', conversationId: 'for-both' });
    await t.database.db.transaction(async (tx) => {
      await publishLiveEvent(tx, [anna.user.id], { type: 'message', conversationId: 'rolled-back' });
      tx.rollback();
    }).catch(() => {});
    await afterAnnouncements(t.database, stream, anna.user.id);

    const ids = stream.events().map((event) => (event as { conversationId?: string }).conversationId);
    expect(ids).toContain('for-both');
    expect(ids).not.toContain('for-bram');
    expect(ids).not.toContain('rolled-back');
  });

  it('tells the receiver of a new notification (the bell), in the transaction that made it', async () => {
    const anna = await createMember(t);
    const stream = await open(anna.cookie);
    await t.database.db.transaction((tx) => notify(tx, { userId: anna.user.id, type: 'email_changed', data: { newEmail: 'new@test.example' } }));
    await vi.waitFor(() => expect(stream.events()).toContainEqual({ type: 'notification' }));
  });

  it.each([
    ['their sessions are revoked', (id: string) => sql`delete from sessions where user_id = ${id}`],
    ['they are suspended', (id: string) => sql`update users set suspended_at = now() where id = ${id}`],
    ['their account is deleted', (id: string) => sql`delete from users where id = ${id}`],
  ])('ends a member’s stream at once when %s, telling the browser not to reopen it', async (_change, statement) => {
    const anna = await createMember(t);
    const bram = await createMember(t);
    const annas = await open(anna.cookie);
    const brams = await open(bram.cookie);
    await t.database.db.execute(statement(anna.user.id));
    await annas.ended;
    expect(annas.frames.at(-1)).toMatchObject({ event: 'end', data: 'signed_out' });
    // Another member's stream goes on.
    await afterAnnouncements(t.database, brams, bram.user.id);
    expect(brams.isEnded()).toBe(false);
    // Reopened, the stream is refused.
    const again = await open(anna.cookie);
    expect([401, 403]).toContain(again.status);
  });

  it('keeps a stream open when its session is only extended', async () => {
    const anna = await createMember(t);
    const stream = await open(anna.cookie);
    await t.database.db.execute(sql`update sessions set expires_at = expires_at + interval '1 day' where user_id = ${anna.user.id}`);
    await afterAnnouncements(t.database, stream, anna.user.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stream.isEnded()).toBe(false);
  });

  it('ends the oldest of a member’s streams beyond five, and counts the open streams in /metrics', async () => {
    const scrape = async () => sample((await t.app.inject({ method: 'GET', url: '/metrics' })).body, 'mentor_network_sse_streams_active');
    const before = await scrape();
    const anna = await createMember(t);
    const own: OpenStream[] = [];
    for (let i = 0; i < 5; i++) own.push(await open(anna.cookie));
    expect(await scrape()).toBe(before + 5);

    own.push(await open(anna.cookie));
    await own[0]!.ended;
    expect(own[0]!.frames.at(-1)).toMatchObject({ event: 'end', data: 'replaced' });
    expect(own.slice(1).some((stream) => stream.isEnded())).toBe(false);
    expect(await scrape()).toBe(before + 5);

    own[1]!.close();
    await vi.waitFor(async () => expect(await scrape()).toBe(before + 4));
  });
});

describe('the hub', () => {
  it('sends a comment on every open stream at each heartbeat, so proxies do not close a quiet one', async () => {
    const t = await createTestApp();
    const hub = await startLiveHub(t.database, t.app.log, {
      standing: { channel: 'member_standing', read: async () => ({ inGoodStanding: true, expiresAt: new Date(Date.now() + 60_000) }) },
      heartbeatMs: 50,
    });
    try {
      const stream = hub.open({ memberId: 'm1', sessionToken: 'token' });
      let text = '';
      stream.body.on('data', (chunk: Buffer) => (text += chunk.toString()));
      await vi.waitFor(() => expect(text.match(/^: keep-alive$/gm)?.length).toBeGreaterThanOrEqual(2));
      expect(text.startsWith('retry: 3000\n')).toBe(true);
    } finally {
      await hub.close();
      await t.close();
    }
  });
});

describe('a session that runs out', () => {
  it('ends its stream at the next heartbeat, though no change was announced', async () => {
    const t = await createTestApp();
    const hub = await startLiveHub(t.database, t.app.log, {
      standing: { channel: 'member_standing', read: async () => null },
      heartbeatMs: 50,
    });
    try {
      const expiring = hub.open({ memberId: 'm1', sessionToken: 'a' });
      const lasting = hub.open({ memberId: 'm2', sessionToken: 'b' });
      expiring.identify({ sessionId: 's1', expiresAt: new Date(Date.now() + 150) });
      lasting.identify({ sessionId: 's2', expiresAt: new Date(Date.now() + 60_000) });
      let text = '';
      expiring.body.on('data', (chunk: Buffer) => (text += chunk.toString()));
      lasting.body.resume();
      await vi.waitFor(() => expect(expiring.body.writableEnded).toBe(true));
      expect(text).toMatch(/event: end\ndata: signed_out\n\n$/);
      expect(lasting.body.writableEnded).toBe(false);
    } finally {
      await hub.close();
      await t.close();
    }
  });
});

describe('a browser that stops reading', () => {
  it('has its stream ended once too much waits for it, instead of held in memory', async () => {
    const t = await createTestApp();
    const hub = await startLiveHub(t.database, t.app.log, { standing: { channel: 'member_standing', read: async () => ({ inGoodStanding: true, expiresAt: new Date(Date.now() + 60_000) }) } });
    try {
      const reader = hub.open({ memberId: 'reads', sessionToken: 'a' });
      const stalled = hub.open({ memberId: 'stalled', sessionToken: 'b' });
      let received = 0;
      reader.body.on('data', (chunk: Buffer) => (received += chunk.length));
      // 6,000 events of about 60 bytes each, 200 at a time (distinct: NOTIFY folds identical payloads of one transaction).
      for (let batch = 0; batch < 30 && !stalled.body.writableEnded; batch++) {
        await t.database.db.execute(sql`
          select pg_notify('live_events', json_build_object('to', json_build_array('reads', 'stalled'),
            'event', json_build_object('type', 'message', 'conversationId', 'conversation-' || ${batch} || '-' || g))::text)
          from generate_series(1, 200) g`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await vi.waitFor(() => expect(stalled.body.writableEnded).toBe(true));
      expect(reader.body.writableEnded).toBe(false);
      expect(received).toBeGreaterThan(256 * 1024);
      expect(hub.openStreams()).toBe(1);
    } finally {
      await hub.close();
      await t.close();
    }
  });
});

describe('closing the app', () => {
  it('ends the open streams at once, so a shutdown does not wait for them', async () => {
    const t = await createTestApp();
    const port = await listenOnFreePort(t);
    const anna = await createMember(t);
    const stream = await openEventStream(port, anna.cookie);
    expect(stream.status).toBe(200);

    const started = Date.now();
    await t.close();
    await stream.ended;
    const took = Date.now() - started;
    process.stdout.write(`app.close() with an open event stream: ${took} ms\n`);
    expect(took).toBeLessThan(2_000);
    expect(stream.frames.some((frame) => frame.event === 'end'), 'a restart lets the browser reopen the stream').toBe(false);
  });
});

describe('the server process (server.ts)', () => {
  it('shuts down at once on SIGTERM while members’ streams are open', { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mn-live-'));
    const own = postgresTemplate ? await createPostgresDatabase(postgresTemplate) : undefined;
    try {
      const port = await freePort();
      const server = await startServerProcess(port, {
        PUBLIC_URL: ORIGIN,
        DATA_DIR: dataDir,
        DEMO_DATA: 'false',
        RATE_LIMITS: 'false',
        LOG_LEVEL: 'fatal',
        ...(own ? { DATABASE_URL: own.url } : {}),
      });
      try {
        const signUp = await fetch(`${server.url}/api/auth/sign-up/email`, {
          method: 'POST',
          headers: { origin: ORIGIN, 'content-type': 'application/json' },
          body: JSON.stringify(buildRegistration()),
        });
        expect(signUp.status).toBe(201);
        const cookie = sessionCookie(signUp.headers.getSetCookie());
        const streams = [await openEventStream(port, cookie), await openEventStream(port, cookie)];
        expect(streams.map((stream) => stream.status)).toEqual([200, 200]);

        const started = Date.now();
        await server.kill('SIGTERM');
        const took = Date.now() - started;
        process.stdout.write(`server process, SIGTERM with 2 open event streams: exited after ${took} ms\n`);
        await Promise.all(streams.map((stream) => stream.ended));
        expect(took, `stopped after ${took} ms`).toBeLessThan(3_000);
      } finally {
        await server.stop();
      }
    } finally {
      await own?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

// Two server instances need a database both can reach: PostgreSQL, when the run has DATABASE_URL.

describe.runIf(postgresTemplate)('two instances on PostgreSQL', () => {
  const instances = useTwoInstances();
  it('delivers an event published in a transaction on one instance to the member’s stream on the other', async () => {
    const t = instances.first;
    const { database } = t;
    const { port } = instances;
    const anna = await createMember(t);
    const bram = await createMember(t);
    const stream = await openEventStream(port, anna.cookie);
    const brams = await openEventStream(port, bram.cookie);
    expect(stream.status).toBe(200);

    await publish(database, [anna.user.id], { type: 'message', conversationId: 'across-instances' });
    await database.db.transaction((tx) => notify(tx, { userId: anna.user.id, type: 'email_changed', data: { newEmail: 'n@test.example' } }));
    await vi.waitFor(() =>
      expect(stream.events()).toEqual([{ type: 'message', conversationId: 'across-instances' }, { type: 'notification' }]),
    );

    // How long an event takes from its commit on one instance to the stream on the other.
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const conversationId = `timed-${i}`;
      const started = performance.now();
      await publish(database, [anna.user.id], { type: 'message', conversationId });
      await vi.waitFor(() => expect(stream.events()).toContainEqual({ type: 'message', conversationId }), { interval: 1 });
      latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    process.stdout.write(`live event across instances, commit to stream: median ${latencies[10]!.toFixed(1)} ms, max ${latencies[19]!.toFixed(1)} ms\n`);

    // Suspended through the first instance, the member's stream on the other ends at once.
    await database.db.execute(sql`update users set suspended_at = now() where id = ${anna.user.id}`);
    await stream.ended;
    expect(stream.frames.at(-1)).toMatchObject({ event: 'end', data: 'signed_out' });
    expect(brams.isEnded()).toBe(false);
    expect(brams.events()).toEqual([]);
    brams.close();
  });

  it('ends its streams when it stops hearing the database, answers 503 meanwhile, and serves again once it listens again', async () => {
    const t = instances.first;
    const { database } = t;
    const { port } = instances;
    const anna = await createMember(t);
    const stream = await openEventStream(port, anna.cookie);
    expect(stream.status).toBe(200);

    await database.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'LISTEN live_events'`);
    await stream.ended;
    expect(stream.frames.some((frame) => frame.event === 'end'), 'the browser may reopen it').toBe(false);
    const meanwhile = await openEventStream(port, anna.cookie);
    await meanwhile.ended;
    expect(meanwhile.status).toBe(503);
    expect(JSON.parse(meanwhile.text()).error.code).toBe('service_unavailable');

    let again: OpenStream | undefined;
    await vi.waitFor(
      async () => {
        again = await openEventStream(port, anna.cookie);
        if (again.status !== 200) await again.ended;
        expect(again.status).toBe(200);
      },
      { timeout: 15_000, interval: 500 },
    );
    await publish(database, [anna.user.id], { type: 'message', conversationId: 'after-reconnect' });
    await vi.waitFor(() => expect(again!.events()).toEqual([{ type: 'message', conversationId: 'after-reconnect' }]));
    again!.close();
  }, 30_000);
});
