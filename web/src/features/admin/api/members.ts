import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MemberSearchQuery, UpdateMember } from '../../../../../contract/admin';
import * as endpoints from '../../../../../contract/endpoints/admin';
import * as lifecycleEndpoints from '../../../../../contract/endpoints/lifecycle';
import { callEndpoint } from '../../../lib/api-client';
import { adminKeys } from './query-keys';

type SearchInput = Partial<{ q: string; role: MemberSearchQuery['role']; status: MemberSearchQuery['status']; page: number }>;

/** The console's member search (20 a page). */
export function useMemberSearch(query: SearchInput) {
  return useQuery({
    queryKey: adminKeys.members(query),
    queryFn: ({ signal }) => callEndpoint(endpoints.searchMembers, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One member's page in the console. */
export function useAdminMember(id: string) {
  return useQuery({ queryKey: adminKeys.member(id), queryFn: ({ signal }) => callEndpoint(endpoints.getMemberForAdmin, { params: { id }, signal }) });
}

/** Changes a member's user name, role or admin right; the page shows the member as they are now. */
export function useUpdateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateMember) => callEndpoint(endpoints.updateMemberAsAdmin, { params: { id }, body }),
    onSuccess: (detail) => queryClient.setQueryData(adminKeys.member(id), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** Deletes a member's account with the reason the alumni office gives (audit log, and the mail to the member). */
export function useDeleteMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => callEndpoint(lifecycleEndpoints.adminDeleteMember, { params: { id }, body: { reason } }),
    // The member's page is about to go: everything else of the console is read again, not it (it would answer 404).
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: adminKeys.all, predicate: (query) => query.queryKey[1] !== 'member' || query.queryKey[2] !== id }),
  });
}
