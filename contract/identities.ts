import { z } from 'zod';

/** An identity at a sign-in provider (LinkedIn, an institution's SSO) linked to the member's account. */
export const IdentitySchema = z
  .object({
    /** Pass to `DELETE /api/me/identities/:id` to unlink it. */
    id: z.string(),
    providerId: z.string(),
    providerName: z.string(),
    linkedAt: z.iso.datetime(),
  })
  .meta({ id: 'Identity' });

/** `GET /api/me/identities`: what the member can sign in with besides a password. */
export const IdentitiesSchema = z
  .object({
    identities: z.array(IdentitySchema),
    hasPassword: z.boolean(),
    /** Unlinking needs a password to sign in with afterwards. */
    canUnlink: z.boolean(),
  })
  .meta({ id: 'Identities' });

export type Identity = z.infer<typeof IdentitySchema>;
export type Identities = z.infer<typeof IdentitiesSchema>;

/**
 * The `?error=` codes a provider sign-in, registration or link can come back with on the
 * errorCallbackURL (or on /sign-in when the state could not be read). The web shows a message
 * per code and a general one for any other.
 */
export const SIGN_IN_ERROR_CODES = [
  /** The provider's email belongs to an account that has not linked this identity. */
  'account_not_linked',
  /** "Sign in with" for an identity no account has linked: register or link it first. */
  'signup_disabled',
  /** The provider has not verified the email address, so no account is made with it. */
  'email_not_verified',
  /** This identity is already linked to another account. */
  'account_already_linked_to_different_user',
  'unable_to_link_account',
  /** A forged, replayed or expired callback. */
  'state_mismatch',
  'state_not_found',
  'invalid_code',
  'nonce_binding_missing',
  'issuer_mismatch',
  'unable_to_get_user_info',
  'email_not_found',
  /** The member cancelled at the provider. */
  'access_denied',
] as const;

export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[number];
