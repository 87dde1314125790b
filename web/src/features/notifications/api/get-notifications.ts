import { useQuery } from '@tanstack/react-query';
import type { NotificationList } from '../../../../../contract/notifications';
import { callEndpoint, isApiError } from '../../../lib/api-client';
import { notificationsKeys } from '../../../lib/query-keys';

/** Shared with the live events (lib/live-events.ts), which make it stale when a notification arrives. */
export const notificationsQueryKey = notificationsKeys.all;

// The header uses this on every page: its descriptor (and zod) load after the first render (ADR 0029).
export const notificationEndpoints = () => import('../../../../../contract/endpoints/notifications');

export async function getNotifications(signal?: AbortSignal): Promise<NotificationList | null> {
  try {
    return await callEndpoint((await notificationEndpoints()).listNotifications, { signal });
  } catch (error) {
    // Signed out (401), or a server without notifications yet (404): there is simply nothing to show.
    if (isApiError(error) && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

/** The member's latest notifications and unread count, checked again every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => getNotifications(signal),
    refetchInterval: 60_000,
  });
}
