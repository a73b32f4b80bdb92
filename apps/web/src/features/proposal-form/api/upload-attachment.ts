import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { attachmentResponseSchema } from '@kyoso/contracts/attachments';
import { api } from '../../../lib/api-client';
import { attachmentsPath, useInvalidateProposal } from './get-attachment';

export type AttachmentResponse = z.infer<typeof attachmentResponseSchema>;

/** `POST /api/proposals/:id/attachments`: one file; the server checks its bytes and size. */
export function uploadAttachment(input: {
  proposalId: string;
  file: File;
  confidential: boolean;
}): Promise<AttachmentResponse> {
  const body = new FormData();
  body.append('confidential', String(input.confidential));
  body.append('file', input.file);
  return api<AttachmentResponse>(attachmentsPath(input.proposalId), { method: 'POST', body });
}

export function useUploadAttachmentMutation() {
  const invalidate = useInvalidateProposal();
  return useMutation({
    mutationFn: uploadAttachment,
    onSuccess: (_data, input) => invalidate(input.proposalId),
  });
}
