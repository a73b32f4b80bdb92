import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { messageResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';
import { messagesQueryOptions } from './get-messages';

export type MessageResponse = z.infer<typeof messageResponseSchema>;

/**
 * `POST /api/proposals/:id/messages`: a message, with a file or not (then as multipart form
 * data). The other side is e-mailed.
 */
export function sendMessage(
  proposalId: string,
  input: { body: string; file?: File | undefined },
): Promise<MessageResponse> {
  let body: FormData | { body: string } = { body: input.body };
  if (input.file) {
    const data = new FormData();
    data.append('body', input.body);
    data.append('file', input.file);
    body = data;
  }
  return api<MessageResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/messages`, {
    method: 'POST',
    body,
  });
}

export function useSendMessageMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: string; file?: File | undefined }) =>
      sendMessage(proposalId, input),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: messagesQueryOptions(proposalId).queryKey }),
  });
}
