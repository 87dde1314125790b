import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ConfirmEmailChangeSchema } from '../../../../../contract/profile';
import { apiSend } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

export { ConfirmEmailChangeSchema };
export type ConfirmEmailChangeInput = z.infer<typeof ConfirmEmailChangeSchema>;

/** Confirms a new email address with the token from the link (works once, for a day). */
export const confirmEmailChange = (input: ConfirmEmailChangeInput) =>
  apiSend(api.meEmailChangeConfirm, { method: 'POST', body: ConfirmEmailChangeSchema.parse(input) });

export function useConfirmEmailChange() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: confirmEmailChange, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
