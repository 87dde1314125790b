import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type AcceptRequest,
  AcceptRequestSchema,
  AcceptResultSchema,
  type DeclineRequest,
  DeclineRequestSchema,
  MentoringRequestSchema,
} from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { refreshMentoring } from './refresh';

export const acceptRequest = ({ id, ...input }: AcceptRequest & { id: string }) =>
  apiRequest(api.requestAction(id, 'accept'), AcceptResultSchema, { method: 'POST', body: AcceptRequestSchema.parse(input) });

export const declineRequest = ({ id, ...input }: DeclineRequest & { id: string }) =>
  apiRequest(api.requestAction(id, 'decline'), MentoringRequestSchema, { method: 'POST', body: DeclineRequestSchema.parse(input) });

export const retractRequest = (id: string) =>
  apiRequest(api.requestAction(id, 'retract'), MentoringRequestSchema, { method: 'POST' });

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
