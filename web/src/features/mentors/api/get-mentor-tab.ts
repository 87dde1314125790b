import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import type { MentorTab } from '../../../../../contract/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export const getMentorTab = (signal?: AbortSignal): Promise<MentorTab> => callEndpoint(endpoints.getMentorTab, { signal });

/** What the Mentor tab shows: whether the member can mentor, and their mentor profile once activated. */
export function useMentorTab() {
  return useQuery({ queryKey: mentorKeys.tab(), queryFn: ({ signal }) => getMentorTab(signal) });
}
