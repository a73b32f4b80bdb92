import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { attachmentHref, useInvalidateProposal } from './get-attachment';

/** `DELETE /api/proposals/:id/attachments/:attachmentId`. */
export function deleteAttachment(input: {
  proposalId: string;
  attachmentId: string;
}): Promise<unknown> {
  return api(attachmentHref(input.proposalId, input.attachmentId), { method: 'DELETE' });
}

export function useDeleteAttachmentMutation() {
  const invalidate = useInvalidateProposal();
  return useMutation({
    mutationFn: deleteAttachment,
    onSuccess: (_data, input) => invalidate(input.proposalId),
  });
}
