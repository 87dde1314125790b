import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { SendRequest } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { refreshMentoring } from './refresh';

export const sendRequest = (input: SendRequest) => callEndpoint(endpoints.sendRequest, { body: input });

/** "Send mentoring request": refused with a 409 code when the mentor cannot take it (docs/product.md, rule 13). */
export function useSendRequest() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendRequest, onSuccess: () => refreshMentoring(queryClient) });
}
