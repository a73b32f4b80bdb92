import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { attachmentHref, useInvalidateProposal } from './get-attachment';
import type { AttachmentResponse } from './upload-attachment';

/** `PATCH /api/proposals/:id/attachments/:attachmentId`: marks a file confidential or not. */
export function updateAttachment(input: {
  proposalId: string;
  attachmentId: string;
  confidential: boolean;
}): Promise<AttachmentResponse> {
  return api<AttachmentResponse>(attachmentHref(input.proposalId, input.attachmentId), {
    method: 'PATCH',
    body: { confidential: input.confidential },
  });
}

export function useUpdateAttachmentMutation() {
  const invalidate = useInvalidateProposal();
  return useMutation({
    mutationFn: updateAttachment,
    onSuccess: (_data, input) => invalidate(input.proposalId),
  });
}
