import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { type MentorFacetsResult, type MentorSearchQuery, SEARCH_PAGE_SIZE, mentorSearchParams } from '../../../../../contract/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

/** The counts do not depend on the page being looked at. */
const withoutPaging = ({ page: _page, pageSize: _pageSize, ...query }: MentorSearchQuery): MentorSearchQuery => ({
  ...query,
  page: 1,
  pageSize: SEARCH_PAGE_SIZE.default,
});

export const getMentorFacets = (query: MentorSearchQuery, signal?: AbortSignal): Promise<MentorFacetsResult> =>
  callEndpoint(endpoints.countMentorFacets, { query: mentorSearchParams(withoutPaging(query)), signal });

export const mentorFacetsQuery = (query: MentorSearchQuery) => {
  const unpaged = withoutPaging(query);
  return queryOptions({ queryKey: mentorKeys.facets(unpaged), queryFn: ({ signal }) => getMentorFacets(unpaged, signal) });
};

/** Counts per filter value among the results; a separate call, so the list never waits for it. */
export function useMentorFacets(query: MentorSearchQuery) {
  return useQuery({ ...mentorFacetsQuery(query), placeholderData: keepPreviousData });
}
