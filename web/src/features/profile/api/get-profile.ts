import { type QueryClient, useQuery } from '@tanstack/react-query';
import { MeSchema } from '../../../../../contract/me';
import * as endpoints from '../../../../../contract/endpoints/profile';
import type { PersonalProfile } from '../../../../../contract/profile';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

/** Filed under the account, so refreshing the account refreshes the profile too. */
export const profileQueryKey = [...meQueryKey, 'profile'] as const;

export const getProfile = (signal?: AbortSignal) => callEndpoint(endpoints.getPersonalProfile, { signal });

/** The member's own personal profile: their account plus what others see of them. */
export const useProfile = () => useQuery({ queryKey: profileQueryKey, queryFn: ({ signal }) => getProfile(signal) });

/** Shows a saved profile at once, in the profile and in the account the header draws from. */
export function storeProfile(queryClient: QueryClient, profile: PersonalProfile): void {
  queryClient.setQueryData(profileQueryKey, profile);
  queryClient.setQueryData(meQueryKey, MeSchema.parse(profile));
}
