import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { identitiesQueryKey } from './get-identities';

export type UnlinkIdentityInput = z.input<typeof endpoints.unlinkIdentity.params>;

export const unlinkIdentity = ({ id }: UnlinkIdentityInput) => callEndpoint(endpoints.unlinkIdentity, { params: { id } });

/** Unlinks an identity (only possible while the account has a password). */
export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: unlinkIdentity, onSettled: () => queryClient.invalidateQueries({ queryKey: identitiesQueryKey }) });
}
