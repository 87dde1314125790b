import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { outbox, sessions } from '../../db/schema';
import { createTestApp, testConfig, type TestApp } from '../../../test/app';
import { ORIGIN, TEST_PASSWORD, buildRegistration, createMember } from '../../../test/factories';

const randomIp = () => `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}`;

/** The statuses of `count` attempts made one after another. */
async function statuses(count: number, attempt: (i: number) => Promise<{ statusCode: number }>) {
  const list: number[] = [];
  for (let i = 0; i < count; i++) list.push((await attempt(i)).statusCode);
  return list;
}

/**
 * Rate limits, as an attacker tries to get around them: forged X-Forwarded-For, many addresses
 * against one account, one address against many accounts, and a second instance.
 */
describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    // As deployed: production is where X-Forwarded-For used to be believed from anyone.
    t = await createTestApp({ config: { RATE_LIMITS: 'true', NODE_ENV: 'production' } });
  });
  afterAll(() => t.close());

  type Headers = Record<string, string>;
  const post = (url: string, payload: object, headers: Headers = {}, remoteAddress?: string) =>
    t.app.inject({ method: 'POST', url, headers: { origin: ORIGIN, ...headers }, payload, ...(remoteAddress ? { remoteAddress } : {}) });
  const signIn = (email: string, password: string, headers: Headers = {}, remoteAddress?: string) =>
    post('/api/auth/sign-in/email', { email, password }, headers, remoteAddress);

  it('ignores a forged X-Forwarded-For without TRUST_PROXY: the sixth guess in a minute is refused, the right password too', async () => {
    const { input } = await createMember(t);
    const guesses = await statuses(40, () => signIn(input.email, 'wrong-password-guess', { 'x-forwarded-for': randomIp() }));
    expect(guesses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(guesses.slice(5).every((status) => status === 429)).toBe(true);
    const right = await signIn(input.email, TEST_PASSWORD, { 'x-forwarded-for': randomIp() });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('rate_limited');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    // The web app says when to try again from the body (web/src/i18n/error-message.ts).
    expect(right.json().error.details).toEqual({ retryAfterSeconds: Number(right.headers['retry-after']) });
  });

  it('keeps other members behind the same address signing in after one account is hammered', async () => {
    const [victim, neighbour] = [await createMember(t), await createMember(t)];
    const ip = randomIp();
    await statuses(8, () => signIn(victim.input.email, 'wrong-password-guess', {}, ip));
    expect((await signIn(neighbour.input.email, TEST_PASSWORD, {}, ip)).statusCode).toBe(200);
  });

  it('limits one account guessed from many addresses, by email and user name alike', async () => {
    const { input } = await createMember(t);
    const byEmail = await statuses(10, () => signIn(input.email, 'wrong-password-guess', {}, randomIp()));
    const byName = await statuses(10, () => post('/api/auth/sign-in/username', { username: input.username, password: 'wrong' + '-guess' }, {}, randomIp()));
    expect([...byEmail, ...byName]).toEqual(Array(20).fill(401));
    expect((await signIn(input.email, 'wrong-password-guess', {}, randomIp())).statusCode).toBe(429);
  });

  it('limits reset mails to one address, whoever asks', async () => {
    const { input } = await createMember(t);
    const answers = await statuses(10, () => post('/api/auth/request-password-reset', { email: input.email }, { 'x-forwarded-for': randomIp() }, randomIp()));
    expect(answers).toEqual([200, 200, 200, ...Array(7).fill(429)]);
    const mails = (await t.database.db.select().from(outbox)).filter((row) => JSON.stringify(row.payload).includes(input.email) && JSON.stringify(row.payload).includes('password_reset'));
    expect(mails).toHaveLength(3);
  });

  it('limits the current-password checks of password and email changes', async () => {
    const { cookie } = await createMember(t);
    const change = await statuses(6, () => post('/api/auth/change-password', { currentPassword: 'not-the-password', newPassword: 'a-new-long-passphrase' }, { cookie }, randomIp()));
    expect(change).toEqual([400, 400, 400, 400, 400, 429]);
    const other = await createMember(t);
    const email = await statuses(6, (i) => post('/api/me/email-change', { newEmail: `new.${i}.${Date.now()}@test.example`, currentPassword: 'not-the-password' }, { cookie: other.cookie }, randomIp()));
    expect(email).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it('limits sign-ups from one address', async () => {
    const ip = randomIp();
    const first = await post('/api/auth/sign-up/email', buildRegistration(), {}, ip);
    expect(first.statusCode).toBe(201);
    // Every attempt counts, refused or not, so the rest can be quick refusals of a taken name.
    const taken = buildRegistration();
    const answers = await statuses(60, (i) => post('/api/auth/sign-up/email', { ...taken, email: `other.${i}.${taken.email}`, username: first.json().username }, {}, ip));
    expect(answers.slice(0, 59)).toEqual(Array(59).fill(409));
    expect(answers[59]).toBe(429);
    const perAddress = await statuses(4, () => post('/api/auth/sign-up/email', { ...taken, username: first.json().username }, {}, randomIp()));
    expect(perAddress).toEqual([409, 409, 409, 429]);
  });

  it('shares the counters between instances on one database', async () => {
    const other = await buildApp({ config: testConfig({ RATE_LIMITS: 'true', NODE_ENV: 'production' }), database: t.database, webDist: false, logger: false });
    try {
      const { input } = await createMember(t);
      const ip = randomIp();
      await statuses(3, () => signIn(input.email, 'wrong-password-guess', {}, ip));
      const onOther = await statuses(3, () =>
        other.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: ORIGIN }, payload: { email: input.email, password: 'wrong-password-guess' }, remoteAddress: ip }),
      );
      expect(onOther).toEqual([401, 401, 429]);
    } finally {
      await other.close();
    }
  });
});

describe('TRUST_PROXY', () => {
  it('takes the client from a two-hop X-Forwarded-For, ignoring what the client wrote before it', async () => {
    const t = await createTestApp({ config: { RATE_LIMITS: 'true', TRUST_PROXY: '2' } });
    try {
      const { input } = await createMember(t);
      // client 203.0.113.7 → proxy 10.0.0.2 → proxy 127.0.0.1 (the socket); "1.2.3.4" is forged.
      const forwarded = (forged: string) => ({ 'x-forwarded-for': `${forged}203.0.113.7, 10.0.0.2` });
      const answers = await statuses(6, (i) =>
        t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: ORIGIN, ...forwarded(i % 2 ? `${randomIp()}, ` : '') }, payload: { email: input.email, password: 'wrong-password-guess' } }),
      );
      expect(answers).toEqual([401, 401, 401, 401, 401, 429]);

      const other = await createMember(t);
      const signedIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: ORIGIN, ...forwarded('1.2.3.4, ') }, payload: { email: other.input.email, password: TEST_PASSWORD } });
      expect(signedIn.statusCode).toBe(200);
      const rows = await t.database.db.select({ ip: sessions.ipAddress }).from(sessions).where(eq(sessions.userId, other.user.id));
      expect(rows.map((row) => row.ip)).toContain('203.0.113.7');
    } finally {
      await t.close();
    }
  });

});
