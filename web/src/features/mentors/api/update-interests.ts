import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentors';
import { type Interests, InterestsSchema } from '../../../../../contract/mentors';
import { callEndpoint } from '../../../lib/api-client';
import { mentorKeys } from './query-keys';

export { InterestsSchema };

export const updateInterests = (input: Interests) => callEndpoint(endpoints.updateInterests, { body: input });

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
