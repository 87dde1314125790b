import { useQuery } from '@tanstack/react-query';
import { type Member, MemberSchema } from '../../../../../contract/profile';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export const getMember = (username: string, signal?: AbortSignal): Promise<Member> =>
  apiRequest(api.member(username), MemberSchema, { signal });

/** What any signed-in member sees of another (404 not_found when there is no such member). */
export function useMember(username: string) {
  return useQuery({ queryKey: mentorKeys.member(username), queryFn: ({ signal }) => getMember(username, signal) });
}
