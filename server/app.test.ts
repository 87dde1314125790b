import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../contract/errors';
import { createTestApp, type TestApp } from '../test/app';
import { statusesOf } from './lib/errors';

interface ErrorSchema {
  allOf?: [{ $ref: string }, { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, { schema: ErrorSchema }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

describe('the application shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown API route with the error model and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'req-12345678' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'The address GET /api/nothing-here was not found.', requestId: 'req-12345678' },
    });
  });

  it('answers malformed JSON with 400 validation_failed, not a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/site',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('sends a Content-Security-Policy that allows only its own origin', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // Framing is refused in one voice: X-Frame-Options says the same as frame-ancestors 'none'.
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('tells browsers to use HTTPS only in production', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/site' })).headers['strict-transport-security']).toBeUndefined();
    const production = await createTestApp({ config: { NODE_ENV: 'production' } });
    try {
      const res = await production.app.inject({ method: 'GET', url: '/api/site' });
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    } finally {
      await production.close();
    }
  });

  it('publishes the OpenAPI document generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/site']));
    expect(doc.components.schemas.Site).toBeDefined();
  });

  it('lists each schema once in the OpenAPI document, and every reference leads to one', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as OpenApiDocument;
    const names = Object.keys(doc.components.schemas);
    expect(names.filter((name) => name.endsWith('Input') && names.includes(name.slice(0, -'Input'.length)))).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['Me', 'Register', 'Interests', 'Error']));
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]*)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => !(ref.startsWith('#/components/schemas/') && ref.slice('#/components/schemas/'.length) in doc.components.schemas))).toEqual([]);
    // Nothing listed that nothing uses.
    expect(names.filter((name) => !refs.includes(`#/components/schemas/${name}`))).toEqual([]);
  });

  it('lists the error codes of every operation per status in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as OpenApiDocument;
    let operations = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        operations += 1;
        const errorStatuses = Object.keys(operation.responses).filter((status) => Number(status) >= 400);
        // Every operation can fail on our side.
        expect(errorStatuses, `${method} ${path}`).toEqual(expect.arrayContaining(['500', '503']));
        for (const status of errorStatuses) {
          const schema = operation.responses[status]!.content['application/json']!.schema;
          expect(schema.allOf?.[0], `${method} ${path} ${status}`).toEqual({ $ref: '#/components/schemas/Error' });
          const codes = schema.allOf?.[1]?.properties?.error?.properties?.code?.enum ?? [];
          expect(codes.length, `${method} ${path} ${status}`).toBeGreaterThan(0);
          expect(codes.filter((code) => !(ERROR_CODES as readonly string[]).includes(code)), `${method} ${path} ${status}`).toEqual([]);
          expect(codes.every((code) => statusesOf(code as ErrorCode).includes(Number(status))), `${method} ${path} ${status}`).toBe(true);
        }
      }
    }
    expect(operations).toBeGreaterThan(40);
    const accept = doc.paths['/api/requests/{id}/accept']!.post!.responses;
    expect(accept['409']!.content['application/json']!.schema.allOf?.[1]?.properties?.error?.properties?.code?.enum).toEqual(
      expect.arrayContaining(['mentor_full', 'request_expired', 'request_not_pending']),
    );
    expect(doc.paths['/api/site']!.get!.responses['409']).toBeUndefined();
  });

  it('serves the installation branding from configuration', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    expect(res.json()).toMatchObject({
      institution: { name: 'Test University Mentor Network', supportEmail: 'mentors@test.example' },
      languages: ['en', 'nl'],
    });
  });
});
