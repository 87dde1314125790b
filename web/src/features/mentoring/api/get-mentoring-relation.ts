import { useQuery } from '@tanstack/react-query';
import { type MentoringRelation, MentoringRelationSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentoringKeys } from './query-keys';

export const getMentoringRelation = (username: string, signal?: AbortSignal): Promise<MentoringRelation> =>
  apiRequest(api.memberMentoring(username), MentoringRelationSchema, { signal });

/** Between the signed-in member and this mentor: a pending request, an active mentorship, or whether a request can be sent. */
export function useMentoringRelation(username: string, enabled = true) {
  return useQuery({ queryKey: mentoringKeys.relation(username), queryFn: ({ signal }) => getMentoringRelation(username, signal), enabled });
}
