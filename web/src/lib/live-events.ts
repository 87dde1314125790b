import { STREAM_END_EVENT, type StreamEndReason, streamEvents } from '../../../contract/endpoints/events';
import { type LiveEvent, LiveEventSchema } from '../../../contract/inbox';
import { inboxKeys, notificationsKeys } from './query-keys';

/** How often the lists are read again while no stream tells what changed (only while the tab is visible). */
export const POLL_MS = 30_000;
/** Errors in a row after which the browser's own reconnecting is given up for polling. */
export const MAX_FAILURES = 3;
/** The first wait before trying a stream again after giving up; it doubles up to REOPEN_MAX_MS. */
export const REOPEN_FIRST_MS = 30_000;
export const REOPEN_MAX_MS = 5 * 60_000;

/** The part of the browser's EventSource this uses (a fake one in tests). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** EventSource.CLOSED: the browser gave the stream up (an answer other than 200) and will not reconnect. */
const CLOSED = 2;

export interface LiveEventsOptions {
  /** Opens the stream; null when the browser has no EventSource (then it polls). */
  openSource: (url: string) => EventSourceLike | null;
  /** Marks the queries under these key prefixes stale (TanStack: invalidateQueries). */
  invalidate: (keys: ReadonlyArray<readonly unknown[]>) => void;
  /** The stream ended because the session did: read the account again (the page shows the visitor). */
  onSignedOut: () => void;
  isVisible: () => boolean;
  /** Calls the listener when the tab is shown or hidden; returns its removal. */
  watchVisibility: (listener: () => void) => () => void;
}

/** Everything a live event may concern: what a gap in the stream (or a poll) reads again. */
const EVERYTHING = [inboxKeys.all, inboxKeys.threads, notificationsKeys.all] as const;

/** The queries a live event makes stale. */
export function keysFor(event: LiveEvent): ReadonlyArray<readonly unknown[]> {
  switch (event.type) {
    case 'message':
    case 'read':
      return [inboxKeys.all, inboxKeys.thread(event.conversationId)];
    case 'notification':
      return [notificationsKeys.all];
  }
}

/**
 * Keeps the member's Inbox and bell up to date: it listens to `GET /api/events` and makes stale
 * what an event concerns. When the browser has no EventSource, or the stream fails again and
 * again (a proxy that does not pass it, the server not hearing the database), it reads the lists
 * every 30 s while the tab is visible instead, and tries the stream again later (30 s, doubling
 * up to 5 minutes). Whatever the stream may have missed while it was down is read again when it
 * opens. Returns the stop function.
 */
export function startLiveEvents(options: LiveEventsOptions): () => void {
  let source: EventSourceLike | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;
  let reopen: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let reopenAttempts = 0;
  let missedSomething = false;
  let stopped = false;

  const readEverything = () => options.invalidate(EVERYTHING);
  const startPolling = () => {
    poll ??= setInterval(() => {
      if (options.isVisible()) readEverything();
    }, POLL_MS);
  };
  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };
  const closeSource = () => {
    source?.close();
    source = null;
  };
  /** Polls until a stream opens again, after a wait that grows with each attempt (or the longest). */
  const fallBack = (longest = false) => {
    closeSource();
    startPolling();
    if (reopen !== undefined) return;
    const wait = longest ? REOPEN_MAX_MS : Math.min(REOPEN_FIRST_MS * 2 ** reopenAttempts, REOPEN_MAX_MS);
    reopenAttempts += 1;
    reopen = setTimeout(() => {
      reopen = undefined;
      open();
    }, wait);
  };

  const open = () => {
    if (stopped) return;
    const opened = options.openSource(streamEvents.path);
    if (!opened) {
      startPolling();
      return;
    }
    source = opened;
    opened.onopen = () => {
      failures = 0;
      reopenAttempts = 0;
      stopPolling();
      if (missedSomething) readEverything();
      missedSomething = false;
    };
    opened.onmessage = (message) => {
      const event = parse(message.data);
      if (event) options.invalidate(keysFor(event));
    };
    opened.addEventListener(STREAM_END_EVENT, (message) => {
      const reason = message.data as StreamEndReason;
      closeSource();
      if (reason === 'signed_out') {
        stopPolling();
        options.onSignedOut();
      } else {
        // Replaced by the member's newer tabs: this one polls, and tries again only after the longest wait
        // (sooner, the tabs would keep ending each other's streams).
        missedSomething = true;
        fallBack(true);
      }
    });
    opened.onerror = () => {
      missedSomething = true;
      failures += 1;
      // CLOSED: refused (401, 503…), the browser will not try again. Otherwise it reconnects by itself, up to a point.
      if (opened.readyState === CLOSED || failures >= MAX_FAILURES) fallBack();
    };
  };

  const unwatch = options.watchVisibility(() => {
    if (poll !== undefined && options.isVisible()) readEverything();
  });
  open();

  return () => {
    stopped = true;
    unwatch();
    stopPolling();
    clearTimeout(reopen);
    closeSource();
  };
}

function parse(data: unknown): LiveEvent | null {
  try {
    const result = LiveEventSchema.safeParse(JSON.parse(String(data)));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
