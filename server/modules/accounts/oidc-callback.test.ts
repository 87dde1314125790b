import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '../../../test/browser';
import {
  type IdentityTestApp,
  createIdentityTestApp,
  pageOf,
  registerBody,
  runProviderFlow,
  signInBody,
} from '../../../test/identity-app';
import type { TestIdentity } from '../../../test/identity-provider';

// A callback must answer the authorization request this browser started: state (single use,
// bound to a cookie), and where the provider allows it PKCE and the ID-token nonce.
let env: IdentityTestApp;
beforeAll(async () => {
  env = await createIdentityTestApp();
});
afterAll(() => env?.close());

const isCallback = (url: URL) => url.pathname.startsWith('/api/auth/callback/');

/** Starts "Sign in with <provider>" and stops where the provider sends the browser back to us. */
async function callbackFor(browser: TestBrowser, identity: TestIdentity, provider = 'linkedin'): Promise<URL> {
  const started = await browser.api('POST', '/api/auth/sign-in/social', signInBody(identity, provider));
  expect(started.status).toBe(200);
  return browser.follow(started.body.url, isCallback);
}

/** A state this browser legitimately holds: it started a flow and went no further. */
async function freshState(browser: TestBrowser, identity: TestIdentity, provider = 'linkedin'): Promise<string> {
  const started = await browser.api('POST', '/api/auth/sign-in/social', signInBody(identity, provider));
  return new URL(started.body.url).searchParams.get('state')!;
}

/** An identity with an account at `provider` (registered through it, onboarding not needed here). */
async function registered(provider = 'linkedin'): Promise<TestIdentity> {
  const identity = env.idp.addIdentity();
  await runProviderFlow(env.browser(), '/api/auth/sign-in/social', registerBody(identity, provider));
  return identity;
}

function withCode(callback: URL, code: string, state: string): URL {
  const forged = new URL(callback);
  forged.searchParams.set('code', code);
  forged.searchParams.set('state', state);
  return forged;
}

async function expectSignedOut(browser: TestBrowser): Promise<void> {
  expect((await browser.api('GET', '/api/me')).status).toBe(401);
}

describe('Provider callbacks that do not answer this browser’s request', () => {
  it('refuses a callback with a made-up state', async () => {
    const browser = env.browser();
    const landed = await browser.follow(`${env.origin}/api/auth/callback/linkedin?code=made-up&state=made-up&iss=${encodeURIComponent(env.idp.issuer)}`);
    expect(pageOf(landed)).toBe('/sign-in?error=state_mismatch');
    await expectSignedOut(browser);
  });

  it('refuses a callback without a state', async () => {
    const browser = env.browser();
    expect(pageOf(await browser.follow(`${env.origin}/api/auth/callback/linkedin?code=made-up`))).toBe('/sign-in?error=state_not_found');
  });

  it('accepts a callback once: replaying it, in the same or another browser, signs nobody in', async () => {
    const identity = await registered();
    const member = env.browser();
    const callback = await callbackFor(member, identity);
    expect(pageOf(await member.follow(callback))).toBe('/dashboard');

    await member.api('POST', '/api/auth/sign-out', {});
    expect(pageOf(await member.follow(callback))).toBe('/sign-in?error=state_mismatch');
    await expectSignedOut(member);

    const attacker = env.browser();
    expect(pageOf(await attacker.follow(callback))).toBe('/sign-in?error=state_mismatch');
    await expectSignedOut(attacker);
  });

  it('refuses a callback carried to another browser (login CSRF), and it still works where it started', async () => {
    const identity = await registered();
    const member = env.browser();
    const callback = await callbackFor(member, identity);

    const victim = env.browser();
    expect(pageOf(await victim.follow(callback))).toBe('/sign-in?error=state_mismatch');
    await expectSignedOut(victim);

    expect(pageOf(await member.follow(callback))).toBe('/dashboard');
  });

  it('refuses an authorization code that was already exchanged, even with a fresh state', async () => {
    const identity = await registered();
    const member = env.browser();
    const callback = await callbackFor(member, identity);
    expect(pageOf(await member.follow(callback))).toBe('/dashboard');
    await member.api('POST', '/api/auth/sign-out', {});

    const replay = withCode(callback, callback.searchParams.get('code')!, await freshState(member, identity));
    expect(pageOf(await member.follow(replay))).toBe('/sign-in?error=invalid_code');
    await expectSignedOut(member);
  });

  it('refuses a stolen code injected into the attacker’s own flow: PKCE', async () => {
    const identity = await registered('campus');
    const stolen = await callbackFor(env.browser(), identity, 'campus');

    const attacker = env.browser();
    const injected = withCode(stolen, stolen.searchParams.get('code')!, await freshState(attacker, identity, 'campus'));
    expect(pageOf(await attacker.follow(injected))).toBe('/sign-in?error=invalid_code');
    await expectSignedOut(attacker);
  });

  it('refuses a stolen code injected into the attacker’s own flow: the ID-token nonce', async () => {
    const identity = await registered('campus-nonce');
    const stolen = await callbackFor(env.browser(), identity, 'campus-nonce');

    const attacker = env.browser();
    const injected = withCode(stolen, stolen.searchParams.get('code')!, await freshState(attacker, identity, 'campus-nonce'));
    // Without PKCE the code is exchanged, but the ID token carries the victim's nonce.
    expect(pageOf(await attacker.follow(injected))).toBe('/sign-in?error=unable_to_get_user_info');
    await expectSignedOut(attacker);
  });

  it('refuses a callback whose issuer is not the provider’s (mix-up)', async () => {
    const identity = await registered();
    const member = env.browser();
    const callback = await callbackFor(member, identity);
    callback.searchParams.set('iss', 'https://evil.example');
    expect(pageOf(await member.follow(callback))).toBe('/sign-in?error=issuer_mismatch');
    await expectSignedOut(member);
  });

  it('brings a member who cancels at the provider back to the page they came from', async () => {
    const browser = env.browser();
    const started = await browser.api('POST', '/api/auth/sign-in/social', { ...signInBody(env.idp.addIdentity()), loginHint: 'nobody' });
    expect(pageOf(await browser.follow(started.body.url))).toMatch(/^\/sign-in\?error=access_denied/);
    await expectSignedOut(browser);
  });
});
