import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../../contract/me';
import { type UpdateSettings, UpdateSettingsSchema } from '../../../../../contract/profile';
import { apiSend } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

export const updateSettings = (input: UpdateSettings) =>
  apiSend(api.meSettings, { method: 'PATCH', body: UpdateSettingsSchema.parse(input) });

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
