import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailLog, outbox, rateLimits, sessions, verifications } from '../../db/schema';
import { type TestApp, createTestApp } from '../../../test/app';
import { TEST_PASSWORD, createMember } from '../../../test/factories';
import { SECRET_LINK_LIFETIME_MS, pruneOldData } from './retention.service';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describe('retention: pruning what is no longer needed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const ago = (ms: number, now: Date) => new Date(now.getTime() - ms);

  it('deletes delivered outbox rows older than the period; pending and failed rows stay', async () => {
    const now = new Date();
    const rows = await t.database.db
      .insert(outbox)
      .values([
        { kind: 'mail', payload: { n: 'old delivered' }, status: 'done', createdAt: ago(32 * DAY, now), doneAt: ago(31 * DAY, now) },
        { kind: 'mail', payload: { n: 'recent delivered' }, status: 'done', createdAt: ago(40 * DAY, now), doneAt: ago(29 * DAY, now) },
        { kind: 'mail', payload: { n: 'old pending' }, createdAt: ago(60 * DAY, now), runAt: ago(60 * DAY, now) },
        { kind: 'mail', payload: { n: 'old failed' }, status: 'failed', attempts: 8, createdAt: ago(60 * DAY, now), doneAt: ago(59 * DAY, now) },
      ])
      .returning({ id: outbox.id, payload: outbox.payload });
    const result = await pruneOldData(t.database.db, { retentionDays: 30 }, now);
    expect(result.outbox).toBe(1);
    const left = await t.database.db.select({ payload: outbox.payload }).from(outbox).where(inArray(outbox.id, rows.map((row) => row.id)));
    expect(left.map((row) => (row.payload as { n: string }).n).sort()).toEqual(['old failed', 'old pending', 'recent delivered']);
  });

  it('deletes kept mail older than the period, and a shorter RETENTION_DAYS prunes sooner', async () => {
    const now = new Date();
    const mail = (subject: string, age: number) => ({ toAddress: 'a@test.example', subject, text: subject, html: `<p>${subject}</p>`, transport: 'smtp' as const, createdAt: ago(age, now) });
    await t.database.db.insert(mailLog).values([mail('31 days', 31 * DAY), mail('29 days', 29 * DAY), mail('8 days', 8 * DAY), mail('today', HOUR)]);
    const subjects = async () => (await t.database.db.select({ subject: mailLog.subject }).from(mailLog)).map((row) => row.subject).sort();

    expect((await pruneOldData(t.database.db, { retentionDays: 30 }, now)).mail_log).toBe(1);
    expect(await subjects()).toEqual(['29 days', '8 days', 'today']);
    expect((await pruneOldData(t.database.db, { retentionDays: 7 }, now)).mail_log).toBe(2);
    expect(await subjects()).toEqual(['today']);
  });

  it('redacts reset and confirmation links in kept mail once they have expired, and only then', async () => {
    const now = new Date();
    const reset = 'http://localhost:3000/api/auth/reset-password/SeCrEtToKeN123?callbackURL=%2Freset-password';
    const confirm = 'http://localhost:3000/confirm-email?token=AnOtHeRsEcReT456';
    const mail = (subject: string, age: number) => ({
      toAddress: 'b@test.example',
      subject,
      text: `Reset: ${reset}\nConfirm: ${confirm}\n`,
      html: `<a href="${reset.replace('?', '?x=1&amp;')}">reset</a> <a href="${confirm}">confirm</a>`,
      transport: 'database' as const,
      createdAt: ago(age, now),
    });
    const [expired, fresh] = await t.database.db
      .insert(mailLog)
      .values([mail('expired links', SECRET_LINK_LIFETIME_MS + HOUR), mail('fresh links', 10 * 60_000)])
      .returning({ id: mailLog.id });

    const result = await pruneOldData(t.database.db, { retentionDays: 30 }, now);
    expect(result.mail_log_links).toBe(1);
    const [old] = await t.database.db.select().from(mailLog).where(eq(mailLog.id, expired!.id));
    for (const body of [old!.text, old!.html]) {
      expect(body).not.toContain('SeCrEtToKeN123');
      expect(body).not.toContain('AnOtHeRsEcReT456');
      expect(body).toContain('/reset-password/[redacted]');
      expect(body).toContain('token=[redacted]');
    }
    const [kept] = await t.database.db.select().from(mailLog).where(eq(mailLog.id, fresh!.id));
    expect(kept!.text).toContain('SeCrEtToKeN123');
    expect(kept!.html).toContain('AnOtHeRsEcReT456');
    // Nothing left to redact: a second run changes nothing.
    expect((await pruneOldData(t.database.db, { retentionDays: 30 }, now)).mail_log_links).toBe(0);
  });

  it('keeps no secret link past the lifetime it assumes: reset and email-change links expire within it', async () => {
    const member = await createMember(t);
    const headers = { origin: t.config.publicUrl, cookie: member.cookie };
    const reset = await t.app.inject({ method: 'POST', url: '/api/auth/request-password-reset', headers, payload: { email: member.input.email, redirectTo: '/reset-password' } });
    expect(reset.statusCode).toBe(200);
    const change = await t.app.inject({ method: 'POST', url: '/api/me/email-change', headers, payload: { newEmail: `new.${randomUUID()}@test.example`, currentPassword: TEST_PASSWORD } });
    expect(change.statusCode, change.body).toBeLessThan(300);
    // Made before now, so each link's lifetime is at least its expiry minus now.
    const made = Date.now();
    const rows = await t.database.db.select({ expiresAt: verifications.expiresAt }).from(verifications);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row.expiresAt.getTime() - made).toBeLessThanOrEqual(SECRET_LINK_LIFETIME_MS);
  });

  it('deletes expired sessions and verification tokens; live ones stay', async () => {
    const member = await createMember(t);
    const now = new Date();
    const [live] = await t.database.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, member.user.id));
    const expiredSession = randomUUID();
    await t.database.db.insert(sessions).values({ id: expiredSession, token: randomUUID(), userId: member.user.id, expiresAt: ago(HOUR, now) });
    await t.database.db.insert(verifications).values([
      { id: 'expired-verification', identifier: 'test:expired', value: 'x', expiresAt: ago(1000, now) },
      { id: 'live-verification', identifier: 'test:live', value: 'x', expiresAt: new Date(now.getTime() + HOUR) },
    ]);

    const result = await pruneOldData(t.database.db, { retentionDays: 30 }, now);
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(result.verifications).toBeGreaterThanOrEqual(1);
    const sessionIds = (await t.database.db.select({ id: sessions.id }).from(sessions)).map((row) => row.id);
    expect(sessionIds).toContain(live!.id);
    expect(sessionIds).not.toContain(expiredSession);
    const verificationIds = (await t.database.db.select({ id: verifications.id }).from(verifications)).map((row) => row.id);
    expect(verificationIds).toContain('live-verification');
    expect(verificationIds).not.toContain('expired-verification');
  });

  it('deletes rate-limit counters whose window ended over a day ago; counters still counting stay', async () => {
    const now = new Date();
    const longestWindow = HOUR;
    await t.database.db.insert(rateLimits).values([
      { id: 'stale', key: 'test:stale', count: 3, lastRequest: now.getTime() - longestWindow - DAY - 60_000 },
      { id: 'recent', key: 'test:recent', count: 3, lastRequest: now.getTime() - longestWindow - DAY + 60_000 },
      { id: 'counting', key: 'test:counting', count: 1, lastRequest: now.getTime() - 1000 },
    ]);
    expect((await pruneOldData(t.database.db, { retentionDays: 30 }, now)).rate_limits).toBe(1);
    const keys = (await t.database.db.select({ key: rateLimits.key }).from(rateLimits)).map((row) => row.key).sort();
    expect(keys).toEqual(['test:counting', 'test:recent']);
  });
});
