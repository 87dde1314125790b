import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import * as accounts from '../../../../../contract/endpoints/accounts';
import * as profile from '../../../../../contract/endpoints/profile';
import { MeSchema } from '../../../../../contract/me';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

/** One field takes the email address or the user name: an "@" makes it an email address. */
export const SignInSchema = z.object({
  login: z.string().trim().min(1),
  password: z.string().min(1),
});

export type SignInInput = z.infer<typeof SignInSchema>;

/** Signs in and returns the member, so the app can show them at once. */
export async function signIn(input: SignInInput) {
  const { login, password } = SignInSchema.parse(input);
  if (login.includes('@')) await callEndpoint(accounts.signInEmail, { body: { email: login, password } });
  else await callEndpoint(accounts.signInUsername, { body: { username: login, password } });
  return MeSchema.parse(await callEndpoint(profile.getPersonalProfile));
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
