import type { ListMentorshipsQuery, ListRequestsQuery } from '../../../../../contract/mentoring';

/** The cache keys of the mentoring feature: requests, mentorships, the dashboard and a profile's request button. */
export const mentoringKeys = {
  all: ['mentoring'] as const,
  requests: (query: Partial<ListRequestsQuery>) => [...mentoringKeys.all, 'requests', query] as const,
  request: (id: string) => [...mentoringKeys.all, 'request', id] as const,
  mentorships: (query: ListMentorshipsQuery) => [...mentoringKeys.all, 'mentorships', query] as const,
  relation: (username: string) => [...mentoringKeys.all, 'relation', username] as const,
  dashboard: () => [...mentoringKeys.all, 'dashboard'] as const,
};
