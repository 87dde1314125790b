import { z } from 'zod';
import { OnboardingSchema, PasswordSchema, RegisterSchema } from '../accounts';
import { endpoint } from '../endpoint';
import { IdentitiesSchema } from '../identities';
import { MeSchema } from '../me';
import { ChangePasswordSchema, ChangedSchema } from '../profile';
import { rawLineText } from '../text';

/** Accounts: registration, password change, onboarding after a provider sign-up, linked identities. */

export const signUp = endpoint({
  method: 'POST',
  path: '/api/auth/sign-up/email',
  tags: ['accounts'],
  summary: 'Register with email and password, and sign in',
  body: RegisterSchema,
  responses: { 201: MeSchema },
  // Limited per address registered (the route counts it itself, once the address is known).
  errors: ['username_taken', 'email_taken', 'rate_limited', 'invitation_invalid', 'invitation_email_mismatch'],
});

export const changePassword = endpoint({
  method: 'POST',
  path: '/api/auth/change-password',
  tags: ['accounts'],
  summary: 'Change my password, confirmed by the current one; my other sessions are signed out',
  description: '`password_required` (409) for an account that signs in without a password.',
  body: ChangePasswordSchema,
  responses: { 200: ChangedSchema },
  // Limited per member (the route counts it itself, once the member is known).
  errors: ['wrong_password', 'password_required', 'rate_limited'],
});

export const completeOnboarding = endpoint({
  method: 'POST',
  path: '/api/me/onboarding',
  tags: ['me'],
  summary: 'Complete a registration made through an identity provider: role, user name, date of birth, studies',
  body: OnboardingSchema,
  responses: { 200: MeSchema },
  errors: ['already_onboarded', 'username_taken'],
});

export const listIdentities = endpoint({
  method: 'GET',
  path: '/api/me/identities',
  tags: ['me'],
  summary: 'My linked sign-in identities (LinkedIn, institution SSO), and whether I can unlink them',
  responses: { 200: IdentitiesSchema },
  errors: [],
});

export const unlinkIdentity = endpoint({
  method: 'DELETE',
  path: '/api/me/identities/:id',
  tags: ['me'],
  summary: 'Unlink an identity (only while the account has a password)',
  params: z.object({ id: rawLineText().max(64) }),
  responses: { 204: null },
  errors: ['unlink_requires_password', 'not_found'],
});

/*
 * better-auth's own endpoints that the web app calls. The server passes them through
 * (accounts/auth.routes.ts) and checks the bodies it has rules for (BODY_CHECKS); they are not
 * in the OpenAPI document. Their answers are better-auth's: only the redirect's `url` is read.
 */

/** The answer of better-auth's endpoints whose body the web does not read. */
const AuthAnswerSchema = z.unknown();

/**
 * A provider identity comes in only through the redirect flow, where state, PKCE and nonce bind
 * it to this browser; an ID token posted straight to us carries no such proof.
 */
export const ProviderRedirectSchema = z.looseObject({
  provider: z.string().min(1).max(40),
  idToken: z.never({ message: 'id_token_not_accepted' }).optional(),
});

/** Where the browser goes next: the provider's sign-in page. */
export const RedirectSchema = z.object({ url: z.string().min(1) });

export const RequestPasswordResetSchema = z.object({ email: z.email().max(254) });
export const ResetPasswordSchema = z.object({ newPassword: PasswordSchema, token: rawLineText().min(1).max(200) });

export const signInEmail = endpoint({
  method: 'POST',
  path: '/api/auth/sign-in/email',
  hidden: true,
  body: z.object({ email: z.string(), password: z.string() }),
  responses: { 200: AuthAnswerSchema },
});

export const signInUsername = endpoint({
  method: 'POST',
  path: '/api/auth/sign-in/username',
  hidden: true,
  body: z.object({ username: z.string(), password: z.string() }),
  responses: { 200: AuthAnswerSchema },
});

export const signInSocial = endpoint({
  method: 'POST',
  path: '/api/auth/sign-in/social',
  hidden: true,
  body: ProviderRedirectSchema,
  responses: { 200: RedirectSchema },
});

export const linkSocial = endpoint({
  method: 'POST',
  path: '/api/auth/link-social',
  hidden: true,
  body: ProviderRedirectSchema,
  responses: { 200: RedirectSchema },
});

export const signOut = endpoint({
  method: 'POST',
  path: '/api/auth/sign-out',
  hidden: true,
  body: z.object({}),
  responses: { 200: AuthAnswerSchema },
});

export const requestPasswordReset = endpoint({
  method: 'POST',
  path: '/api/auth/request-password-reset',
  hidden: true,
  body: RequestPasswordResetSchema,
  responses: { 200: AuthAnswerSchema },
});

export const resetPassword = endpoint({
  method: 'POST',
  path: '/api/auth/reset-password',
  hidden: true,
  body: ResetPasswordSchema,
  responses: { 200: AuthAnswerSchema },
});
