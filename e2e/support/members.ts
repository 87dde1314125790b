import type { RegisterInput } from '../../contract/accounts';
import type { Me } from '../../contract/me';
import { buildRegistration } from '../../test/factories';
import type { Visitor } from './browser';

/**
 * Registers a member through the API from the visitor's own browser context, so the session
 * cookie lands in that browser: from then on the visitor is signed in as this member.
 */
export async function registerAs(visitor: Visitor, overrides: Partial<RegisterInput> = {}): Promise<Me> {
  const { baseURL } = visitor.options;
  const response = await visitor.page.context().request.post(new URL('/api/auth/sign-up/email', baseURL).href, {
    data: buildRegistration(overrides),
    headers: { origin: baseURL },
  });
  if (response.status() !== 201) throw new Error(`Registration failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Me;
}

/** The signed-in member's account as the server has it now. */
export async function currentAccount(visitor: Visitor): Promise<Me> {
  const response = await visitor.page.context().request.get(new URL('/api/me', visitor.options.baseURL).href);
  return (await response.json()) as Me;
}

/** The cookie notice is dismissed before the first page, so it does not cover forms in screenshots. */
export async function dismissCookieNotice(visitor: Visitor): Promise<void> {
  await visitor.page.addInitScript(() => window.localStorage.setItem('mentor-network.cookie-notice-dismissed', 'true'));
}

/** Opens the phone menu when the viewport hides it, so its links and buttons can be used. */
export async function openMenu(visitor: Visitor, label: string): Promise<void> {
  if (visitor.options.viewport !== 'phone') return;
  const toggle = visitor.page.getByRole('button', { name: label, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
