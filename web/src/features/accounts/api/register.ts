import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RegisterInput, RegisterSchema } from '../../../../../contract/accounts';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

export { RegisterSchema, type RegisterInput };

/** Registers with email and password; the answer is the new member, already signed in. */
export const register = (input: RegisterInput) => callEndpoint(endpoints.signUp, { body: input });

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
