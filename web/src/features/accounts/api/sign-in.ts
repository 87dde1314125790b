import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { MeSchema } from '../../../../../contract/me';
import { apiRequest, apiSend } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

/** One field takes the email address or the user name: an "@" makes it an email address. */
export const SignInSchema = z.object({
  login: z.string().trim().min(1),
  password: z.string().min(1),
});

export type SignInInput = z.infer<typeof SignInSchema>;

/** Signs in and returns the member, so the app can show them at once. */
export async function signIn(input: SignInInput) {
  const { login, password } = SignInSchema.parse(input);
  const byEmail = login.includes('@');
  await apiSend(byEmail ? api.signInEmail : api.signInUsername, {
    method: 'POST',
    body: byEmail ? { email: login, password } : { username: login, password },
  });
  return apiRequest(api.me, MeSchema);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
