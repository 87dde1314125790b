import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { AcceptRequest, DeclineRequest } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { refreshMentoring } from './refresh';

export const acceptRequest = ({ id, ...input }: AcceptRequest & { id: string }) =>
  callEndpoint(endpoints.acceptRequest, { params: { id }, body: input });

export const declineRequest = ({ id, ...input }: DeclineRequest & { id: string }) =>
  callEndpoint(endpoints.declineRequest, { params: { id }, body: input });

export const retractRequest = (id: string) => callEndpoint(endpoints.retractRequest, { params: { id } });

/** Accept (the mentor): starts a mentorship, or 409 mentor_full when no place is free. The answer says whether the last place just filled. */
export function useAcceptRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptRequest, onSettled: () => refreshMentoring(queryClient) });
}

/** Decline (the mentor), with an optional response text and reason. */
export function useDeclineRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: declineRequest, onSettled: () => refreshMentoring(queryClient) });
}

/** Retract (the mentee): the request is withdrawn at once and the mentor told. */
export function useRetractRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: retractRequest, onSettled: () => refreshMentoring(queryClient) });
}
