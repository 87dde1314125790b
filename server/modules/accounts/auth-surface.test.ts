import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema';
import { createTestApp, type TestApp } from '../../../test/app';
import { listenOnFreePort, sendRaw } from '../../../test/http';
import { ORIGIN, TEST_PASSWORD, buildRegistration, createMember, sessionCookie } from '../../../test/factories';
import { linkFromLatestMail } from '../../../test/outbox';
import { AUTH_ENDPOINTS_IN_USE } from './auth.routes';

/** Every form an attacker may write one path in: only the first may reach better-auth. */
function pathForms(path: string): string[] {
  const rest = path.replace(/^\//, '');
  return [
    `/api/auth/${rest}`,
    `/api/auth/./${rest}`,
    `/api/auth/x/../${rest}`,
    `/api/auth/%2e/${rest}`,
    `/api/auth//${rest}`,
    `/api/auth/${rest}/`,
    `/api/auth/${rest.replace(/^(.)/, (c: string) => `%${c.charCodeAt(0).toString(16)}`)}`,
    `/api/auth/${rest.toUpperCase()}`,
    `/api/auth\\${rest}`,
  ];
}

describe('the /api/auth surface', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    port = await listenOnFreePort(t);
  });
  afterAll(() => t.close());

  /** Over real HTTP, with the path sent exactly as written (inject() would normalise it). */
  const send = async (method: string, path: string, payload?: object, cookie?: string) => {
    const answer = await sendRaw(port, {
      method,
      path,
      headers: { origin: ORIGIN, ...(cookie ? { cookie } : {}), ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      body: method === 'GET' ? undefined : JSON.stringify(payload ?? {}),
    });
    return { statusCode: answer.status, body: answer.text, headers: answer.headers, json: () => JSON.parse(answer.text) as { error: { code: string; message: string } } & Record<string, unknown> };
  };
  type Answer = Awaited<ReturnType<typeof send>>;
  const isAllowListRefusal = (res: Answer) => res.statusCode === 404 && res.json().error.message === 'This endpoint was not found.';
  /** Our own routes at better-auth's paths: the plain form reaches ours, not better-auth's. */
  const ownRoutes = ['/sign-up/email', '/change-password'];

  it('answers 404 to every better-auth endpoint the product does not use, in every path form', async () => {
    const endpoints = Object.values(t.app.deps.auth.api as Record<string, { path?: string; options?: { method?: string | string[] } }>)
      .filter((endpoint) => endpoint.path)
      .flatMap((endpoint) => [endpoint.options?.method ?? 'POST'].flat().map((method) => ({ method, path: endpoint.path! })));
    expect(endpoints.length).toBeGreaterThan(30);
    const { cookie } = await createMember(t);
    const leaks: string[] = [];
    for (const { method, path } of endpoints) {
      const concrete = path.replace(':token', 'some-token').replace(':id', 'linkedin');
      const inUse = AUTH_ENDPOINTS_IN_USE.some((entry) => entry.method === method && entry.path === path) || ownRoutes.includes(path);
      for (const [index, url] of pathForms(concrete).entries()) {
        if (inUse && index === 0) continue;
        // Fastify decodes escapes when it routes, so that form reaches our own route, rules and all.
        if (ownRoutes.includes(path) && url.includes('%') && !url.includes('%2e')) continue;
        for (const who of [undefined, cookie]) {
          const res = await send(method, url, {}, who);
          if (!isAllowListRefusal(res) && res.statusCode !== 404) leaks.push(`${method} ${url} → ${res.statusCode}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('still serves each endpoint in use in its plain form', async () => {
    // Provider callbacks need a configured provider: linkedin.test.ts and oidc-callback.test.ts.
    for (const { method, path } of AUTH_ENDPOINTS_IN_USE.filter((entry) => !entry.path.includes(':id'))) {
      const res = await send(method, `/api/auth${path}`, {});
      expect(isAllowListRefusal(res), `${method} ${path}`).toBe(false);
    }
  });

  it('refuses the reviewed dot-segment attacks', async () => {
    const weak = await send('POST', '/api/auth/./sign-up/email', { ...buildRegistration(), password: 'aaaaaaaaaa', name: 'x' });
    expect(weak.statusCode).toBe(404);

    const { cookie, user, input } = await createMember(t);
    const rename = await send('POST', '/api/auth/./update-user', { name: 'Alumni Office: verify your account at evil.example' }, cookie);
    expect(rename.statusCode).toBe(404);
    const [row] = await t.database.db.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(row!.name).toBe(`${input.firstName} ${input.familyName}`);

    expect((await send('GET', '/api/auth/./list-accounts', undefined, cookie)).statusCode).toBe(404);

    await send('POST', '/api/auth/request-password-reset', { email: input.email });
    const token = (await linkFromLatestMail(t, input.email)).searchParams.get('token')!;
    const reset = await send('POST', '/api/auth/./reset-password', { token, newPassword: 'password123' });
    expect(reset.statusCode).toBe(404);
    expect((await send('POST', '/api/auth/sign-in/email', { email: input.email, password: TEST_PASSWORD })).statusCode).toBe(200);
  });

  it('refuses a deeply nested body and a NUL in a token with 400, not 500', async () => {
    const nested = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const deep = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in/email', headers: { origin: ORIGIN, 'content-type': 'application/json' }, payload: `{"email":${nested},"password":"x"}` });
    expect([deep.statusCode, deep.json().error.code]).toEqual([400, 'validation_failed']);
    const nul = await send('POST', '/api/auth/reset-password', { token: 'abc\u0000def', newPassword: 'a-long-new-passphrase' });
    expect([nul.statusCode, nul.json().error.code]).toEqual([400, 'validation_failed']);
  });

  it('keeps session tokens out of response bodies: the cookie carries the session', async () => {
    const { input } = await createMember(t);
    const res = await send('POST', '/api/auth/sign-in/email', { email: input.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res.headers['set-cookie'])).toMatch(/session_token=/);
    const token = decodeURIComponent(sessionCookie(res.headers['set-cookie'])).split('=')[1]!.split('.')[0]!;
    expect(res.body).not.toContain(token);
    expect(res.json()).not.toHaveProperty('token');
    expect(res.json().user).toMatchObject({ email: input.email });
  });
});
