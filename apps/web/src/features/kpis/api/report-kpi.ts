import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kpiReportInputSchema, kpiReportResponseSchema } from '@kyoso/contracts/kpis';
import { api } from '../../../lib/api-client';
import { afterKpiChange } from './after-kpi-change';

export type KpiReportBody = z.input<typeof kpiReportInputSchema>;
export type KpiReportResponse = z.infer<typeof kpiReportResponseSchema>;

/** `POST /api/proposals/:id/kpis/:kpiId/reports`: the actual of a period that has ended. */
export function reportKpi(
  proposalId: string,
  kpiId: string,
  body: KpiReportBody,
): Promise<KpiReportResponse> {
  return api<KpiReportResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/kpis/${encodeURIComponent(kpiId)}/reports`,
    { method: 'POST', body },
  );
}

/** `PUT /api/proposals/:id/kpi-reports/:reportId/file`: evidence for a report (multipart). */
export function attachKpiReportFile(
  proposalId: string,
  reportId: string,
  file: File,
): Promise<KpiReportResponse> {
  const data = new FormData();
  data.append('file', file);
  return api<KpiReportResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/kpi-reports/${encodeURIComponent(reportId)}/file`,
    { method: 'PUT', body: data },
  );
}

/** The report, then its file if there is one (the report stays if the file is refused). */
export function useReportKpiMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { kpiId: string; body: KpiReportBody; file?: File | undefined }) => {
      const { report } = await reportKpi(proposalId, input.kpiId, input.body);
      return input.file ? attachKpiReportFile(proposalId, report.id, input.file) : { report };
    },
    onSettled: () => afterKpiChange(queryClient, proposalId),
  });
}
