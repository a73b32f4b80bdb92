import type { QueryClient } from '@tanstack/react-query';

/**
 * After a change to a dialogue record: the records, and the proposal with its timeline (a record
 * or a confirmation opens or closes the way to internal review, and shows on the timeline).
 */
export function afterDialogueChange(queryClient: QueryClient, proposalId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['proposals', 'detail', proposalId] });
}
