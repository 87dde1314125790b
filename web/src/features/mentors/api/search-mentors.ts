import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type MentorSearchQuery,
  MentorSearchQuerySchema,
  type MentorSearchResult,
  MentorSearchResultSchema,
  mentorSearchParams,
} from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api, withQuery } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export { MentorSearchQuerySchema };

export const searchMentors = (query: MentorSearchQuery, signal?: AbortSignal): Promise<MentorSearchResult> =>
  apiRequest(withQuery(api.mentors, mentorSearchParams(query)), MentorSearchResultSchema, { signal });

/** One page of search results, best first; the previous page stays on screen while the next loads. */
export function useSearchMentors(query: MentorSearchQuery) {
  return useQuery({
    queryKey: mentorKeys.search(query),
    queryFn: ({ signal }) => searchMentors(query, signal),
    placeholderData: keepPreviousData,
  });
}
