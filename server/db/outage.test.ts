import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { testConfig } from '../../test/app';
import { createMember, ORIGIN, TEST_PASSWORD } from '../../test/factories';
import { createPostgresDatabase } from '../../test/postgres';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy';
import { buildApp } from '../app';
import { SESSION_EXPIRES_IN_S } from '../modules/accounts/session-cookie';
import type { Config } from '../config';
import { isDatabaseUnavailable } from '../lib/db-errors';
import { silentLog } from '../../test/log';
import { type Database, openDatabase } from './client';
import { listenTo } from './listen';

const postgresTemplate = inject('postgresTemplate');
const CONNECT_TIMEOUT_MS = 500;
const STATEMENT_TIMEOUT_MS = 1_000;
/** The longest a request may wait on a database that never answers: a connection, then one statement, its grace (1 s) and some slack. */
const GIVE_UP_MS = CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 2_500;

/** The request, and how long it took; a request that hangs fails the test after `limitMs`. */
async function timed(app: FastifyInstance, options: InjectOptions, limitMs: number): Promise<{ res: LightMyRequestResponse; ms: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${options.method} ${options.url} had no answer after ${limitMs} ms`)), limitMs + 2_000);
  });
  try {
    const res = await Promise.race([app.inject(options), hung]);
    return { res, ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

function expectUnavailable(res: LightMyRequestResponse): void {
  expect({ status: res.statusCode, code: res.json().error?.code }).toEqual({ status: 503, code: 'service_unavailable' });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

// A TCP proxy between the app and PostgreSQL takes the database away and gives it back. PGlite
// lives inside the process and cannot become unreachable, so this runs on PostgreSQL only.
describe.runIf(postgresTemplate)('a database outage on PostgreSQL (through a TCP proxy)', () => {
  let own: Database & { url: string };
  let proxy: TcpProxy;
  let config: Config;
  let database: Database;
  let app: FastifyInstance;
  let cookie: string;
  let login: { email: string; password: string };

  beforeAll(async () => {
    own = await createPostgresDatabase(postgresTemplate!);
    const target = new URL(own.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    config = testConfig({
      DATABASE_URL: proxy.through(own.url),
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    });
    database = await openDatabase(config.database);
    app = await buildApp({ config, database, webDist: false });
    await app.ready();
    const member = await createMember({ app, database, config, close: async () => {} });
    cookie = member.cookie;
    login = { email: member.input.email, password: TEST_PASSWORD };
  });
  afterEach(() => proxy.setMode('pass'));
  afterAll(async () => {
    // The proxy first: it cuts every connection still open through it, so closing the app and
    // its pool never waits on one a test left black-holed (a CI run once waited out the hook).
    await proxy?.close();
    await app?.close();
    await database?.close();
    await own?.close();
  });

  const requests: Array<[string, InjectOptions]> = [
    ['a signed-in page (the session check)', { method: 'GET', url: '/api/me' }],
    ['a search (the member check beside it)', { method: 'GET', url: '/api/mentors?q=psychology' }],
    ['a sign-in (better-auth)', { method: 'POST', url: '/api/auth/sign-in/email' }],
  ];
  const withSession = (options: InjectOptions): InjectOptions =>
    options.method === 'POST' ? { ...options, headers: { origin: ORIGIN }, payload: login } : { ...options, headers: { cookie } };

  it.each(requests)('refused: %s answers 503 service_unavailable with Retry-After', async (_name, options) => {
    await proxy.setMode('refuse');
    const { res, ms } = await timed(app, withSession(options), GIVE_UP_MS);
    expectUnavailable(res);
    expect(ms).toBeLessThan(GIVE_UP_MS);
  });

  it.each(requests)('black-holed: %s answers 503 within the configured timeouts', async (_name, options) => {
    // Connections made before the outage stay open in the pool: they hang instead of failing.
    await app.inject(withSession(options));
    await proxy.setMode('blackhole');
    const { res, ms } = await timed(app, withSession(options), GIVE_UP_MS);
    expectUnavailable(res);
    expect(ms).toBeLessThan(GIVE_UP_MS);
  });

  it.each(['refuse', 'blackhole'] as const)('%s: /readyz answers 503 within a second', async (mode) => {
    await proxy.setMode(mode);
    const { res, ms } = await timed(app, { method: 'GET', url: '/readyz' }, 1_000);
    expectUnavailable(res);
    expect(ms).toBeLessThan(1_000);
  });

  it.each(['refuse', 'blackhole'] as const)('recovers without a restart once the database answers again (%s)', async (mode) => {
    await proxy.setMode(mode);
    const during = await Promise.all([
      timed(app, { method: 'GET', url: '/api/me', headers: { cookie } }, GIVE_UP_MS),
      timed(app, { method: 'GET', url: '/readyz' }, GIVE_UP_MS),
    ]);
    expect(during.map(({ res }) => res.statusCode)).toEqual([503, 503]);

    await proxy.setMode('pass');
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('listens for standing changes again after the connection was lost (the search cache serves again)', async () => {
    const { standing } = app.deps;
    // A session just made or refreshed: live, and not due for its refresh.
    const entry = { sessionId: 'session-a', userId: 'member-a', expiresAt: new Date(Date.now() + SESSION_EXPIRES_IN_S * 1000) };
    const serves = () => {
      standing.remember('signed-cookie-a', entry, standing.version());
      return standing.isKnownGood('signed-cookie-a', new Date());
    };
    // (An earlier test's outage may have it still waiting to listen again.)
    await vi.waitFor(() => expect(serves()).toBe(true), { timeout: 15_000, interval: 200 });

    await proxy.setMode('refuse');
    await vi.waitFor(() => expect(serves()).toBe(false), { timeout: 5_000 });
    await proxy.setMode('pass');
    // It tries again every few seconds.
    await vi.waitFor(() => expect(serves()).toBe(true), { timeout: 15_000, interval: 200 });
  }, 40_000);

  it('notices a LISTEN connection that stopped answering (black-holed), though nothing closed it', async () => {
    let lost = 0;
    const unlisten = await listenTo(database, 'outage_test', () => {}, { log: silentLog, onLost: () => (lost += 1), heartbeatMs: 200 });
    try {
      await proxy.setMode('blackhole');
      // Within a heartbeat and one statement's timeout and grace.
      await vi.waitFor(() => expect(lost).toBe(1), { timeout: GIVE_UP_MS + 1_000, interval: 100 });
    } finally {
      await unlisten();
    }
  });

  it('a transaction whose connection drops fails as unavailable and does not take the process down', async () => {
    const running = database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_sleep(0.5)`);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await proxy.setMode('refuse');
    const error = await running.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('an ordinary SQL error is not an outage', async () => {
    const error = await database.db.execute(sql`select * from no_such_table`).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeDefined();
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
