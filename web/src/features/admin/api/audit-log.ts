import { keepPreviousData, useQuery } from '@tanstack/react-query';
import * as endpoints from '../../../../../contract/endpoints/admin';
import { callEndpoint, endpointUrl } from '../../../lib/api-client';
import { adminKeys } from './query-keys';

export type AuditFilters = Partial<{ action: string; actor: string; from: string; to: string }>;

/** A page of the audit log with the filters. */
export function useAuditLog(filters: AuditFilters, page: number) {
  const query = { ...filters, page };
  return useQuery({
    queryKey: adminKeys.audit(query),
    queryFn: ({ signal }) => callEndpoint(endpoints.getAuditLog, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The address of the CSV download with the same filters (a plain link: the browser saves the file). */
export function auditCsvHref(filters: AuditFilters): string {
  return endpointUrl(endpoints.exportAuditLog, undefined, Object.fromEntries(Object.entries(filters).filter(([, value]) => value)));
}
