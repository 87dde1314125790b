import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import * as endpoints from '../../../contract/endpoints/profile';
import { type Me, MeSchema } from '../../../contract/me';
import { callEndpoint, isApiError } from './api-client';

export const meQueryKey = ['me'] as const;

/** The account itself, not the queries filed under it (such as the personal profile, ['me', 'profile']). */
export const isMeQueryKey = (key: readonly unknown[]) => key.length === 1 && key[0] === meQueryKey[0];

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      // The account is the part of the personal profile that the header and the routes need.
      return MeSchema.parse(await callEndpoint(endpoints.getPersonalProfile, { signal }));
    } catch (error) {
      // Not signed in: a visitor.
      if (isApiError(error, 'unauthenticated')) return null;
      throw error;
    }
  },
});

/** The signed-in member, or null for a visitor. */
export const useMe = (): Me | null => useSuspenseQuery(meQuery).data;
