import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiSend } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { identitiesQueryKey } from './get-identities';

export const UnlinkIdentitySchema = z.object({ id: z.string().min(1) });

export type UnlinkIdentityInput = z.infer<typeof UnlinkIdentitySchema>;

export const unlinkIdentity = (input: UnlinkIdentityInput) =>
  apiSend(api.meIdentity(UnlinkIdentitySchema.parse(input).id), { method: 'DELETE' });

/** Unlinks an identity (only possible while the account has a password). */
export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: unlinkIdentity, onSettled: () => queryClient.invalidateQueries({ queryKey: identitiesQueryKey }) });
}
