import type { QueryClient } from '@tanstack/react-query';

/**
 * After the evaluation is recorded or commented on: the evaluation, its versions, the proposal
 * (what `complete` needs, what the reader may do) and its timeline, all under the proposal's key.
 */
export function afterEvaluationChange(queryClient: QueryClient, proposalId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['proposals', 'detail', proposalId] });
}
