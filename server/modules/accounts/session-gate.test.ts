import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember } from '../../../test/factories';

/**
 * Who asks is settled before what they sent is read: a route that needs a session answers a
 * stranger 401 whatever the body, so a bad body tells them nothing about the route's schema.
 */
describe('the session is checked before the input is validated', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie?: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload === undefined ? {} : { payload: payload as object }) });
  const outcome = (res: { statusCode: number; json(): { error?: { code: string; details?: unknown } } }) => [
    res.statusCode,
    res.json().error?.code,
    res.json().error?.details,
  ];

  it('answers an anonymous request with a bad body, query or path 401, without the schema details', async () => {
    const cases = [
      call('POST', '/api/requests', undefined, { mentorUsername: 42 }),
      call('PATCH', '/api/me', undefined, { linkedinUrl: 'not a url' }),
      call('POST', '/api/requests/not-a-uuid/accept', undefined, { response: 7 }),
      call('GET', '/api/requests?direction=sideways'),
      call('GET', '/api/mentors?page=-1'),
      call('GET', '/api/mentors/facets?gradFrom=abc'),
      call('POST', '/api/me/onboarding', undefined, { role: 'wizard' }),
      // Not even parsed: malformed JSON from a stranger is turned away before it is read.
      t.app.inject({ method: 'POST', url: '/api/requests', headers: { 'content-type': 'application/json' }, payload: '{"broken":' }),
    ];
    for (const res of await Promise.all(cases)) expect(outcome(res)).toEqual([401, 'unauthenticated', undefined]);
  });

  it('answers a suspended member 403 before reading their body', async () => {
    const member = await createMember(t, { role: 'student' });
    await t.database.db.execute(sql`update users set suspended_at = now() where id = ${member.user.id}`);
    const res = await call('POST', '/api/requests', member.cookie, { mentorUsername: 42 });
    expect(outcome(res)).toEqual([403, 'account_suspended', undefined]);
  });

  it('answers a member who has not finished onboarding 403 elsewhere, and validates their onboarding', async () => {
    const member = await createMember(t, { role: 'student' });
    await t.database.db.execute(sql`update users set role = null, username = null where id = ${member.user.id}`);
    expect(outcome(await call('POST', '/api/requests', member.cookie, { mentorUsername: 42 }))).toEqual([403, 'onboarding_required', undefined]);
    const onboarding = await call('POST', '/api/me/onboarding', member.cookie, { role: 'wizard' });
    expect([onboarding.statusCode, onboarding.json().error.code]).toEqual([400, 'validation_failed']);
  });

  it('still tells a signed-in member what is wrong with their body', async () => {
    const member = await createMember(t, { role: 'student' });
    const res = await call('POST', '/api/requests', member.cookie, { mentorUsername: 42 });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'validation_failed']);
    expect(res.json().error.details.issues.length).toBeGreaterThan(0);
  });

  it('still validates the body of a route that needs no session', async () => {
    const res = await call('POST', '/api/me/email-change/confirm', undefined, { token: 1 });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'validation_failed']);
  });
});
