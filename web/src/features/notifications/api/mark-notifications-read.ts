import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MarkReadSchema } from '../../../../../contract/notifications';
import type { z } from 'zod';
import { callEndpoint } from '../../../lib/api-client';
import { notificationEndpoints, notificationsQueryKey } from './get-notifications';

export type MarkReadInput = z.infer<typeof MarkReadSchema>;

export const markNotificationsRead = async (input: MarkReadInput): Promise<void> => {
  await callEndpoint((await notificationEndpoints()).markNotificationsRead, { body: input });
};

/** Marks the given notifications read, or all of them without ids. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
