import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type * as endpoints from '../../../contract/endpoints/profile';
import type { Me } from '../../../contract/me';
import type { PersonalProfile } from '../../../contract/profile';
import { getUnchecked, isApiError } from './api-client';

export const meQueryKey = ['me'] as const;

/** The account itself, not the queries filed under it (such as the personal profile, ['me', 'profile']). */
export const isMeQueryKey = (key: readonly unknown[]) => key.length === 1 && key[0] === meQueryKey[0];

/** The fields of the account, each named once: the compiler fails when Me gains one this leaves out. */
const ME_FIELDS: Record<keyof Me, true> = {
  id: true,
  username: true,
  displayUsername: true,
  email: true,
  name: true,
  firstName: true,
  familyName: true,
  image: true,
  role: true,
  isAdmin: true,
  language: true,
  showEmail: true,
  emailNotifications: true,
  needsOnboarding: true,
};

/** The account part of the personal profile (what MeSchema.parse keeps), without loading the schema. */
export const toMe = (profile: PersonalProfile): Me =>
  Object.fromEntries(Object.keys(ME_FIELDS).map((field) => [field, profile[field as keyof Me]])) as Me;

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      // The account is the part of the personal profile that the header and the routes need.
      // The shell's own call: by its path (checked against the contract), no schema loaded (ADR 0029).
      return toMe(await getUnchecked<typeof endpoints.getPersonalProfile>({ path: '/api/me' }, signal));
    } catch (error) {
      // Not signed in: a visitor.
      if (isApiError(error, 'unauthenticated')) return null;
      throw error;
    }
  },
});

/** The signed-in member, or null for a visitor. */
export const useMe = (): Me | null => useSuspenseQuery(meQuery).data;
