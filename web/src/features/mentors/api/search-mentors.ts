import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { type MentorSearchQuery, MentorSearchQuerySchema, type MentorSearchResult, mentorSearchParams } from '../../../../../contract/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export { MentorSearchQuerySchema };

export const searchMentors = (query: MentorSearchQuery, signal?: AbortSignal): Promise<MentorSearchResult> =>
  callEndpoint(endpoints.searchMentors, { query: mentorSearchParams(query), signal });

export const searchMentorsQuery = (query: MentorSearchQuery) =>
  queryOptions({ queryKey: mentorKeys.search(query), queryFn: ({ signal }) => searchMentors(query, signal) });

/** One page of search results, best first; the previous page stays on screen while the next loads. */
export function useSearchMentors(query: MentorSearchQuery) {
  return useQuery({ ...searchMentorsQuery(query), placeholderData: keepPreviousData });
}
