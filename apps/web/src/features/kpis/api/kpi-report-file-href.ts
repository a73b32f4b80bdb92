/** `GET /api/proposals/:id/kpi-reports/:reportId/file`: a report's evidence, as a download link. */
export function kpiReportFileHref(proposalId: string, reportId: string): string {
  return `/api/proposals/${encodeURIComponent(proposalId)}/kpi-reports/${encodeURIComponent(reportId)}/file`;
}
