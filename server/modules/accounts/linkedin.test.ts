import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, users } from '../../db/schema';
import type { TestBrowser } from '../../../test/browser';
import { buildRegistration } from '../../../test/factories';
import {
  type IdentityTestApp,
  createIdentityTestApp,
  pageOf,
  registerBody,
  runProviderFlow,
  signInBody,
} from '../../../test/identity-app';
import type { TestIdentity } from '../../../test/identity-provider';

// LinkedIn is played by a real OpenID Connect provider on a loopback port (test/identity-provider.ts).
let env: IdentityTestApp;
beforeAll(async () => {
  env = await createIdentityTestApp();
});
afterAll(() => env?.close());

const onboarding = (overrides: Record<string, unknown> = {}) => ({
  role: 'alumnus',
  username: `noor.${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`,
  dateOfBirth: '1991-03-02',
  studyProgramme: 'Computer Science',
  startYear: 2010,
  graduationYear: 2014,
  ...overrides,
});

/** Registers through LinkedIn and completes onboarding; the browser stays signed in. */
async function linkedinMember(): Promise<{ browser: TestBrowser; identity: TestIdentity; id: string }> {
  const browser = env.browser();
  const identity = env.idp.addIdentity();
  await runProviderFlow(browser, '/api/auth/sign-in/social', registerBody(identity));
  const done = await browser.api('POST', '/api/me/onboarding', onboarding());
  expect(done.status).toBe(200);
  return { browser, identity, id: done.body.id };
}

/** Registers with email and password in the browser, which stays signed in. */
async function passwordMember(overrides = {}) {
  const browser = env.browser();
  const input = buildRegistration(overrides);
  const res = await browser.api('POST', '/api/auth/sign-up/email', input);
  expect(res.status).toBe(201);
  return { browser, input, id: res.body.id as string };
}

describe('Register with LinkedIn', () => {
  it('lists the configured providers for the sign-in buttons', async () => {
    const site = await env.browser().api('GET', '/api/site');
    expect(site.body.identityProviders).toEqual([
      { id: 'linkedin', name: 'LinkedIn' },
      { id: 'campus', name: 'Campus SSO' },
      { id: 'campus-nonce', name: 'Campus SSO (nonce)' },
    ]);
  });

  it('makes an account that can do nothing but complete onboarding, then welcomes the member', async () => {
    const browser = env.browser();
    const identity = env.idp.addIdentity({ givenName: 'Noor', familyName: 'Bakker' });
    const landed = await runProviderFlow(browser, '/api/auth/sign-in/social', registerBody(identity));
    expect(pageOf(landed)).toBe('/onboarding');

    const me = await browser.api('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: identity.email,
      firstName: 'Noor',
      familyName: 'Bakker',
      name: 'Noor Bakker',
      role: null,
      username: null,
      needsOnboarding: true,
      hasPassword: false,
      image: expect.stringMatching(/^\/api\/photos\//),
    });
    expect(env.idp.pictureDownloads.get(identity.sub)).toBe(1);

    // Everything else is closed until onboarding is done, better-auth's endpoints included.
    for (const [method, path, body] of [
      ['PATCH', '/api/me', { headline: 'Hello' }],
      ['GET', '/api/notifications', undefined],
      ['GET', '/api/me/identities', undefined],
      ['POST', '/api/auth/link-social', { provider: 'campus', callbackURL: '/profile' }],
    ] as const) {
      const res = await browser.api(method, path, body);
      expect([path, res.status, res.body?.error?.code]).toEqual([path, 403, 'onboarding_required']);
    }

    const invalid = await browser.api('POST', '/api/me/onboarding', onboarding({ graduationYear: undefined }));
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.issues.map((issue: { path: string }) => issue.path)).toContain('graduationYear');

    const done = await browser.api('POST', '/api/me/onboarding', onboarding({ username: 'Noor.Bakker' }));
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ role: 'alumnus', username: 'noor.bakker', displayUsername: 'Noor.Bakker', needsOnboarding: false });

    const notifications = await browser.api('GET', '/api/notifications');
    expect(notifications.status).toBe(200);
    expect(notifications.body.items.map((item: { type: string }) => item.type)).toEqual(['welcome']);
    const member = await browser.api('GET', '/api/members/noor.bakker');
    expect(member.status).toBe(200);

    const again = await browser.api('POST', '/api/me/onboarding', onboarding());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_onboarded');
  });

  it('refuses a user name taken in another case with 409 username_taken', async () => {
    const { input } = await passwordMember({ username: 'Sam.Taken' });
    const browser = env.browser();
    await runProviderFlow(browser, '/api/auth/sign-in/social', registerBody(env.idp.addIdentity()));
    const res = await browser.api('POST', '/api/me/onboarding', onboarding({ username: input.username.toUpperCase() }));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('username_taken');
  });

  it('asks for the names the provider did not give', async () => {
    const browser = env.browser();
    await runProviderFlow(browser, '/api/auth/sign-in/social', registerBody(env.idp.addIdentity({ givenName: '', familyName: '' })));
    const missing = await browser.api('POST', '/api/me/onboarding', onboarding({ role: 'staff', studyProgramme: undefined, startYear: undefined, graduationYear: undefined }));
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.issues.map((issue: { path: string }) => issue.path)).toEqual(['firstName', 'familyName']);
    const done = await browser.api('POST', '/api/me/onboarding', {
      ...onboarding({ role: 'staff', studyProgramme: undefined, startYear: undefined, graduationYear: undefined }),
      firstName: 'Kim',
      familyName: 'de Wit',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ role: 'staff', name: 'Kim de Wit' });
  });

  it('refuses an email address the provider has not verified', async () => {
    const browser = env.browser();
    const identity = env.idp.addIdentity({ emailVerified: false });
    const landed = await runProviderFlow(browser, '/api/auth/sign-in/social', registerBody(identity));
    expect(landed.pathname).toBe('/register');
    expect(landed.searchParams.get('error')).toBe('email_not_verified');
    expect((await browser.api('GET', '/api/me')).status).toBe(401);
    expect(await env.t.database.db.select().from(users).where(eq(users.email, identity.email))).toEqual([]);
  });
});

