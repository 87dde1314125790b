import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/moderation';
import type { ReportQueueQuery, ResolveReport } from '../../../../../contract/moderation';
import { callEndpoint } from '../../../lib/api-client';
import { notificationsKeys } from '../../../lib/query-keys';

/** The cache keys of the moderation queue. */
export const moderationKeys = {
  all: ['moderation'] as const,
  queue: (query: ReportQueueQuery) => [...moderationKeys.all, 'queue', query] as const,
};

export const getReportQueue = (query: ReportQueueQuery, signal?: AbortSignal) => callEndpoint(endpoints.listReports, { query, signal });

/** `/admin/reports`: the reports (open ones first) with their context; the previous page stays while the next loads. */
export function useReportQueue(query: ReportQueueQuery) {
  return useQuery({ queryKey: moderationKeys.queue(query), queryFn: ({ signal }) => getReportQueue(query, signal), placeholderData: keepPreviousData });
}

export const resolveReport = ({ id, ...input }: ResolveReport & { id: string }) =>
  callEndpoint(endpoints.resolveReport, { params: { id }, body: input });

/** Remove the message, suspend the sender, or dismiss: the queue is read again afterwards. */
export function useResolveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveReport,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: moderationKeys.all });
      void queryClient.invalidateQueries({ queryKey: notificationsKeys.all });
    },
  });
}
