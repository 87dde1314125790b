import { useQuery } from '@tanstack/react-query';
import { IdentitiesSchema } from '../../../../../contract/identities';
import { apiRequest } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import { api } from '../../../lib/paths';

export const identitiesQueryKey = [...meQueryKey, 'identities'] as const;

export const getIdentities = (signal?: AbortSignal) => apiRequest(api.meIdentities, IdentitiesSchema, { signal });

/** The LinkedIn (and other provider) identities linked to the account, and whether one may be unlinked. */
export const useIdentities = () => useQuery({ queryKey: identitiesQueryKey, queryFn: ({ signal }) => getIdentities(signal) });
