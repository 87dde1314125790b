import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/inbox';
import type { Conversation, MessageList } from '../../../../../contract/inbox';
import { callEndpoint } from '../../../lib/api-client';
import { inboxKeys, notificationsKeys } from '../../../lib/query-keys';

const PAGE_SIZE = 50;

/**
 * One conversation's messages, under inboxKeys.thread(id) so a live event refreshes it. The first
 * page is the newest; each next page is older (`before`). A refresh reads the loaded pages again
 * from the newest, so they stay joined when new messages push the oldest of a page onto the next.
 */
export function useThread(id: string) {
  return useInfiniteQuery({
    queryKey: inboxKeys.thread(id),
    queryFn: ({ pageParam, signal }) =>
      callEndpoint(endpoints.listMessages, { params: { id }, query: { before: pageParam ?? undefined, limit: PAGE_SIZE }, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: MessageList) => last.nextCursor,
  });
}

/** Refreshes what a change in a conversation touches: its messages and every list (unread counts, the badge). */
function refreshConversation(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  void queryClient.invalidateQueries({ queryKey: inboxKeys.thread(id) });
  void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
}

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => callEndpoint(endpoints.sendMessage, { params: { id }, body: { body } }),
    onSuccess: () => refreshConversation(queryClient, id),
  });
}

/** Marks the conversation read up to now: its unread count becomes 0 here at once, and the lists are read again. */
export function useMarkRead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callEndpoint(endpoints.markConversationRead, { params: { id } }),
    onSuccess: (conversation: Conversation) => {
      queryClient.setQueryData<InfiniteData<MessageList, string | null>>(inboxKeys.thread(id), (data) =>
        data ? { ...data, pages: data.pages.map((page) => ({ ...page, conversation })) } : data,
      );
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
      // Reading the conversation settles the bell's "sent you a message" as well.
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.all });
    },
  });
}

/** "Send message" from a member's profile or a request: the pair's conversation, new or existing. */
export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { username: string; body: string }) => callEndpoint(endpoints.startConversation, { body: input }),
    onSuccess: ({ conversation }) => refreshConversation(queryClient, conversation.id),
  });
}
