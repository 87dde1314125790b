import { eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { buildRegistration, createMember, sessionCookie } from '../../../test/factories';
import { queuedMails } from '../../../test/outbox';
import { auditLog, invitations, users } from '../../db/schema';

type Method = 'GET' | 'POST';

describe('inviting alumni in bulk', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof createMember>>;
  let tag: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await createMember(t, { role: 'staff', firstName: 'Office', familyName: 'Admin' });
    await t.database.db.update(users).set({ isAdmin: true }).where(eq(users.id, admin.user.id));
  });
  afterAll(() => t.close());

  let sequence = 0;
  const unique = () => `${Date.now().toString(36)}${++sequence}`;
  const call = (method: Method, url: string, cookie?: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: { origin: t.config.publicUrl, ...(cookie ? { cookie } : {}) }, ...(payload ? { payload } : {}) });
  const code = (res: LightMyRequestResponse) => res.json().error?.code as string | undefined;
  const upload = (csv: string, defaultLanguage: 'en' | 'nl' = 'en') => ({ csv, defaultLanguage });
  const invitationsTo = (email: string) => t.database.db.select().from(invitations).where(sql`lower(${invitations.email}) = ${email.toLowerCase()}`);
  const tokenOf = (url: string) => new URL(url).searchParams.get('token')!;
  const register = (overrides: object) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-up/email', headers: { origin: t.config.publicUrl }, payload: { ...buildRegistration(), ...overrides } });

  it('is for admins only: 401 without a session, 403 for any other member, before the list is read', async () => {
    const member = await createMember(t, { role: 'alumnus' });
    for (const [method, url, payload] of [
      ['POST', '/api/admin/invitations/preview', upload('x')],
      ['POST', '/api/admin/invitations', upload('x')],
      ['GET', '/api/admin/invitations'],
      ['POST', '/api/admin/invitations/00000000-0000-4000-8000-000000000000/resend'],
      ['POST', '/api/admin/invitations/00000000-0000-4000-8000-000000000000/revoke'],
    ] as const) {
      const anonymous = await call(method, url, undefined, payload);
      expect([anonymous.statusCode, code(anonymous)], url).toEqual([401, 'unauthenticated']);
      const other = await call(method, url, member.cookie, payload);
      expect([other.statusCode, code(other)], url).toEqual([403, 'forbidden']);
    }
  });

  it('checks a list line by line before anything is sent: missing name, bad address, duplicate, member, waiting invitation', async () => {
    tag = unique();
    const member = await createMember(t, { role: 'alumnus', email: `member.${tag}@test.example` });
    const waiting = `waiting.${tag}@test.example`;
    expect((await call('POST', '/api/admin/invitations', admin.cookie, upload(`Wim Wacht,${waiting}`))).statusCode).toBe(201);
    const csv = [
      'Name;Email;Language',
      `Anna de Vries;anna.${tag}@test.example;nl`,
      `;bert.${tag}@test.example;`,
      `Cees Bos;cees.${tag}.test.example;`,
      `Anna Again;ANNA.${tag}@test.example;en`,
      `Mia Member;${member.input.email};`,
      `Wim Wacht;${waiting};`,
      `Zoë Zon;zoe.${tag}@test.example;klingon`,
    ].join('\r\n');
    const res = await call('POST', '/api/admin/invitations/preview', admin.cookie, upload(csv));
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ isValid: false, invalidCount: 6, fileProblems: [] });
    expect(preview.lines.map((line: { line: number; problems: { code: string }[] }) => [line.line, line.problems])).toEqual([
      [2, []],
      [3, [{ code: 'name_missing' }]],
      [4, [{ code: 'email_invalid' }]],
      [5, [{ code: 'duplicate_in_file', firstLine: 2 }]],
      [6, [{ code: 'already_member' }]],
      [7, [{ code: 'already_invited' }]],
      [8, [{ code: 'language_invalid' }]],
    ]);
    expect(preview.lines[0]).toMatchObject({ firstName: 'Anna', familyName: 'de Vries', email: `anna.${tag}@test.example`, language: 'nl' });

    // Sending the same list: nothing at all is written or queued, and the answer names the same problems.
    const sent = await call('POST', '/api/admin/invitations', admin.cookie, upload(csv));
    expect([sent.statusCode, code(sent)]).toEqual([400, 'invitation_list_invalid']);
    expect(sent.json().error.details.lines).toHaveLength(7);
    expect(await invitationsTo(`anna.${tag}@test.example`)).toEqual([]);
    expect(await queuedMails(t, `anna.${tag}@test.example`)).toEqual([]);
  });

  it('refuses bad input with a 400, never a 500', async () => {
    for (const body of [{}, { csv: 'a', defaultLanguage: 'fr' }, { csv: 'x'.repeat(500_001), defaultLanguage: 'en' }, { csv: 42, defaultLanguage: 'en' }]) {
      const res = await call('POST', '/api/admin/invitations/preview', admin.cookie, body);
      expect([res.statusCode, code(res)]).toEqual([400, 'validation_failed']);
    }
    const empty = await call('POST', '/api/admin/invitations', admin.cookie, upload('name,email\n'));
    expect([empty.statusCode, code(empty)]).toEqual([400, 'invitation_list_invalid']);
    expect(empty.json().error.details.fileProblems).toEqual([{ code: 'empty' }]);
    const notUuid = await call('POST', '/api/admin/invitations/nope/resend', admin.cookie);
    expect([notUuid.statusCode, code(notUuid)]).toEqual([400, 'validation_failed']);
    const unknown = await call('POST', '/api/admin/invitations/00000000-0000-4000-8000-000000000000/revoke', admin.cookie);
    expect([unknown.statusCode, code(unknown)]).toEqual([404, 'not_found']);
  });

  it('sends every line its invitation in its language, hashed, listed as pending, in the audit log', async () => {
    tag = unique();
    const csv = `name,email,language\nAnna de Vries,anna.${tag}@test.example,nl\nBen Brown,ben.${tag}@test.example,`;
    const res = await call('POST', '/api/admin/invitations', admin.cookie, upload(csv, 'en'));
    expect(res.statusCode, res.body).toBe(201);
    const { sent, batchId } = res.json();
    expect(sent).toBe(2);

    const [anna] = await queuedMails(t, `anna.${tag}@test.example`);
    const [ben] = await queuedMails(t, `ben.${tag}@test.example`);
    expect(anna).toMatchObject({ template: 'invitation', language: 'nl', name: 'Anna' });
    expect(ben).toMatchObject({ template: 'invitation', language: 'en', name: 'Ben' });
    const url = String(anna!.data.url);
    expect(url).toMatch(/^http:\/\/localhost:3000\/register\?token=[A-Za-z0-9_-]{43}$/);
    // Only the token's hash is kept.
    const [row] = await invitationsTo(`anna.${tag}@test.example`);
    expect(row!.tokenHash).not.toContain(tokenOf(url));
    expect(JSON.stringify(row)).not.toContain(tokenOf(url));
    expect(row!.expiresAt.getTime() - row!.sentAt.getTime()).toBe(14 * 24 * 60 * 60 * 1000);

    const list = await call('GET', `/api/admin/invitations?q=${tag}`, admin.cookie);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((item: { email: string; state: string; can: object; invitedBy: object }) => [item.email, item.state, item.can, item.invitedBy])).toEqual(
      expect.arrayContaining([[`anna.${tag}@test.example`, 'pending', { resend: true, revoke: true }, { id: admin.user.id, name: admin.user.name }]]),
    );
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, batchId));
    expect(entry).toMatchObject({ actorId: admin.user.id, action: 'invitations_sent', targetType: 'invitation_batch', details: { count: 2, languages: { nl: 1, en: 1 } } });
  });

  it('registers an alumnus through the link: filled in, the invitation decides the role, the link works once', async () => {
    tag = unique();
    const email = `ines.${tag}@test.example`;
    await call('POST', '/api/admin/invitations', admin.cookie, upload(`Ines Invited,${email},nl`));
    const token = tokenOf(String((await queuedMails(t, email))[0]!.data.url));

    const lookup = await call('GET', `/api/invitations/lookup?token=${token}`);
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json()).toMatchObject({ firstName: 'Ines', familyName: 'Invited', email, language: 'nl', role: 'alumnus' });

    // The form said "student": the invitation says alumnus, so the alumni fields are asked for.
    const asStudent = await register({ role: 'student', email, invitationToken: token, graduationYear: undefined });
    expect([asStudent.statusCode, code(asStudent)]).toEqual([400, 'validation_failed']);
    expect(asStudent.json().error.details.issues).toContainEqual(expect.objectContaining({ path: 'graduationYear', message: 'required' }));
    // Another address than the one invited.
    const otherAddress = await register({ role: 'alumnus', email: `someone.${tag}@test.example`, invitationToken: token });
    expect([otherAddress.statusCode, code(otherAddress)]).toEqual([400, 'invitation_email_mismatch']);
    expect(otherAddress.json().error.details).toEqual({ field: 'email' });

    const res = await register({ role: 'alumnus', email: email.toUpperCase(), firstName: 'Ines', familyName: 'Invited', invitationToken: token, language: 'nl' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ role: 'alumnus', email });
    const [user] = await t.database.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ role: 'alumnus', emailVerified: true });
    expect((await invitationsTo(email))[0]).toMatchObject({ status: 'accepted', userId: user!.id });
    // Signed in at once.
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookie(res.headers['set-cookie']) } });
    expect(me.statusCode).toBe(200);

    // Used once: neither the lookup nor another registration takes it again.
    const again = await call('GET', `/api/invitations/lookup?token=${token}`);
    expect([again.statusCode, code(again)]).toEqual([400, 'invitation_invalid']);
    const second = await register({ role: 'alumnus', email, invitationToken: token });
    expect([second.statusCode, code(second)]).toEqual([400, 'invitation_invalid']);
    const list = await call('GET', `/api/admin/invitations?q=${tag}&state=registered`, admin.cookie);
    expect(list.json().items).toMatchObject([{ email, state: 'registered', member: { id: user!.id }, can: { resend: false, revoke: false } }]);
    const resend = await call('POST', `/api/admin/invitations/${list.json().items[0].id}/resend`, admin.cookie);
    expect([resend.statusCode, code(resend)]).toEqual([409, 'invitation_not_pending']);
  });

  it('an expired link stops working; sending it again gives a new link and expiry, the old link stays dead', async () => {
    tag = unique();
    const email = `olga.${tag}@test.example`;
    await call('POST', '/api/admin/invitations', admin.cookie, upload(`Olga Old,${email}`));
    const oldToken = tokenOf(String((await queuedMails(t, email))[0]!.data.url));
    await t.database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, email));
    expect(code(await call('GET', `/api/invitations/lookup?token=${oldToken}`))).toBe('invitation_invalid');
    expect(code(await register({ email, invitationToken: oldToken }))).toBe('invitation_invalid');

    const listed = (await call('GET', `/api/admin/invitations?q=${tag}&state=expired`, admin.cookie)).json().items;
    expect(listed).toMatchObject([{ email, state: 'expired', can: { resend: true, revoke: true } }]);
    const res = await call('POST', `/api/admin/invitations/${listed[0].id}/resend`, admin.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'pending', resent: 1 });
    const mails = await queuedMails(t, email);
    expect(mails).toHaveLength(2);
    const newToken = tokenOf(String(mails[0]!.data.url));
    expect(newToken).not.toBe(oldToken);
    expect((await call('GET', `/api/invitations/lookup?token=${newToken}`)).statusCode).toBe(200);
    expect(code(await call('GET', `/api/invitations/lookup?token=${oldToken}`))).toBe('invitation_invalid');
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, listed[0].id));
    expect(entry).toMatchObject({ action: 'invitation_resent', targetType: 'invitation', details: { before: { state: 'expired' }, after: { state: 'pending' } } });
  });

  it('an address whose invitation expired can be invited again: the old one is replaced', async () => {
    tag = unique();
    const email = `rita.${tag}@test.example`;
    await call('POST', '/api/admin/invitations', admin.cookie, upload(`Rita Retry,${email}`));
    await t.database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.email, email));
    const res = await call('POST', '/api/admin/invitations', admin.cookie, upload(`Rita Retry,${email}`));
    expect(res.statusCode, res.body).toBe(201);
    const rows = await invitationsTo(email);
    expect(rows.map((row) => row.status).sort()).toEqual(['pending', 'replaced']);
    const replaced = rows.find((row) => row.status === 'replaced')!;
    const resend = await call('POST', `/api/admin/invitations/${replaced.id}/resend`, admin.cookie);
    expect([resend.statusCode, code(resend)]).toEqual([409, 'invitation_not_pending']);
  });

  it('a withdrawn link stops working at once, and cannot be withdrawn or sent again', async () => {
    tag = unique();
    const email = `vera.${tag}@test.example`;
    await call('POST', '/api/admin/invitations', admin.cookie, upload(`Vera Void,${email}`));
    const token = tokenOf(String((await queuedMails(t, email))[0]!.data.url));
    const [row] = await invitationsTo(email);
    const res = await call('POST', `/api/admin/invitations/${row!.id}/revoke`, admin.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'revoked', can: { resend: false, revoke: false } });
    expect(code(await call('GET', `/api/invitations/lookup?token=${token}`))).toBe('invitation_invalid');
    expect(code(await register({ email, invitationToken: token }))).toBe('invitation_invalid');
    for (const action of ['revoke', 'resend']) {
      const again = await call('POST', `/api/admin/invitations/${row!.id}/${action}`, admin.cookie);
      expect([again.statusCode, code(again)]).toEqual([409, 'invitation_not_pending']);
    }
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, row!.id));
    expect(entry).toMatchObject({ actorId: admin.user.id, action: 'invitation_revoked', details: { before: { state: 'pending' }, after: { state: 'revoked' } } });
  });

  it('does not send again to an address that has become a member meanwhile', async () => {
    tag = unique();
    const email = `mark.${tag}@test.example`;
    await call('POST', '/api/admin/invitations', admin.cookie, upload(`Mark Member,${email}`));
    await createMember(t, { role: 'alumnus', email });
    const [row] = await invitationsTo(email);
    const res = await call('POST', `/api/admin/invitations/${row!.id}/resend`, admin.cookie);
    expect([res.statusCode, code(res)]).toEqual([409, 'email_taken']);
  });

  it('answers a malformed or unknown token with invitation_invalid or validation_failed, never a 500', async () => {
    expect(code(await call('GET', '/api/invitations/lookup?token=short'))).toBe('validation_failed');
    expect(code(await call('GET', `/api/invitations/lookup?token=${'a'.repeat(43)}`))).toBe('invitation_invalid');
    expect(code(await register({ invitationToken: 'not a token!' }))).toBe('validation_failed');
  });
});
