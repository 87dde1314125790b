/**
 * TanStack Query keys that more than one part of the web app uses: the live events (lib/live-events.ts)
 * refresh these when the server tells a member something changed, so the pages that read them must
 * file their queries under exactly these keys.
 */
export const inboxKeys = {
  /** Every list of conversations (prefix: invalidating it refreshes all of them). */
  all: ['conversations'] as const,
  /** One conversation and its messages (prefix: `[...inboxKeys.thread(id), ...]` for its pages). */
  thread: (id: string) => ['conversation', id] as const,
  /** Every single conversation (prefix of every `thread(id)`). */
  threads: ['conversation'] as const,
};

/** The bell: the member's latest notifications and unread count. */
export const notificationsKeys = {
  all: ['notifications'] as const,
};
