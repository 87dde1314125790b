import { type InfiniteData, useInfiniteQuery } from '@tanstack/react-query';
import type { ConversationList } from '../../../../../contract/inbox';
import { callEndpoint } from '../../../lib/api-client';
import { inboxKeys } from '../../../lib/query-keys';

/** Under inboxKeys.all, so a live event (a message, a read) refreshes the list and the menu's badge. */
export const conversationListKey = [...inboxKeys.all, 'list'] as const;

const PAGE_SIZE = 30;

// The menu's badge reads this on every page: the descriptor (and zod) load after the first render (ADR 0029).
const inboxEndpoints = () => import('../../../../../contract/endpoints/inbox');

function conversationsQuery() {
  return {
    queryKey: conversationListKey,
    queryFn: async ({ pageParam, signal }: { pageParam: string | null; signal: AbortSignal }) =>
      callEndpoint((await inboxEndpoints()).listConversations, { query: { cursor: pageParam ?? undefined, limit: PAGE_SIZE }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ConversationList) => last.nextCursor,
  };
}

/** "Inbox": my conversations, newest first, a page at a time. */
export function useConversations() {
  return useInfiniteQuery(conversationsQuery());
}

/** The unread messages over all my conversations (the menu's badge); undefined until known. */
export function useUnreadMessages(enabled = true): number | undefined {
  const { data } = useInfiniteQuery({
    ...conversationsQuery(),
    enabled,
    select: (pages: InfiniteData<ConversationList, string | null>) => pages.pages[0]?.unreadTotal ?? 0,
  });
  return data;
}
