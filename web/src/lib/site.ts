import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type * as endpoints from '../../../contract/endpoints/site';
import type { Site } from '../../../contract/site';
import { getUnchecked } from './api-client';
import { setDateLocales } from './format';

export const siteQuery = queryOptions({
  queryKey: ['site'],
  queryFn: async ({ signal }) => {
    // The shell's own call: by its path (checked against the contract), no schema loaded (ADR 0029).
    const site = await getUnchecked<typeof endpoints.getSite>({ path: '/api/site' }, signal);
    // Every date the app writes follows the installation's locales from here on.
    setDateLocales(site.dateLocales);
    return site;
  },
  staleTime: Infinity,
});

/** This installation's name, colours and settings; the app shell has it before its first render. */
export const useSite = (): Site => useSuspenseQuery(siteQuery).data;
