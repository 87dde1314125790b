import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type EndMentorship, EndMentorshipSchema, MentorshipSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { refreshMentoring } from './refresh';

export const endMentorship = ({ id, ...input }: EndMentorship & { id: string }) =>
  apiRequest(api.mentorshipEnd(id), MentorshipSchema, { method: 'POST', body: EndMentorshipSchema.parse(input) });

/** Ends a mentorship (either side) with an optional reason and feedback; the place frees up at once. */
export function useEndMentorship() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: endMentorship, onSettled: () => refreshMentoring(queryClient) });
}
