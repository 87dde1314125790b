import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../../contract/me';
import type { UpdateSettings } from '../../../../../contract/profile';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

// The header uses this on every page: its descriptor (and zod) load after the first render (ADR 0029).
export const updateSettings = async (input: UpdateSettings): Promise<void> => {
  const endpoints = await import('../../../../../contract/endpoints/profile');
  await callEndpoint(endpoints.updateSettings, { body: input });
};

/** Saves the member's settings; the cached account shows them at once. */
export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onMutate: (input) => {
      queryClient.setQueryData<Me | null>(meQueryKey, (me) => (me ? { ...me, ...input } : me));
    },
    // Not saved: show what the server has again (and the profile filed under the account with it).
    onError: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
