import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { afterDialogueChange } from './after-dialogue-change';
import type { DialogueResponse } from './save-dialogue';

/** `POST /api/proposals/:id/dialogues/:dialogueId/confirm`: the proposer confirms a record. */
export function confirmDialogue(proposalId: string, dialogueId: string): Promise<DialogueResponse> {
  return api<DialogueResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/dialogues/${encodeURIComponent(dialogueId)}/confirm`,
    { method: 'POST' },
  );
}

export function useConfirmDialogueMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (dialogueId: string) => confirmDialogue(proposalId, dialogueId),
    onSuccess: () => afterDialogueChange(queryClient, proposalId),
  });
}
