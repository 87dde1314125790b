import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EventSourceLike, MAX_FAILURES, POLL_MS, REOPEN_FIRST_MS, REOPEN_MAX_MS, startLiveEvents } from './live-events';
import { inboxKeys, notificationsKeys } from './query-keys';

/** A stand-in for the browser's EventSource that the test drives. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, (event: MessageEvent) => void>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  send(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(data) }));
  }
  end(reason: string) {
    this.listeners.get('end')?.(new MessageEvent('end', { data: reason }));
  }
  /** The connection dropped: the browser reconnects by itself (CONNECTING), or gave up (CLOSED, a refusal). */
  fail(gaveUp: boolean) {
    this.readyState = gaveUp ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
}

const EVERYTHING = [inboxKeys.all, inboxKeys.threads, notificationsKeys.all];

describe('live events in the browser', () => {
  let sources: FakeSource[];
  let invalidated: Array<ReadonlyArray<readonly unknown[]>>;
  let visible: boolean;
  let onVisibility: (() => void) | undefined;
  let signedOut: number;
  let supported: boolean;
  let stop: () => void;

  const start = () => {
    stop = startLiveEvents({
      openSource: (url) => {
        if (!supported) return null;
        const source = new FakeSource(url);
        sources.push(source);
        return source;
      },
      invalidate: (keys) => invalidated.push(keys),
      onSignedOut: () => (signedOut += 1),
      isVisible: () => visible,
      watchVisibility: (listener) => {
        onVisibility = listener;
        return () => (onVisibility = undefined);
      },
    });
  };
  const latest = () => sources.at(-1)!;
  const polls = () => invalidated.filter((keys) => JSON.stringify(keys) === JSON.stringify(EVERYTHING)).length;

  beforeEach(() => {
    vi.useFakeTimers();
    sources = [];
    invalidated = [];
    visible = true;
    signedOut = 0;
    supported = true;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('opens the stream of GET /api/events and makes stale what each event concerns', () => {
    start();
    expect(latest().url).toBe('/api/events');
    latest().open();
    latest().send({ type: 'message', conversationId: 'c1' });
    latest().send({ type: 'read', conversationId: 'c2' });
    latest().send({ type: 'notification' });
    latest().send({ type: 'something-new' });
    expect(invalidated).toEqual([
      [['conversations'], ['conversation', 'c1']],
      [['conversations'], ['conversation', 'c2']],
      [['notifications']],
    ]);
    vi.advanceTimersByTime(5 * POLL_MS);
    expect(polls(), 'no polling while the stream is open').toBe(0);
  });

  it('polls every 30 s, only while the tab is visible, when the browser has no EventSource', () => {
    supported = false;
    start();
    vi.advanceTimersByTime(POLL_MS);
    expect(polls()).toBe(1);
    visible = false;
    vi.advanceTimersByTime(3 * POLL_MS);
    expect(polls()).toBe(1);
    visible = true;
    onVisibility?.();
    expect(polls(), 'shown again: read at once').toBe(2);
    vi.advanceTimersByTime(POLL_MS);
    expect(polls()).toBe(3);
  });

  it('lets the browser reconnect a dropped stream, and reads everything again once it is back', () => {
    start();
    latest().open();
    latest().fail(false);
    expect(latest().closed).toBe(false);
    latest().open();
    expect(polls()).toBe(1);
    expect(sources).toHaveLength(1);
  });

  it('falls back to polling after repeated failures, and tries the stream again later, waiting longer each time', () => {
    start();
    for (let i = 0; i < MAX_FAILURES; i++) latest().fail(false);
    expect(latest().closed).toBe(true);
    vi.advanceTimersByTime(REOPEN_FIRST_MS - 1);
    expect(sources).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(polls(), 'polled at 30 s').toBe(1);
    expect(sources, 'and tried the stream again').toHaveLength(2);
    latest().fail(true); // refused (a 503 while the server cannot listen)
    vi.advanceTimersByTime(2 * REOPEN_FIRST_MS - 1);
    expect(sources).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sources, 'then after 60 s').toHaveLength(3);

    const before = polls();
    latest().open();
    expect(polls(), 'what was missed is read again').toBe(before + 1);
    vi.advanceTimersByTime(5 * POLL_MS);
    expect(polls(), 'polling stops once the stream is open').toBe(before + 1);
  });

  it('stops when the session ended, and reads the account again', () => {
    start();
    latest().open();
    latest().end('signed_out');
    expect(latest().closed).toBe(true);
    expect(signedOut).toBe(1);
    vi.advanceTimersByTime(REOPEN_MAX_MS * 2);
    expect(sources).toHaveLength(1);
    expect(polls()).toBe(0);
  });

  it('polls when newer tabs replaced its stream, and tries again only after the longest wait', () => {
    start();
    latest().open();
    latest().end('replaced');
    vi.advanceTimersByTime(REOPEN_MAX_MS - 1);
    expect(sources).toHaveLength(1);
    expect(polls()).toBe(Math.floor((REOPEN_MAX_MS - 1) / POLL_MS));
    vi.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
  });

  it('closes everything when stopped', () => {
    supported = true;
    start();
    latest().fail(true);
    stop();
    vi.advanceTimersByTime(REOPEN_MAX_MS * 2);
    expect(sources).toHaveLength(1);
    expect(polls()).toBe(0);
    expect(onVisibility).toBeUndefined();
  });
});
