import { afterAll } from 'vitest';
import { type TestIdentityProvider, startIdentityProvider } from '../../test/identity-provider';
import type { Visitor } from './browser';
import { useApp } from './server';

const CLIENT = { id: 'mn-linkedin', secret: 'linkedin-secret' };

/**
 * The app with "Sign in with LinkedIn" pointed at a local OpenID Connect provider that stands in
 * for LinkedIn. `idp.addIdentity()` makes a LinkedIn member, `idp.actAs(sub)` picks who logs in
 * when the browser arrives at the provider (there is no login form).
 */
export function useAppWithLinkedIn() {
  let idp: TestIdentityProvider | undefined;
  const app = useApp(async (url) => {
    idp = await startIdentityProvider([
      { clientId: CLIENT.id, clientSecret: CLIENT.secret, redirectUri: `${url}/api/auth/callback/linkedin` },
    ]);
    return {
      LINKEDIN_CLIENT_ID: CLIENT.id,
      LINKEDIN_CLIENT_SECRET: CLIENT.secret,
      LINKEDIN_DISCOVERY_URL: idp.discoveryUrl,
    };
  });
  afterAll(async () => {
    await idp?.close();
  });
  return {
    app,
    get idp(): TestIdentityProvider {
      if (!idp) throw new Error('The identity provider is not running: use it inside a test');
      return idp;
    },
  };
}

/**
 * Clicks a button that leaves for the provider and waits until the browser is back on the app's
 * `pathname` (the provider answers with redirects only), then checks the page.
 */
export async function roundTrip(visitor: Visitor, click: () => Promise<void>, pathname: string): Promise<URL> {
  const before = visitor.page.url();
  const app = new URL(visitor.options.baseURL).origin;
  await click();
  await visitor.page.waitForURL((url) => url.origin === app && url.pathname === pathname && url.href !== before);
  await visitor.checkPage();
  return new URL(visitor.page.url());
}
