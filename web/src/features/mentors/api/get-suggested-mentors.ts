import { queryOptions, useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import type { SuggestedMentors } from '../../../../../contract/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export const getSuggestedMentors = (limit: number, signal?: AbortSignal): Promise<SuggestedMentors> =>
  callEndpoint(endpoints.suggestMentors, { query: { limit }, signal });

/** Mentors suggested for the signed-in member, each with the reasons. */
export function useSuggestedMentors(limit = 6) {
  return useQuery(suggestedMentorsQuery(limit));
}

export const suggestedMentorsQuery = (limit: number) =>
  queryOptions({ queryKey: mentorKeys.suggested(limit), queryFn: ({ signal }) => getSuggestedMentors(limit, signal) });
