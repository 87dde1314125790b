import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

export const ProviderSignInSchema = z.object({
  provider: z.string().min(1),
  /** "Register with": make an account for a new identity, then ask for what the provider lacks. */
  register: z.boolean(),
  /** Where a successful sign-in lands. */
  callbackURL: z.string().startsWith('/').default(paths.dashboard),
});

export type ProviderSignInInput = z.input<typeof ProviderSignInSchema>;

/** Starts "Sign in with" / "Register with" a provider: the answer is the provider's page to go to. */
export async function startProviderSignIn(input: ProviderSignInInput): Promise<string> {
  const { provider, register, callbackURL } = ProviderSignInSchema.parse(input);
  const body = register
    ? { provider, callbackURL, requestSignUp: true, newUserCallbackURL: paths.onboarding, errorCallbackURL: paths.register }
    : { provider, callbackURL, errorCallbackURL: paths.signIn };
  const { url } = await callEndpoint(endpoints.signInSocial, { body });
  return url;
}

/** Sends the browser to the provider; it comes back to the app when the member has signed in there. */
export const useProviderSignIn = () =>
  useMutation({ mutationFn: startProviderSignIn, onSuccess: (url) => window.location.assign(url) });
