import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type OnboardingInput, OnboardingSchema } from '../../../../../contract/accounts';
import { MeSchema } from '../../../../../contract/me';
import { apiRequest } from '../../../lib/api-client';
import { isMeQueryKey, meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

export { OnboardingSchema, type OnboardingInput };

/** Completes a registration made through LinkedIn (or another provider): role, user name, studies. */
export const completeOnboarding = (input: OnboardingInput) =>
  apiRequest(api.meOnboarding, MeSchema, { method: 'POST', body: OnboardingSchema.parse(input) });

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
