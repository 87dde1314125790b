import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { type Site, SiteSchema } from '../../../contract/site';
import { apiRequest } from './api-client';
import { api } from './paths';

export const siteQuery = queryOptions({
  queryKey: ['site'],
  queryFn: ({ signal }) => apiRequest(api.site, SiteSchema, { signal }),
  staleTime: Infinity,
});

/** This installation's name, colours and settings; the app shell waits for it. */
export const useSite = (): Site => useSuspenseQuery(siteQuery).data;
