import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/profile';
import type { Member } from '../../../../../contract/profile';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export const getMember = (username: string, signal?: AbortSignal): Promise<Member> =>
  callEndpoint(endpoints.getMember, { params: { username }, signal });

/** What any signed-in member sees of another (404 not_found when there is no such member). */
export function useMember(username: string) {
  return useQuery({ queryKey: mentorKeys.member(username), queryFn: ({ signal }) => getMember(username, signal) });
}
