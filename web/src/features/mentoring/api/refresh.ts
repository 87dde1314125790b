import type { QueryClient } from '@tanstack/react-query';
import { mentorKeys } from '../../mentors';
import { notificationsQueryKey } from '../../notifications';
import { mentoringKeys } from './query-keys';

/**
 * After any change to a request or mentorship: every list, the dashboard and the profile buttons
 * are fetched again, and so are mentor profiles and search results (a place may have filled or
 * freed up) and the bell.
 */
export function refreshMentoring(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: mentoringKeys.all }),
    queryClient.invalidateQueries({ queryKey: mentorKeys.all }),
    queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  ]);
}
