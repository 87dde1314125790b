import { useQuery } from '@tanstack/react-query';
import { type ListRequestsQuery, type RequestList, RequestListSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api, withQuery } from '../../../lib/paths';
import { mentoringKeys } from './query-keys';

type Query = Partial<ListRequestsQuery>;

export const getRequests = (query: Query, signal?: AbortSignal): Promise<RequestList> =>
  apiRequest(withQuery(api.requests, query), RequestListSchema, { signal });

/** The signed-in member's requests (newest first), incoming and/or outgoing, with their own places as a mentor. */
export function useRequests(query: Query) {
  return useQuery({ queryKey: mentoringKeys.requests(query), queryFn: ({ signal }) => getRequests(query, signal) });
}
