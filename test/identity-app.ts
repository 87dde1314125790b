import { type TestApp, createTestApp } from './app';
import { TestBrowser, freePort } from './browser';
import { type TestIdentity, type TestIdentityProvider, startIdentityProvider } from './identity-provider';

export interface IdentityTestApp {
  t: TestApp;
  idp: TestIdentityProvider;
  origin: string;
  /** A new browser with an empty cookie jar. */
  browser(): TestBrowser;
  close(): Promise<void>;
}

/** The provider ids the app is configured with; all three are served by the same stand-in. */
export const PROVIDERS = {
  /** LinkedIn's settings: no PKCE, no nonce. */
  linkedin: { clientId: 'mn-linkedin', secret: 'linkedin-secret' },
  /** An institution's SSO with PKCE and nonce (the defaults). */
  campus: { clientId: 'mn-campus', secret: 'campus-secret' },
  /** Nonce without PKCE, to show the nonce check on its own. */
  'campus-nonce': { clientId: 'mn-campus-nonce', secret: 'campus-nonce-secret' },
} as const;

/**
 * The app listening on a loopback port (the provider redirects the browser to it), with LinkedIn
 * and two institution providers pointed at a local OpenID Connect provider.
 */
export async function createIdentityTestApp(): Promise<IdentityTestApp> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const idp = await startIdentityProvider(
    Object.entries(PROVIDERS).map(([id, client]) => ({
      clientId: client.clientId,
      clientSecret: client.secret,
      redirectUri: `${origin}/api/auth/callback/${id}`,
    })),
  );
  const institution = (id: 'campus' | 'campus-nonce', name: string, pkce: boolean) => ({
    id,
    name,
    discoveryUrl: idp.discoveryUrl,
    clientId: PROVIDERS[id].clientId,
    clientSecret: PROVIDERS[id].secret,
    pkce,
    nonce: true,
  });
  const t = await createTestApp({
    config: {
      PUBLIC_URL: origin,
      LINKEDIN_CLIENT_ID: PROVIDERS.linkedin.clientId,
      LINKEDIN_CLIENT_SECRET: PROVIDERS.linkedin.secret,
      LINKEDIN_DISCOVERY_URL: idp.discoveryUrl,
      OIDC_PROVIDERS: JSON.stringify([institution('campus', 'Campus SSO', true), institution('campus-nonce', 'Campus SSO (nonce)', false)]),
    },
  });
  await t.app.listen({ port, host: '127.0.0.1' });
  return {
    t,
    idp,
    origin,
    browser: () => new TestBrowser(origin),
    async close() {
      await t.close();
      await idp.close();
    },
  };
}

/** The body of "Sign in with <provider>" as the web sends it (plus the stand-in's login hint). */
export function signInBody(identity: TestIdentity, provider = 'linkedin', extra: Record<string, unknown> = {}) {
  return {
    provider,
    loginHint: identity.sub,
    callbackURL: '/dashboard',
    newUserCallbackURL: '/onboarding',
    errorCallbackURL: '/sign-in',
    ...extra,
  };
}

/** "Register with <provider>": the same flow, asking for a new account. */
export function registerBody(identity: TestIdentity, provider = 'linkedin') {
  return signInBody(identity, provider, { requestSignUp: true, errorCallbackURL: '/register' });
}

/** Starts a provider flow from the app and follows it to the app page it ends on. */
export async function runProviderFlow(
  browser: TestBrowser,
  path: '/api/auth/sign-in/social' | '/api/auth/link-social',
  body: Record<string, unknown>,
): Promise<URL> {
  const started = await browser.api('POST', path, body);
  if (started.status !== 200) throw new Error(`${path} answered ${started.status} ${JSON.stringify(started.body)}`);
  return browser.follow(started.body.url);
}

/** The app page with its query, as the member's browser would show it. */
export const pageOf = (url: URL) => `${url.pathname}${url.search}`;
