import { useQuery } from '@tanstack/react-query';
import { InterestsSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export const getInterests = (signal?: AbortSignal) => apiRequest(api.interests, InterestsSchema, { signal });

/** What the member would like help with; it drives the suggested mentors. */
export function useInterests() {
  return useQuery({ queryKey: mentorKeys.interests(), queryFn: ({ signal }) => getInterests(signal), select: (data) => data.interests });
}
