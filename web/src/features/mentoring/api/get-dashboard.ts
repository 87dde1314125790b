import { useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/mentoring';
import type { Dashboard } from '../../../../../contract/mentoring';
import { callEndpoint } from '../../../lib/api-client';
import { mentoringKeys } from './query-keys';

export const getDashboard = (signal?: AbortSignal): Promise<Dashboard> => callEndpoint(endpoints.getDashboard, { signal });

/** Everything the dashboard shows, in one request. */
export function useDashboard() {
  return useQuery({ queryKey: mentoringKeys.dashboard(), queryFn: ({ signal }) => getDashboard(signal) });
}
