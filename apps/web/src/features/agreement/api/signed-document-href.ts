/** `GET /api/proposals/:id/agreement/document`: the signed agreement, a PDF. */
export function signedDocumentHref(proposalId: string): string {
  return `/api/proposals/${encodeURIComponent(proposalId)}/agreement/document`;
}
