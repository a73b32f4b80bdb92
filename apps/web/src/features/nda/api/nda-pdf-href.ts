/** `GET /api/proposals/:id/nda.pdf`: the agreement with the signatures made so far, as a PDF. */
export function ndaPdfHref(proposalId: string): string {
  return `/api/proposals/${encodeURIComponent(proposalId)}/nda.pdf`;
}
