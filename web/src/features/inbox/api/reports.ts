import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/inbox';
import type { ReportReason } from '../../../../../contract/inbox';
import { callEndpoint } from '../../../lib/api-client';
import { inboxKeys } from '../../../lib/query-keys';

export interface ReportInput {
  reason: ReportReason;
  details?: string;
}

/** What is reported: a message I received (in a conversation), or a request's motivation sent to me. */
export type ReportSubject = { kind: 'message'; id: string; conversationId: string } | { kind: 'request'; id: string };

/** The yellow Report button: tells the alumni office (its answer, a receipt, is not shown further). */
export function useReport(subject: ReportSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reason, details }: ReportInput) =>
      callEndpoint(subject.kind === 'message' ? endpoints.reportMessage : endpoints.reportRequest, {
        params: { id: subject.id },
        body: { reason, details: details || undefined },
      }),
    onSuccess: () => {
      // The message now says it was reported (`reported`), also after a reload.
      if (subject.kind === 'message') void queryClient.invalidateQueries({ queryKey: inboxKeys.thread(subject.conversationId) });
    },
  });
}
