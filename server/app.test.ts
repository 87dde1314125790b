import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/app';

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

  it('serves the installation branding from configuration', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/site' });
    expect(res.json()).toMatchObject({
      institution: { name: 'Test University Mentor Network', supportEmail: 'mentors@test.example' },
      languages: ['en', 'nl'],
    });
  });
});
