import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiRequest, errorFromResponse, knownErrorCode } from './api-client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('errorFromResponse', () => {
  it('reads code, message, details and request id from the error model', async () => {
    const error = await errorFromResponse(
      json(409, { error: { code: 'conflict', message: 'Taken.', details: { field: 'username' }, requestId: 'req-1' } }),
    );
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'Taken.', requestId: 'req-1', details: { field: 'username' } });
  });

  it('derives a code from the status when the body is not the error model', async () => {
    const error = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.code).toBe('service_unavailable');
    expect((await errorFromResponse(new Response('', { status: 404 }))).code).toBe('not_found');
  });
});

describe('apiRequest', () => {
  it('returns the body checked against the schema', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { name: 'Ada', extra: true })));
    await expect(apiRequest('/api/x', z.object({ name: z.string() }))).resolves.toEqual({ name: 'Ada' });
  });

  it('throws an ApiError that exposes the code', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(401, { error: { code: 'unauthenticated', message: 'Sign in.', requestId: 'r' } })));
    const failure = apiRequest('/api/me', z.object({}));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('reports an unreachable server as service_unavailable', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    await expect(apiRequest('/api/site', z.object({}))).rejects.toMatchObject({ status: 0, code: 'service_unavailable' });
  });

  it('sends a JSON body with its content type', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(200, {}));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('/api/me/settings', z.object({}), { method: 'PATCH', body: { language: 'nl' } });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init).toMatchObject({ method: 'PATCH', body: '{"language":"nl"}' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
  });
});

describe('knownErrorCode', () => {
  it('keeps codes the interface can translate and turns anything else into internal_error', () => {
    expect(knownErrorCode(new ApiError(429, 'rate_limited', ''))).toBe('rate_limited');
    expect(knownErrorCode(new ApiError(400, 'something_new', ''))).toBe('internal_error');
    expect(knownErrorCode(new Error('boom'))).toBe('internal_error');
  });
});
