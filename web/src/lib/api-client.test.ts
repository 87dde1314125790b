import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { endpoint } from '../../../contract/endpoint';
import { ApiError, callEndpoint, endpointUrl, errorFromResponse, knownErrorCode } from './api-client';

const getThing = endpoint({ method: 'GET', path: '/api/things/:id', params: z.object({ id: z.string() }), responses: { 200: z.object({ name: z.string() }) } });
const getMe = endpoint({ method: 'GET', path: '/api/me', responses: { 200: z.object({}) } });
const saveSettings = endpoint({
  method: 'PATCH',
  path: '/api/me/settings',
  body: z.object({ language: z.enum(['en', 'nl']) }),
  responses: { 200: z.object({}) },
});
const listThings = endpoint({
  method: 'GET',
  path: '/api/things',
  query: z.object({ direction: z.string().optional(), status: z.string().optional(), limit: z.number().optional(), tag: z.array(z.string()).optional() }),
  responses: { 200: z.object({}) },
});
const created = endpoint({ method: 'POST', path: '/api/things', responses: { 201: z.object({ id: z.string() }), 204: null } });
const upload = endpoint({ method: 'PUT', path: '/api/me/photo', upload: { field: 'photo', description: 'A photo' }, responses: { 200: z.object({}) } });

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

describe('callEndpoint', () => {
  it('calls the path with its parameters filled in, and returns the body checked against the schema', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(200, { name: 'Ada', extra: true }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(callEndpoint(getThing, { params: { id: 'a/b' } })).resolves.toEqual({ name: 'Ada' });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/things/a%2Fb');
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ method: 'GET', body: undefined });
  });

  it('checks the answer against the schema of the status it came with', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    await expect(callEndpoint(created)).resolves.toBeUndefined();
    vi.stubGlobal('fetch', vi.fn(async () => json(201, { id: 7 })));
    await expect(callEndpoint(created)).rejects.toThrow();
  });

  it('throws an ApiError that exposes the code', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(401, { error: { code: 'unauthenticated', message: 'Sign in.', requestId: 'r' } })));
    const failure = callEndpoint(getMe);
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('reports an unreachable server as service_unavailable', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))));
    await expect(callEndpoint(getMe)).rejects.toMatchObject({ status: 0, code: 'service_unavailable' });
  });

  it('sends a JSON body checked by its schema, with its content type', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(200, {}));
    vi.stubGlobal('fetch', fetchMock);
    await callEndpoint(saveSettings, { body: { language: 'nl', extra: 1 } as { language: 'nl' } });
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init).toMatchObject({ method: 'PATCH', body: '{"language":"nl"}' });
    expect(init?.headers).toMatchObject({ 'content-type': 'application/json' });
    await expect(callEndpoint(saveSettings, { body: { language: 'fr' as 'nl' } })).rejects.toThrow();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('sends an upload as the form field its descriptor names', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(200, {}));
    vi.stubGlobal('fetch', fetchMock);
    await callEndpoint(upload, { file: new Blob(['x'], { type: 'image/png' }) });
    const body = fetchMock.mock.calls[0]?.[1]?.body;
    expect(body).toBeInstanceOf(FormData);
    expect((body as FormData).get('photo')).toBeInstanceOf(Blob);
    expect(fetchMock.mock.calls[0]?.[1]?.headers).not.toHaveProperty('content-type');
  });
});

describe('endpointUrl', () => {
  it('adds the query values that are set, repeating lists, and no `?` when none is', () => {
    expect(endpointUrl(listThings, {}, { direction: 'incoming', status: undefined, limit: 100 })).toBe('/api/things?direction=incoming&limit=100');
    expect(endpointUrl(listThings, {}, { tag: ['a', 'b c'] })).toBe('/api/things?tag=a&tag=b+c');
    expect(endpointUrl(listThings, {}, { status: undefined })).toBe('/api/things');
    expect(endpointUrl(listThings, {}, new URLSearchParams('q=law'))).toBe('/api/things?q=law');
  });

  it('refuses a path whose parameter has no value', () => {
    expect(() => endpointUrl(getThing)).toThrow(/:id/);
  });
});

describe('knownErrorCode', () => {
  it('keeps codes the interface can translate and turns anything else into internal_error', () => {
    expect(knownErrorCode(new ApiError(429, 'rate_limited', ''))).toBe('rate_limited');
    expect(knownErrorCode(new ApiError(400, 'something_new', ''))).toBe('internal_error');
    expect(knownErrorCode(new Error('boom'))).toBe('internal_error');
  });
});
