import { useQuery } from '@tanstack/react-query';
import { type ListMentorshipsQuery, type MentorshipList, MentorshipListSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api, withQuery } from '../../../lib/paths';
import { mentoringKeys } from './query-keys';

export function getMentorships(query: ListMentorshipsQuery, signal?: AbortSignal): Promise<MentorshipList> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  return apiRequest(withQuery(api.mentorships, params), MentorshipListSchema, { signal });
}

/** The member's mentorships, active first; with `role: 'mentor'` this is the Mentor History. */
export function useMentorships(query: ListMentorshipsQuery = {}) {
  return useQuery({ queryKey: mentoringKeys.mentorships(query), queryFn: ({ signal }) => getMentorships(query, signal) });
}
