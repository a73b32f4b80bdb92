import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { ndaQueryOptions, type NdaState } from './get-nda';

/** Errors that mean the NDA changed under the reader: it is loaded again. */
const STALE_CODES = ['ndas.text_changed', 'ndas.not_signable', 'ndas.already_open'];

export function isStaleNdaError(error: unknown): boolean {
  return isApiError(error) && STALE_CODES.includes(error.code);
}

/**
 * After opening, signing or countersigning: the answer is the NDA's new state; the proposal, its
 * timeline and its other parts change with it (in effect, the confidential sections open).
 */
export async function afterNdaChange(
  queryClient: QueryClient,
  proposalId: string,
  state: NdaState,
): Promise<void> {
  const key = ndaQueryOptions(proposalId).queryKey;
  queryClient.setQueryData(key, state);
  await queryClient.invalidateQueries({
    queryKey: ['proposals', 'detail', proposalId],
    predicate: (query) => query.queryKey[3] !== key[3],
  });
}

/** After a refusal because the NDA changed meanwhile: show the NDA as it is now. */
export async function afterNdaRefusal(
  queryClient: QueryClient,
  proposalId: string,
  error: unknown,
): Promise<void> {
  if (isStaleNdaError(error)) {
    await queryClient.invalidateQueries({ queryKey: ndaQueryOptions(proposalId).queryKey });
  }
}
