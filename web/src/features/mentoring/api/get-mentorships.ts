import { useQuery } from '@tanstack/react-query';
import { type ListMentorshipsQuery, type MentorshipList, MentorshipListSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api, withQuery } from '../../../lib/paths';
import { mentoringKeys } from './query-keys';

export const getMentorships = (query: ListMentorshipsQuery, signal?: AbortSignal): Promise<MentorshipList> =>
  apiRequest(withQuery(api.mentorships, query), MentorshipListSchema, { signal });

/** The member's mentorships, active first; with `role: 'mentor'` this is the Mentor History. */
export function useMentorships(query: ListMentorshipsQuery = {}) {
  return useQuery({ queryKey: mentoringKeys.mentorships(query), queryFn: ({ signal }) => getMentorships(query, signal) });
}
