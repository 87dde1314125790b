import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

export const removePhoto = () => apiSend(api.mePhoto, { method: 'DELETE' });

export function useRemovePhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removePhoto, onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }) });
}
