import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { routingReportResponseSchema } from '@kyoso/contracts/routing';
import { api } from '../../../lib/api-client';

export type RoutingReport = z.infer<typeof routingReportResponseSchema>;

/** `GET /api/routing/report`: acceptance, returns and transfers per department (the desk). */
export function getRoutingReport(signal?: AbortSignal): Promise<RoutingReport> {
  return api<RoutingReport>('/api/routing/report', { signal });
}

export function routingReportQueryOptions() {
  return queryOptions({
    // Under `proposals`: every workflow action invalidates it with the proposals it changes.
    queryKey: ['proposals', 'routing-report'],
    queryFn: ({ signal }) => getRoutingReport(signal),
  });
}

export function useRoutingReport() {
  return useQuery(routingReportQueryOptions());
}
