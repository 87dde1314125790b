import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export const getExpertiseTags = (signal?: AbortSignal) => callEndpoint(endpoints.getExpertiseTags, { signal });

/** The curated expertise list, offered while typing tags. It rarely changes. */
export function useExpertiseTags() {
  return useQuery({
    queryKey: mentorKeys.expertiseTags(),
    queryFn: ({ signal }) => getExpertiseTags(signal),
    staleTime: 10 * 60_000,
    select: (data) => data.tags,
  });
}
