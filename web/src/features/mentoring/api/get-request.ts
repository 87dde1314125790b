import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { MentoringRequest } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { mentoringKeys } from './query-keys';

export const getRequest = (id: string, signal?: AbortSignal): Promise<MentoringRequest> =>
  callEndpoint(endpoints.getRequest, { params: { id }, signal });

/** One request, seen by its mentor or mentee (404 not_found for anyone else). */
export function useRequest(id: string) {
  return useQuery({ queryKey: mentoringKeys.request(id), queryFn: ({ signal }) => getRequest(id, signal) });
}
