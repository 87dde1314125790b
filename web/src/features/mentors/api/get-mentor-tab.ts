import { useQuery } from '@tanstack/react-query';
import { type MentorTab, MentorTabSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export const getMentorTab = (signal?: AbortSignal): Promise<MentorTab> => apiRequest(api.mentorTab, MentorTabSchema, { signal });

/** What the Mentor tab shows: whether the member can mentor, and their mentor profile once activated. */
export function useMentorTab() {
  return useQuery({ queryKey: mentorKeys.tab(), queryFn: ({ signal }) => getMentorTab(signal) });
}
