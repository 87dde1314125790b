import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/accounts';
import { callEndpoint } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';

export const identitiesQueryKey = [...meQueryKey, 'identities'] as const;

export const getIdentities = (signal?: AbortSignal) => callEndpoint(endpoints.listIdentities, { signal });

/** The LinkedIn (and other provider) identities linked to the account, and whether one may be unlinked. */
export const useIdentities = () => useQuery({ queryKey: identitiesQueryKey, queryFn: ({ signal }) => getIdentities(signal) });
