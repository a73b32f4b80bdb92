/**
 * `GET /api/proposals/:id/attachments/:attachmentId`: a file of the proposal or of a message, as
 * a download link (the browser sends the session cookies; a confidential file is logged).
 */
export function attachmentHref(proposalId: string, attachmentId: string): string {
  return `/api/proposals/${encodeURIComponent(proposalId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
