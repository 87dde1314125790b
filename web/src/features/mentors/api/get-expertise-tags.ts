import { useQuery } from '@tanstack/react-query';
import { ExpertiseTagsSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export const getExpertiseTags = (signal?: AbortSignal) => apiRequest(api.expertiseTags, ExpertiseTagsSchema, { signal });

/** The curated expertise list, offered while typing tags. It rarely changes. */
export function useExpertiseTags() {
  return useQuery({
    queryKey: mentorKeys.expertiseTags(),
    queryFn: ({ signal }) => getExpertiseTags(signal),
    staleTime: 10 * 60_000,
    select: (data) => data.tags,
  });
}
