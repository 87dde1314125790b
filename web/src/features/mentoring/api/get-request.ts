import { useQuery } from '@tanstack/react-query';
import { type MentoringRequest, MentoringRequestSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentoringKeys } from './query-keys';

export const getRequest = (id: string, signal?: AbortSignal): Promise<MentoringRequest> =>
  apiRequest(api.request(id), MentoringRequestSchema, { signal });

/** One request, seen by its mentor or mentee (404 not_found for anyone else). */
export function useRequest(id: string) {
  return useQuery({ queryKey: mentoringKeys.request(id), queryFn: ({ signal }) => getRequest(id, signal) });
}
