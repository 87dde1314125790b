import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import * as endpoints from '../../../contract/endpoints/site';
import type { Site } from '../../../contract/site';
import { callEndpoint } from './api-client';
import { setDateLocales } from './format';

export const siteQuery = queryOptions({
  queryKey: ['site'],
  queryFn: async ({ signal }) => {
    const site = await callEndpoint(endpoints.getSite, { signal });
    // Every date the app writes follows the installation's locales from here on.
    setDateLocales(site.dateLocales);
    return site;
  },
  staleTime: Infinity,
});

/** This installation's name, colours and settings; the app shell waits for it. */
export const useSite = (): Site => useSuspenseQuery(siteQuery).data;
