import { useQueryClient } from '@tanstack/react-query';
import { proposalKey } from './get-proposal';

/** The files of a proposal live under its address. */
export function attachmentsPath(proposalId: string): string {
  return `/api/proposals/${encodeURIComponent(proposalId)}/attachments`;
}

/**
 * `GET /api/proposals/:id/attachments/:attachmentId`: downloads a file. A link rather than a
 * query: the browser saves the file.
 */
export function attachmentHref(proposalId: string, attachmentId: string): string {
  return `${attachmentsPath(proposalId)}/${encodeURIComponent(attachmentId)}`;
}

/** After any change to a proposal's files, its cached copy is read again. */
export function useInvalidateProposal() {
  const queryClient = useQueryClient();
  return (proposalId: string) =>
    queryClient.invalidateQueries({ queryKey: proposalKey(proposalId) });
}
