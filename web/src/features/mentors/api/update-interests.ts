import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type Interests, InterestsSchema } from '../../../../../contract/mentors';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentorKeys } from './query-keys';

export { InterestsSchema };

export const updateInterests = (input: Interests) =>
  apiRequest(api.interests, InterestsSchema, { method: 'PUT', body: InterestsSchema.parse(input) });

/** Replaces the member's interests; the suggestions follow. */
export function useUpdateInterests() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateInterests,
    onSuccess: async (saved) => {
      queryClient.setQueryData(mentorKeys.interests(), saved);
      await queryClient.invalidateQueries({ queryKey: [...mentorKeys.all, 'suggested'] });
    },
  });
}
