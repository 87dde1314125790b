import type { QueryClient } from '@tanstack/react-query';
import type { MentorTab, OwnMentorProfile } from '../../../../../contract/mentors';
import { mentorKeys } from './query-keys';

/**
 * After a change to the member's own mentor profile: the Mentor tab shows the answer at once, and
 * search results, suggestions and profile pages are fetched again (availability may have changed).
 */
export function showOwnProfile(queryClient: QueryClient, profile: OwnMentorProfile): Promise<void> {
  queryClient.setQueryData<MentorTab>(mentorKeys.tab(), (tab) => (tab ? { ...tab, profile } : tab));
  return queryClient.invalidateQueries({
    queryKey: mentorKeys.all,
    predicate: (query) => query.queryKey[1] !== 'tab',
  });
}
