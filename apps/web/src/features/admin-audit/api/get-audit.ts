import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditFilter, AuditResponse } from '@kyoso/contracts/audit';
import { api, toSearch } from '../../../lib/api-client';

export type AuditQuery = Partial<AuditFilter> & { page?: number; pageSize?: number };
export type { AuditResponse };
export type AuditEntry = AuditResponse['entries'][number];

/** `GET /api/admin/audit`: recorded changes and confidential reads, newest first (administrators). */
export function getAudit(query: AuditQuery, signal?: AbortSignal): Promise<AuditResponse> {
  return api<AuditResponse>(`/api/admin/audit${toSearch(query)}`, { signal });
}

export function auditQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: ['admin', 'audit', query],
    queryFn: ({ signal }) => getAudit(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAudit(query: AuditQuery) {
  return useQuery(auditQueryOptions(query));
}

/**
 * `GET /api/admin/audit.csv`: the same filters, every page, as an Excel-safe CSV. A plain link
 * (the browser downloads it with the session cookies).
 */
export function auditExportHref(filter: Partial<AuditFilter>): string {
  return `/api/admin/audit.csv${toSearch(filter)}`;
}