describe('Sign in with LinkedIn', () => {
  it('signs the member back into the same account after signing out', async () => {
    const { browser, identity, id } = await linkedinMember();
    expect((await browser.api('POST', '/api/auth/sign-out', {})).status).toBe(200);
    expect((await browser.api('GET', '/api/me')).status).toBe(401);

    const landed = await runProviderFlow(browser, '/api/auth/sign-in/social', signInBody(identity));
    expect(pageOf(landed)).toBe('/dashboard');
    expect((await browser.api('GET', '/api/me')).body).toMatchObject({ id, needsOnboarding: false });
  });

  it('makes no account for an identity nobody has linked: signup_disabled', async () => {
    const browser = env.browser();
    const landed = await runProviderFlow(browser, '/api/auth/sign-in/social', signInBody(env.idp.addIdentity()));
    expect(pageOf(landed)).toBe('/sign-in?error=signup_disabled');
    expect((await browser.api('GET', '/api/me')).status).toBe(401);
  });

  it('refuses an ID token posted directly instead of the redirect flow', async () => {
    const res = await env.browser().api('POST', '/api/auth/sign-in/social', { provider: 'linkedin', idToken: { token: 'x.y.z' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});

describe('Linking LinkedIn to a password account', () => {
  it('links from the profile, fills in only what is empty, and then signs in through LinkedIn', async () => {
    const { browser, input, id } = await passwordMember({ firstName: 'Sanne', familyName: 'de Vries' });
    // As if the member had no first name yet: linking fills it in and keeps the family name.
    await env.t.database.db.update(users).set({ firstName: null }).where(eq(users.id, id));
    const identity = env.idp.addIdentity({ email: 'sanne.private@idp.example', givenName: 'Susanne', familyName: 'Vries-Jansen' });

    const landed = await runProviderFlow(browser, '/api/auth/link-social', {
      provider: 'linkedin',
      loginHint: identity.sub,
      callbackURL: '/profile?linked=linkedin',
      errorCallbackURL: '/profile',
    });
    expect(pageOf(landed)).toBe('/profile?linked=linkedin');

    const me = (await browser.api('GET', '/api/me')).body;
    expect(me).toMatchObject({
      id,
      email: input.email,
      firstName: 'Susanne',
      familyName: 'de Vries',
      name: 'Susanne de Vries',
      image: expect.stringMatching(/^\/api\/photos\//),
    });
    const identities = await browser.api('GET', '/api/me/identities');
    expect(identities.body).toMatchObject({
      hasPassword: true,
      canUnlink: true,
      identities: [{ providerId: 'linkedin', providerName: 'LinkedIn', id: expect.any(String) }],
    });

    const other = env.browser();
    expect(pageOf(await runProviderFlow(other, '/api/auth/sign-in/social', signInBody(identity)))).toBe('/dashboard');
    expect((await other.api('GET', '/api/me')).body.id).toBe(id);

    // Unlinked, the identity signs into nothing any more.
    const unlink = await browser.api('DELETE', `/api/me/identities/${identities.body.identities[0].id}`);
    expect(unlink.status).toBe(204);
    const third = env.browser();
    expect(pageOf(await runProviderFlow(third, '/api/auth/sign-in/social', signInBody(identity)))).toBe('/sign-in?error=signup_disabled');
  });

  it('keeps a photo the member already has', async () => {
    const { browser, id } = await passwordMember();
    await env.t.database.db.update(users).set({ image: '/api/photos/own?v=1' }).where(eq(users.id, id));
    const identity = env.idp.addIdentity();
    await runProviderFlow(browser, '/api/auth/link-social', { provider: 'linkedin', loginHint: identity.sub, callbackURL: '/profile' });
    expect((await browser.api('GET', '/api/me')).body.image).toBe('/api/photos/own?v=1');
    expect(env.idp.pictureDownloads.get(identity.sub)).toBeUndefined();
  });

  it('refuses to unlink the only way into an account without a password', async () => {
    const { browser } = await linkedinMember();
    const identities = await browser.api('GET', '/api/me/identities');
    expect(identities.body).toMatchObject({ hasPassword: false, canUnlink: false });
    const res = await browser.api('DELETE', `/api/me/identities/${identities.body.identities[0].id}`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('unlink_requires_password');
    expect((await browser.api('POST', '/api/auth/unlink-account', { accountId: identities.body.identities[0].id })).status).toBe(404);
  });

  it("answers an unknown identity with 404 and leaves another member's identity alone", async () => {
    const { id: ownerId } = await linkedinMember();
    const [owned] = await env.t.database.db.select().from(accounts).where(eq(accounts.userId, ownerId));
    const { browser } = await passwordMember();
    const res = await browser.api('DELETE', `/api/me/identities/${owned!.id}`);
    expect(res.status).toBe(404);
    expect(await env.t.database.db.select().from(accounts).where(eq(accounts.id, owned!.id))).toHaveLength(1);
  });
});

describe('No account takeover through a provider email', () => {
  it("never signs into an existing account whose address the provider's identity shares", async () => {
    const { input, id } = await passwordMember();
    // Even a confirmed address is no proof that the provider's person owns this account.
    await env.t.database.db.update(users).set({ emailVerified: true }).where(eq(users.id, id));
    const identity = env.idp.addIdentity({ email: input.email.toUpperCase() });
    const attacker = env.browser();

    const signIn = await runProviderFlow(attacker, '/api/auth/sign-in/social', signInBody(identity));
    expect(pageOf(signIn)).toBe('/sign-in?error=account_not_linked');
    const register = await runProviderFlow(attacker, '/api/auth/sign-in/social', registerBody(identity));
    expect(pageOf(register)).toBe('/register?error=account_not_linked');

    expect((await attacker.api('GET', '/api/me')).status).toBe(401);
    const linked = await env.t.database.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.userId, id), eq(accounts.providerId, 'linkedin')));
    expect(linked).toEqual([]);
  });

  it("refuses to link an identity that already belongs to another member", async () => {
    const { identity } = await linkedinMember();
    const { browser } = await passwordMember();
    const landed = await runProviderFlow(browser, '/api/auth/link-social', {
      provider: 'linkedin',
      loginHint: identity.sub,
      callbackURL: '/profile',
      errorCallbackURL: '/profile',
    });
    expect(pageOf(landed)).toBe('/profile?error=account_already_linked_to_different_user');
    expect((await browser.api('GET', '/api/me/identities')).body.identities).toEqual([]);
  });
});
