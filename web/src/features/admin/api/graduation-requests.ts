import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/admin';
import { callEndpoint } from '../../../lib/api-client';
import { adminKeys } from './query-keys';

/** The waiting graduation requests, oldest first. */
export function useGraduationRequests(page: number) {
  const query = { status: 'pending' as const, page };
  return useQuery({ queryKey: adminKeys.graduation(query), queryFn: ({ signal }) => callEndpoint(endpoints.listGraduationRequests, { query, signal }) });
}

/** Approve (the member becomes an alumnus) or reject with a reason. */
export function useDecideGraduation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { id: string; approve: true } | { id: string; approve: false; reason: string }) =>
      decision.approve
        ? callEndpoint(endpoints.approveGraduation, { params: { id: decision.id } })
        : callEndpoint(endpoints.rejectGraduation, { params: { id: decision.id }, body: { reason: decision.reason } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
