import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { ListRequestsQuery, RequestList } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { mentoringKeys } from './query-keys';

type Query = Partial<ListRequestsQuery>;

export const getRequests = (query: Query, signal?: AbortSignal): Promise<RequestList> =>
  callEndpoint(endpoints.listRequests, { query, signal });

/** The signed-in member's requests (newest first), incoming and/or outgoing, with their own places as a mentor. */
export function useRequests(query: Query) {
  return useQuery({ queryKey: mentoringKeys.requests(query), queryFn: ({ signal }) => getRequests(query, signal) });
}
