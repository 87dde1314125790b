import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type OnboardingInput, OnboardingSchema } from '../../../../../contract/accounts';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { isMeQueryKey, meQueryKey } from '../../../lib/auth';

export { OnboardingSchema, type OnboardingInput };

/** Completes a registration made through LinkedIn (or another provider): role, user name, studies. */
export const completeOnboarding = (input: OnboardingInput) => callEndpoint(endpoints.completeOnboarding, { body: input });

export function useCompleteOnboarding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeOnboarding,
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryKey, me);
      // Anything fetched while the account was half made was refused: fetch it again.
      await queryClient.invalidateQueries({ predicate: ({ queryKey }) => !isMeQueryKey(queryKey) });
    },
  });
}
