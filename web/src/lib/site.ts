import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import * as endpoints from '../../../contract/endpoints/site';
import type { Site } from '../../../contract/site';
import { callEndpoint } from './api-client';

export const siteQuery = queryOptions({
  queryKey: ['site'],
  queryFn: ({ signal }) => callEndpoint(endpoints.getSite, { signal }),
  staleTime: Infinity,
});

/** This installation's name, colours and settings; the app shell waits for it. */
export const useSite = (): Site => useSuspenseQuery(siteQuery).data;
