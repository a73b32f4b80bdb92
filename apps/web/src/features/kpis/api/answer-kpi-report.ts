import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kpiReportAnswerBodySchema } from '@kyoso/contracts/kpis';
import { api } from '../../../lib/api-client';
import { afterKpiChange } from './after-kpi-change';
import type { KpiReportResponse } from './report-kpi';

export type KpiAnswerBody = z.input<typeof kpiReportAnswerBodySchema>;

/** `POST /api/proposals/:id/kpi-reports/:reportId/answer`: the proposer answers a question. */
export function answerKpiReport(
  proposalId: string,
  reportId: string,
  body: KpiAnswerBody,
): Promise<KpiReportResponse> {
  return api<KpiReportResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/kpi-reports/${encodeURIComponent(reportId)}/answer`,
    { method: 'POST', body },
  );
}

export function useAnswerKpiReportMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reportId: string; body: KpiAnswerBody }) =>
      answerKpiReport(proposalId, input.reportId, input.body),
    onSuccess: () => afterKpiChange(queryClient, proposalId),
  });
}
