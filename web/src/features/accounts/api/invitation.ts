import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/invitations';
import type { InvitationForRegistration } from '../../../../../contract/invitations';
import { callEndpoint } from '../../../lib/api-client';

export type { InvitationForRegistration };

/** What an invitation link fills in on the registration page (an error when the link no longer works). */
export function useInvitationLookup(token: string | null) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => callEndpoint(endpoints.lookupInvitation, { query: { token: token! }, signal }),
    enabled: token !== null,
    retry: false,
    staleTime: Infinity,
  });
}
