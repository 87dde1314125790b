import { useQuery } from '@tanstack/react-query';
import { type SuggestedMentors, SuggestedMentorsSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api, withQuery } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export const getSuggestedMentors = (limit: number, signal?: AbortSignal): Promise<SuggestedMentors> =>
  apiRequest(withQuery(api.suggestedMentors, new URLSearchParams({ limit: String(limit) })), SuggestedMentorsSchema, { signal });

/** Mentors suggested for the signed-in member, each with the reasons. */
export function useSuggestedMentors(limit = 6) {
  return useQuery({ queryKey: mentorKeys.suggested(limit), queryFn: ({ signal }) => getSuggestedMentors(limit, signal) });
}
