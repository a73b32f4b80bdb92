import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterAgreementChange } from './after-agreement-change';
import type { AgreementResponse } from './get-agreement';

/**
 * `POST /api/proposals/:id/agreement/document`: the signed agreement (a PDF) and its signing
 * date, as multipart form data (`signedOn` first, then `file`); it replaces an earlier one.
 */
export function addSignedDocument(
  proposalId: string,
  input: { signedOn: string; file: File },
): Promise<AgreementResponse> {
  const data = new FormData();
  data.append('signedOn', input.signedOn);
  data.append('file', input.file);
  return api<AgreementResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/agreement/document`,
    { method: 'POST', body: data },
  );
}

export function useAddSignedDocumentMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { signedOn: string; file: File }) => addSignedDocument(proposalId, input),
    onSuccess: (answer) => afterAgreementChange(queryClient, proposalId, answer),
  });
}
