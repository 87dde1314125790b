import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/invitations';
import type { InvitationListQuery, InvitationUpload } from '../../../../../contract/invitations';
import { callEndpoint } from '../../../lib/api-client';
import { adminKeys } from './query-keys';

/** Checks a list line by line; nothing is sent. */
export function usePreviewInvitations() {
  return useMutation({ mutationFn: (upload: InvitationUpload) => callEndpoint(endpoints.previewInvitations, { body: upload }) });
}

/** Sends the whole list (or nothing, with every line's problems). */
export function useSendInvitations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: InvitationUpload) => callEndpoint(endpoints.sendInvitations, { body: upload }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}

/** The invitations sent, newest first (20 a page). */
export function useInvitations(query: Partial<InvitationListQuery>) {
  return useQuery({
    queryKey: adminKeys.invitations(query),
    queryFn: ({ signal }) => callEndpoint(endpoints.listInvitations, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Sends an invitation again (a new link) or withdraws it. */
export function useInvitationAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'resend' | 'revoke' }) =>
      callEndpoint(action === 'resend' ? endpoints.resendInvitation : endpoints.revokeInvitation, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.all }),
  });
}
