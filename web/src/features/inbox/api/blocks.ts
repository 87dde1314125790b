import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/inbox';
import { callEndpoint } from '../../../lib/api-client';
import { inboxKeys } from '../../../lib/query-keys';

const blocksKey = ['blocks'] as const;

/** The members I blocked (Settings, and whether a profile or conversation offers Block or Unblock). */
export function useBlocks() {
  return useQuery({ queryKey: blocksKey, queryFn: ({ signal }) => callEndpoint(endpoints.listBlocks, { signal }) });
}

/** Whether I blocked this member; undefined while the list loads. */
export function useIsBlocked(username: string | null): boolean | undefined {
  const blocks = useBlocks();
  if (!blocks.data || !username) return undefined;
  const name = username.toLowerCase();
  return blocks.data.items.some((item) => item.username.toLowerCase() === name);
}

/** Block or unblock a member; the list of blocked members is read again. */
export function useSetBlocked() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, blocked }: { username: string; blocked: boolean }) =>
      callEndpoint(blocked ? endpoints.blockMember : endpoints.unblockMember, { params: { username } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: blocksKey });
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
    },
  });
}
