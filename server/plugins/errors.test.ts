import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { createMember } from '../../test/factories';

describe('the error body for requests the router itself refuses', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ cookie } = await createMember(t));
  });
  afterAll(() => t.close());

  // Fastify answered these with its own body ({ error: 'Bad Request', code: 'FST_ERR_…' }), without our requestId.
  it.each([
    ['a path parameter that is not valid percent-encoding', '/api/members/%ff'],
    ['a truncated percent-escape', '/api/requests/%E0%A4'],
    ['a path parameter over the router’s length limit', `/api/members/${'a'.repeat(150)}`],
  ])('answers %s with 400 validation_failed and the requestId', async (_name, url) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error).toMatchObject({ code: 'validation_failed', details: { context: 'url' } });
    expect(error.requestId).toBe(res.headers['x-request-id']);
    expect(error.message).not.toContain('%ff');
  });

  it('keeps the requestId a caller sent', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/members/%ff', headers: { cookie, 'x-request-id': 'caller-chosen-id-1' } });
    expect(res.json().error.requestId).toBe('caller-chosen-id-1');
  });
});
