import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { type Me, MeSchema } from '../../../contract/me';
import { apiRequest, isApiError } from './api-client';
import { api } from './paths';

export const meQueryKey = ['me'] as const;

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await apiRequest(api.me, MeSchema, { signal });
    } catch (error) {
      // 401: a visitor. 404: the server has no accounts module yet, so nobody can be signed in.
      if (isApiError(error) && (error.status === 401 || error.status === 404)) return null;
      throw error;
    }
  },
});

/** The signed-in member, or null for a visitor. */
export const useMe = (): Me | null => useSuspenseQuery(meQuery).data;
