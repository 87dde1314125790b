import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from './api-client';
import { meQueryKey } from './auth';

/** A client error will not go away by asking again; anything else gets one more try. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);

export function createQueryClient(): QueryClient {
  // A member whose registration through LinkedIn is unfinished gets 403 onboarding_required from
  // every call: reading the account again shows it, and the member pages send them to onboarding.
  const onError = (error: unknown) => {
    if (isApiError(error, 'onboarding_required')) void client.invalidateQueries({ queryKey: meQueryKey, exact: true });
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
