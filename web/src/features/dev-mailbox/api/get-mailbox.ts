import { useQuery } from '@tanstack/react-query';
import { DevMailboxSchema } from '../../../../../contract/dev-mailbox';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';

export const getMailbox = (signal?: AbortSignal) => apiRequest(api.devMailbox, DevMailboxSchema, { signal });

/** The emails the development server sent or kept, newest first, checked again every few seconds. */
export function useMailbox() {
  return useQuery({
    queryKey: ['dev-mailbox'],
    queryFn: ({ signal }) => getMailbox(signal),
    select: (data) => data.items,
    refetchInterval: 5_000,
  });
}
