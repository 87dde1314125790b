import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { ORIGIN, createMember, createMentor } from '../../test/factories';

/**
 * Cross-site request forgery: a page on another site can make a signed-in member's browser post
 * a form (the session cookie is SameSite=Lax, which still goes along in some cases, and from a
 * same-site subdomain always). Every state-changing request must come from our own pages.
 */
describe('state-changing requests come from our own pages, as JSON', () => {
  let t: TestApp;
  let mentee: Awaited<ReturnType<typeof createMember>>;
  let mentorUsername: string;
  beforeAll(async () => {
    t = await createTestApp();
    mentee = await createMember(t, { role: 'student' });
    mentorUsername = (await createMentor(t, { maxMentees: 5 })).input.username;
  });
  afterAll(() => t.close());

  const motivation = 'I would like to learn how you moved from research into consulting.';
  const outcome = (res: { statusCode: number; json(): { error?: { code: string } } }) => [res.statusCode, res.json().error?.code];

  it('refuses a form posted from another site (was 201)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { cookie: mentee.cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ mentorUsername, motivation }).toString(),
    });
    expect(outcome(res)).toEqual([403, 'forbidden_origin']);
  });

  it.each([
    ['Origin: null (a sandboxed frame or a redirect)', { origin: 'null' }],
    ['another site in Origin', { origin: 'https://evil.example' }],
    ['a look-alike origin', { origin: 'http://localhost:3000.evil.example' }],
    ['another site in Referer, without Origin', { referer: 'https://evil.example/page' }],
  ])('refuses JSON with %s', async (_name, headers) => {
    const res = await t.app.inject({ method: 'PATCH', url: '/api/me/settings', headers: { cookie: mentee.cookie, ...headers }, payload: { showEmail: true } });
    expect(outcome(res)).toEqual([403, 'forbidden_origin']);
  });

  it('refuses a body that is not JSON from our own page too', async () => {
    for (const [type, body] of [
      ['text/plain', JSON.stringify({ showEmail: true })],
      ['application/x-www-form-urlencoded', 'showEmail=true'],
    ]) {
      const res = await t.app.inject({ method: 'PATCH', url: '/api/me/settings', headers: { cookie: mentee.cookie, origin: ORIGIN, 'content-type': type! }, payload: body });
      expect(outcome(res)).toEqual([415, 'unsupported_media_type']);
    }
  });

  it('accepts JSON from our own pages, and from API clients that send no Origin', async () => {
    const own = await t.app.inject({ method: 'PATCH', url: '/api/me/settings', headers: { cookie: mentee.cookie, origin: ORIGIN }, payload: { showEmail: true } });
    expect(own.statusCode).toBe(200);
    const referred = await t.app.inject({ method: 'PATCH', url: '/api/me/settings', headers: { cookie: mentee.cookie, referer: `${ORIGIN}/settings` }, payload: { showEmail: false } });
    expect(referred.statusCode).toBe(200);
    const client = await t.app.inject({ method: 'POST', url: '/api/requests', headers: { cookie: mentee.cookie }, payload: { mentorUsername, motivation } });
    expect(client.statusCode).toBe(201);
  });

  it('leaves reading alone: a GET from anywhere is answered', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: mentee.cookie, origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(200);
  });
});
