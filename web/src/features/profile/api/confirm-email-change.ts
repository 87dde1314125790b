import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import * as endpoints from '../../../../../contract/endpoints/profile';
import { ConfirmEmailChangeSchema } from '../../../../../contract/profile';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

export { ConfirmEmailChangeSchema };
export type ConfirmEmailChangeInput = z.infer<typeof ConfirmEmailChangeSchema>;

/** Confirms a new email address with the token from the link (works once, for a day). */
export const confirmEmailChange = (input: ConfirmEmailChangeInput) => callEndpoint(endpoints.confirmEmailChange, { body: input });

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmEmailChange, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
