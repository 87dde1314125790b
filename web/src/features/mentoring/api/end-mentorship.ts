import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { EndMentorship } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { refreshMentoring } from './refresh';

export const endMentorship = ({ id, ...input }: EndMentorship & { id: string }) =>
  callEndpoint(endpoints.endMentorship, { params: { id }, body: input });

/** Ends a mentorship (either side) with an optional reason and feedback; the place frees up at once. */
export function useEndMentorship() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: endMentorship, onSettled: () => refreshMentoring(queryClient) });
}
