import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export const getInterests = (signal?: AbortSignal) => callEndpoint(endpoints.getInterests, { signal });

/** What the member would like help with; it drives the suggested mentors. */
export function useInterests() {
  return useQuery({ queryKey: mentorKeys.interests(), queryFn: ({ signal }) => getInterests(signal), select: (data) => data.interests });
}
