import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dialogueCommentBodySchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';
import { dialoguesQueryOptions } from './get-dialogues';
import type { DialogueResponse } from './save-dialogue';

export type DialogueCommentBody = z.input<typeof dialogueCommentBodySchema>;

/** `POST /api/proposals/:id/dialogues/:dialogueId/comments`: a comment on a record. */
export function commentOnDialogue(
  proposalId: string,
  dialogueId: string,
  body: DialogueCommentBody,
): Promise<DialogueResponse> {
  return api<DialogueResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/dialogues/${encodeURIComponent(dialogueId)}/comments`,
    { method: 'POST', body },
  );
}

export function useCommentOnDialogueMutation(proposalId: string, dialogueId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DialogueCommentBody) => commentOnDialogue(proposalId, dialogueId, body),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: dialoguesQueryOptions(proposalId).queryKey }),
  });
}
