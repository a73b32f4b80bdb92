import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { dialogueInputSchema, dialogueResponseSchema } from '@kyoso/contracts/collaboration';
import { api } from '../../../lib/api-client';
import { afterDialogueChange } from './after-dialogue-change';

export type DialogueBody = z.input<typeof dialogueInputSchema>;
export type DialogueResponse = z.infer<typeof dialogueResponseSchema>;

/**
 * `POST /api/proposals/:id/dialogues` (a new record) or `PUT …/dialogues/:dialogueId` (a
 * correction before the proposer confirmed it); the proposer is e-mailed.
 */
export function saveDialogue(
  proposalId: string,
  dialogueId: string | null,
  body: DialogueBody,
): Promise<DialogueResponse> {
  const base = `/api/proposals/${encodeURIComponent(proposalId)}/dialogues`;
  return dialogueId
    ? api<DialogueResponse>(`${base}/${encodeURIComponent(dialogueId)}`, { method: 'PUT', body })
    : api<DialogueResponse>(base, { method: 'POST', body });
}

export function useSaveDialogueMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ dialogueId, body }: { dialogueId: string | null; body: DialogueBody }) =>
      saveDialogue(proposalId, dialogueId, body),
    onSuccess: () => afterDialogueChange(queryClient, proposalId),
  });
}
