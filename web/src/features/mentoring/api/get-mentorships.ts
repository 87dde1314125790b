import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { ListMentorshipsQuery, MentorshipList } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { mentoringKeys } from './query-keys';

export const getMentorships = (query: ListMentorshipsQuery, signal?: AbortSignal): Promise<MentorshipList> =>
  callEndpoint(endpoints.listMentorships, { query, signal });

/** The member's mentorships, active first; with `role: 'mentor'` this is the Mentor History. */
export function useMentorships(query: ListMentorshipsQuery = {}) {
  return useQuery({ queryKey: mentoringKeys.mentorships(query), queryFn: ({ signal }) => getMentorships(query, signal) });
}
