import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { meQueryKey } from './auth';

/**
 * Mounted once in the layout: live updates of the Inbox and the bell for a signed-in member. The
 * stream's code (and the schema its events are checked with) loads after the first render (ADR 0029).
 */
export function useLiveEvents(enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let stop: (() => void) | undefined;
    let isCancelled = false;
    void import('./live-events').then(({ startLiveEvents }) => {
      if (isCancelled) return;
      stop = startLiveEvents({
        openSource: (url) => (typeof EventSource === 'undefined' ? null : new EventSource(url)),
        invalidate: (keys) => {
          for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
        },
        onSignedOut: () => void queryClient.invalidateQueries({ queryKey: meQueryKey, exact: true }),
        isVisible: () => document.visibilityState === 'visible',
        watchVisibility: (listener) => {
          document.addEventListener('visibilitychange', listener);
          return () => document.removeEventListener('visibilitychange', listener);
        },
      });
    });
    return () => {
      isCancelled = true;
      stop?.();
    };
  }, [enabled, queryClient]);
}
