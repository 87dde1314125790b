import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateGraduationRequest } from '../../../../../contract/admin';
import * as endpoints from '../../../../../contract/endpoints/admin';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

/** Filed under the account: a role change refreshes the account, and this with it. */
const graduationKey = [...meQueryKey, 'graduation-request'] as const;

/** My latest graduation request and whether I may ask now. */
export const useMyGraduationRequest = () =>
  useQuery({ queryKey: graduationKey, queryFn: ({ signal }) => callEndpoint(endpoints.getMyGraduationRequest, { signal }) });

/** "I have graduated": asks the alumni office to make me an alumnus. */
export function useRequestGraduation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGraduationRequest) => callEndpoint(endpoints.requestGraduation, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: graduationKey }),
  });
}
