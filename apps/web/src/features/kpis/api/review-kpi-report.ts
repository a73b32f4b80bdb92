import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kpiReportReviewBodySchema } from '@kyoso/contracts/kpis';
import { api } from '../../../lib/api-client';
import { afterKpiChange } from './after-kpi-change';
import type { KpiReportResponse } from './report-kpi';

export type KpiReviewBody = z.input<typeof kpiReportReviewBodySchema>;

/** `POST /api/proposals/:id/kpi-reports/:reportId/review`: verify, or ask a question. */
export function reviewKpiReport(
  proposalId: string,
  reportId: string,
  body: KpiReviewBody,
): Promise<KpiReportResponse> {
  return api<KpiReportResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/kpi-reports/${encodeURIComponent(reportId)}/review`,
    { method: 'POST', body },
  );
}

export function useReviewKpiReportMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reportId: string; body: KpiReviewBody }) =>
      reviewKpiReport(proposalId, input.reportId, input.body),
    onSuccess: () => afterKpiChange(queryClient, proposalId),
  });
}
