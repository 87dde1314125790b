import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/site';
import { callEndpoint } from '../../../lib/api-client';

export const getMailbox = (signal?: AbortSignal) => callEndpoint(endpoints.getDevMailbox, { signal });

/** The emails the development server sent or kept, newest first, checked again every few seconds. */
export function useMailbox() {
  return useQuery({
    queryKey: ['dev-mailbox'],
    queryFn: ({ signal }) => getMailbox(signal),
    select: (data) => data.items,
    refetchInterval: 5_000,
  });
}
