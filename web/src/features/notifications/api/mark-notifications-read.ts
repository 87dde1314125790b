import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MarkReadSchema } from '../../../../../contract/notifications';
import type { z } from 'zod';
import { apiSend } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { notificationsQueryKey } from './get-notifications';

export type MarkReadInput = z.infer<typeof MarkReadSchema>;

export const markNotificationsRead = (input: MarkReadInput) =>
  apiSend(api.notificationsRead, { method: 'POST', body: MarkReadSchema.parse(input) });

/** Marks the given notifications read, or all of them without ids. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
