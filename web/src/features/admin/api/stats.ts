import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/admin';
import { callEndpoint, endpointUrl } from '../../../lib/api-client';
import { adminKeys } from './query-keys';

export type StatsRange = Partial<{ from: string; to: string }>;

/** The console's statistics for a range of days (the last 12 weeks when none is given). */
export function useAdminStats(range: StatsRange) {
  return useQuery({
    queryKey: adminKeys.stats(range),
    queryFn: ({ signal }) => callEndpoint(endpoints.getAdminStats, { query: range, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The address of the weekly requests as CSV for the same range (a plain link: the browser saves the file). */
export function statsCsvHref(range: StatsRange): string {
  return endpointUrl(endpoints.exportAdminStats, undefined, Object.fromEntries(Object.entries(range).filter(([, value]) => value)));
}
