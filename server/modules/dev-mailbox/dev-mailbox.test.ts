import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { createMember } from '../../../test/factories';
import { grantAdmin } from '../../cli/grant-admin';
import { enqueueMail } from '../outbox/outbox.service';
import { deliverOutbox } from '../../../test/outbox-worker';

type Mail = { to: string; text: string };

/**
 * What an attacker tries: ask a reset for the victim, read the link from the mailbox, set a
 * password, sign in. Returns the mailbox's status and whether the sign-in worked.
 */
async function tryTakeover(t: TestApp, mailboxRequest: { remoteAddress?: string; headers?: Record<string, string> } = {}) {
  const victim = await createMember(t);
  const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { origin: t.config.publicUrl }, payload });
  await post('/api/auth/request-password-reset', { email: victim.input.email });
  await deliverOutbox(t);
  const mailbox = await t.app.inject({ method: 'GET', url: '/api/dev/mailbox', ...mailboxRequest });
  if (mailbox.statusCode !== 200) return { mailbox: mailbox.statusCode, signedIn: false };
  const mail = (mailbox.json().items as Mail[]).find((item) => item.to === victim.input.email);
  const token = /token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  await post('/api/auth/reset-password', { token, newPassword: 'attacker-chosen-passphrase' });
  const signIn = await post('/api/auth/sign-in/email', { email: victim.input.email, password: 'attacker-chosen-passphrase' });
  return { mailbox: mailbox.statusCode, signedIn: signIn.statusCode === 200 };
}

describe('dev mailbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lists the mails kept without SMTP, newest first, to a browser on this machine', async () => {
    await enqueueMail(t.database.db, { to: 'first@test.example', language: 'en', template: 'email_verification', data: { url: 'http://localhost:3000/verify?token=1' } });
    await enqueueMail(t.database.db, { to: 'reset@test.example', language: 'nl', template: 'password_reset', data: { url: 'http://localhost:3000/reset?token=abc' } });
    // The worker sends in queue order, one transaction per mail, so the reset mail is the newer.
    await deliverOutbox(t);

    const res = await t.app.inject({ method: 'GET', url: '/api/dev/mailbox' });

    expect(res.statusCode).toBe(200);
    const items = (res.json().items as Mail[]).filter((mail) => mail.to.endsWith('@test.example') && !mail.to.startsWith('member.'));
    expect(items.map((mail) => mail.to)).toEqual(['reset@test.example', 'first@test.example']);
    expect(items[0]).toMatchObject({ transport: 'database', subject: 'Stel een nieuw wachtwoord in voor Test University Mentor Network' });
    expect(items[0]!.text).toContain('http://localhost:3000/reset?token=abc');
    expect((await t.app.inject({ method: 'GET', url: '/api/site' })).json().devMailbox).toBe(true);
  });

  it('says in the API documentation that it is for development only', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(doc.paths['/api/dev/mailbox'].get.summary).toMatch(/development only/i);
  });

  it.each([
    ['another machine', { remoteAddress: '10.1.2.3' }],
    ['a proxy in front (X-Forwarded-For)', { headers: { 'x-forwarded-for': '203.0.113.9' } }],
    ['a proxy in front (Forwarded)', { headers: { forwarded: 'for=203.0.113.9' } }],
    ['a page that rebinds its domain to this machine', { headers: { host: 'attacker.example:3000' } }],
  ])('answers %s 404, so no reset link leaves this machine', async (_name, request) => {
    expect(await tryTakeover(t, request)).toEqual({ mailbox: 404, signedIn: false });
  });

  it('answers a signed-in admin from another machine', async () => {
    const admin = await createMember(t);
    await grantAdmin(t.database.db, admin.input.email);
    const res = await t.app.inject({ method: 'GET', url: '/api/dev/mailbox', remoteAddress: '10.1.2.3', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    const member = await createMember(t);
    const refused = await t.app.inject({ method: 'GET', url: '/api/dev/mailbox', remoteAddress: '10.1.2.3', headers: { cookie: member.cookie } });
    expect(refused.statusCode).toBe(404);
  });

  it.each([
    ['in production', { NODE_ENV: 'production' }],
    ['in development on PostgreSQL', { NODE_ENV: 'development', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mn' }],
    ['listening on every interface', { NODE_ENV: 'development', HOST: '0.0.0.0' }],
    ['with a public PUBLIC_URL', { NODE_ENV: 'development', PUBLIC_URL: 'https://mentors.example.org' }],
  ])('does not exist %s: the takeover through it fails', async (_name, config) => {
    const other = await createTestApp({ config });
    try {
      expect(await tryTakeover(other)).toEqual({ mailbox: 404, signedIn: false });
      expect((await other.app.inject({ method: 'GET', url: '/api/site' })).json().devMailbox).toBe(false);
    } finally {
      await other.close();
    }
  });
});
