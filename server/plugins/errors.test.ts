import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { ORIGIN, createMember } from '../../test/factories';

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

  // Found by the fuzzer: better-auth looked the token up as given and PostgreSQL refused the NUL (500).
  it('answers text PostgreSQL cannot store with 400 validation_failed, even where no schema refused it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reset-password',
      headers: { origin: ORIGIN },
      payload: { token: 'a\u0000b', newPassword: 'a-long-enough-new-password' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', requestId: res.headers['x-request-id'] });
  });

  it('keeps the requestId a caller sent', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/members/%ff', headers: { cookie, 'x-request-id': 'caller-chosen-id-1' } });
    expect(res.json().error.requestId).toBe('caller-chosen-id-1');
  });
});

describe('the error body for requests Node’s HTTP parser refuses', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  /** Writes raw bytes and reads the whole answer: no HTTP client would send these. */
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(text));
      let answer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (answer += chunk));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });

  // Fastify answered these with {"error":"Bad Request","message":"Client Error","statusCode":400}.
  it.each([
    ['an address over the size limit', `GET /api/mentors?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
    ['a path that does not start with a slash', 'GET %2Fhealthz HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a request that is not HTTP', 'HELLO\r\n\r\n', 400],
  ])('answers %s with our error body and a requestId', async (_name, request, status) => {
    const answer = await raw(request);
    const [head, body] = answer.split('\r\n\r\n');
    expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
    const { error } = JSON.parse(body!);
    expect(error).toMatchObject({ code: 'validation_failed', requestId: expect.stringMatching(/^[\w-]{36}$/) });
    expect(head!.toLowerCase()).toContain(`x-request-id: ${error.requestId}`);
  });
});
