import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { enqueueMail } from '../../jobs/outbox';
import { deliverOutbox } from '../../jobs/test-support';

describe('dev mailbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the mails kept without SMTP, newest first, without signing in', async () => {
    await enqueueMail(t.database.db, { to: 'first@test.example', language: 'en', template: 'email_verification', data: { url: 'http://localhost:3000/verify?token=1' } });
    await enqueueMail(t.database.db, { to: 'reset@test.example', language: 'nl', template: 'password_reset', data: { url: 'http://localhost:3000/reset?token=abc' } });
    // The worker sends in queue order, one transaction per mail, so the reset mail is the newer.
    await deliverOutbox(t);

    const res = await t.app.inject({ method: 'GET', url: '/api/dev/mailbox' });

    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.map((mail: { to: string }) => mail.to)).toEqual(['reset@test.example', 'first@test.example']);
    expect(items[0]).toMatchObject({ transport: 'database', subject: 'Stel een nieuw wachtwoord in voor Test University Mentor Network' });
    expect(items[0].text).toContain('http://localhost:3000/reset?token=abc');
    expect(items[0].html).toContain('<html lang="nl">');
  });

  it('says in the API documentation that it is for development only', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths['/api/dev/mailbox'].get.summary).toMatch(/development only/i);
  });

  it('does not exist in production', async () => {
    const production = await createTestApp({ config: { NODE_ENV: 'production' } });
    try {
      const res = await production.app.inject({ method: 'GET', url: '/api/dev/mailbox' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    } finally {
      await production.close();
    }
  });
});
