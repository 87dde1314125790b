import { useQuery } from '@tanstack/react-query';
import { type Dashboard, DashboardSchema } from '../../../../../contract/mentoring';
import { apiRequest } from '../../../lib/api-client';
import { api } from '../../../lib/paths';
import { mentoringKeys } from './query-keys';

export const getDashboard = (signal?: AbortSignal): Promise<Dashboard> => apiRequest(api.dashboard, DashboardSchema, { signal });

/** Everything the dashboard shows, in one request. */
export function useDashboard() {
  return useQuery({ queryKey: mentoringKeys.dashboard(), queryFn: ({ signal }) => getDashboard(signal) });
}
