import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { dialoguesQueryOptions } from './get-dialogues';
import type { DialogueResponse } from './save-dialogue';

/** `PATCH /api/proposals/:id/dialogues/:dialogueId/action-items/:itemId`: an item done or not. */
export function updateActionItem(
  proposalId: string,
  dialogueId: string,
  itemId: string,
  done: boolean,
): Promise<DialogueResponse> {
  return api<DialogueResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/dialogues/${encodeURIComponent(dialogueId)}/action-items/${encodeURIComponent(itemId)}`,
    { method: 'PATCH', body: { done } },
  );
}

export function useUpdateActionItemMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { dialogueId: string; itemId: string; done: boolean }) =>
      updateActionItem(proposalId, input.dialogueId, input.itemId, input.done),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: dialoguesQueryOptions(proposalId).queryKey }),
  });
}
