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

/**
 * The report, then its file if there is one. A refused file does not undo the report: it comes
 * back as `fileError`, and the evidence can be attached again until the report is verified.
 */
export function useReportKpiMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      kpiId: string;
      body: KpiReportBody;
      file?: File | undefined;
    }): Promise<KpiReportResponse & { fileError: unknown }> => {
      const { report } = await reportKpi(proposalId, input.kpiId, input.body);
      if (!input.file) {
        return { report, fileError: null };
      }
      try {
        return {
          ...(await attachKpiReportFile(proposalId, report.id, input.file)),
          fileError: null,
        };
      } catch (error) {
        return { report, fileError: error };
      }
    },
    onSuccess: () => afterKpiChange(queryClient, proposalId),
  });
}

/** Evidence attached (or replaced) after the report, until it is verified. */
export function useAttachKpiReportFileMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { reportId: string; file: File }) =>
      attachKpiReportFile(proposalId, input.reportId, input.file),
    onSuccess: () => afterKpiChange(queryClient, proposalId),
  });
}
