import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember, createMentor } from '../../../test/factories';

describe('inbox rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { RATE_LIMITS: 'true' } });
  });
  afterAll(() => t.close());

  // limits.rules.ts: 20 conversations started per account and hour, 100 messages per account and 15 minutes.
  const accountMax = (action: 'start_conversation' | 'message') => (action === 'start_conversation' ? 20 : 100);

  it('limits starting conversations per account: 429 rate_limited with Retry-After', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const start = () => t.app.inject({ method: 'POST', url: '/api/conversations', headers: { cookie: student.cookie }, payload: { username: mentor.user.username, body: 'Hello' } });
    for (let i = 0; i < accountMax('start_conversation'); i++) expect((await start()).statusCode).toBe(201);
    const refused = await start();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits sending messages per account', async () => {
    const mentor = await createMentor(t);
    const student = await createMember(t, { role: 'student' });
    const started = await t.app.inject({ method: 'POST', url: '/api/conversations', headers: { cookie: student.cookie }, payload: { username: mentor.user.username, body: 'Hi' } });
    const id = started.json().conversation.id as string;
    const send = () => t.app.inject({ method: 'POST', url: `/api/conversations/${id}/messages`, headers: { cookie: mentor.cookie }, payload: { body: 'Again' } });
    for (let i = 0; i < accountMax('message'); i++) expect((await send()).statusCode).toBe(201);
    const refused = await send();
    expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'rate_limited']);
  }, 120_000);
});
