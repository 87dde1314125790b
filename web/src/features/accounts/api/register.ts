import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RegisterInput, RegisterSchema } from '../../../../../contract/accounts';
import { MeSchema } from '../../../../../contract/me';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

export { RegisterSchema, type RegisterInput };

/** Registers with email and password; the answer is the new member, already signed in. */
export const register = (input: RegisterInput) =>
  apiRequest(api.signUp, MeSchema, { method: 'POST', body: RegisterSchema.parse(input) });

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
