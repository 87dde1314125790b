import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { MentoringRelation } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { mentoringKeys } from './query-keys';

export const getMentoringRelation = (username: string, signal?: AbortSignal): Promise<MentoringRelation> =>
  callEndpoint(endpoints.getMentoringRelation, { params: { username }, signal });

/** Between the signed-in member and this mentor: a pending request, an active mentorship, or whether a request can be sent. */
export function useMentoringRelation(username: string, enabled = true) {
  return useQuery({ queryKey: mentoringKeys.relation(username), queryFn: ({ signal }) => getMentoringRelation(username, signal), enabled });
}
