import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MentoringRequestSchema, type SendRequest, SendRequestSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { refreshMentoring } from './refresh';

export const sendRequest = (input: SendRequest) =>
  apiRequest(api.requests, MentoringRequestSchema, { method: 'POST', body: SendRequestSchema.parse(input) });

/** "Send mentoring request": refused with a 409 code when the mentor cannot take it (docs/product.md, rule 13). */
export function useSendRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendRequest, onSuccess: () => refreshMentoring(queryClient) });
}
