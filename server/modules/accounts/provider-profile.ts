import { AsyncLocalStorage } from 'node:async_hooks';

/** What we take from an identity provider's claims (OpenID Connect standard claims). */
export interface ProviderProfile {
  givenName?: string;
  familyName?: string;
  name?: string;
  picture?: string;
}

/**
 * The profile of the identity a better-auth request is admitting. better-auth hands the raw
 * claims to `validateUserInfo` only; the database hooks that create the user and link the
 * identity run later in the same request and read them from here.
 */
const scope = new AsyncLocalStorage<{ profile?: ProviderProfile }>();

/** Runs one better-auth request with room for the provider profile it meets. */
export function withProviderProfileScope<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run({}, fn);
}

export function rememberProviderProfile(claims: Record<string, unknown> | undefined): void {
  const store = scope.getStore();
  if (store && claims) store.profile = toProviderProfile(claims);
}

/** The profile remembered in this request, if a provider identity is being admitted. */
export function currentProviderProfile(): ProviderProfile | undefined {
  return scope.getStore()?.profile;
}

const text = (value: unknown, max: number): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

export function toProviderProfile(claims: Record<string, unknown>): ProviderProfile {
  return {
    givenName: text(claims.given_name, 100),
    familyName: text(claims.family_name, 100),
    name: text(claims.name, 200),
    picture: text(claims.picture, 2000),
  };
}

/**
 * The user row better-auth creates for someone registering through a provider: names from the
 * claims, no role or user name yet (onboarding asks for them), and no photo URL pointing at the
 * provider — the picture is copied into our own storage once the identity is linked.
 */
export function newUserFromProfile(
  profile: ProviderProfile,
  user: { name?: string | null; email?: string | null },
  language: string,
): { name: string; firstName: string | null; familyName: string | null; image: null; language: string } {
  const firstName = profile.givenName ?? null;
  const familyName = profile.familyName ?? null;
  const name =
    firstName && familyName ? `${firstName} ${familyName}` : (profile.name ?? user.name ?? user.email?.split('@')[0] ?? '');
  return { name, firstName, familyName, image: null, language };
}
