import type { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { agreementQueryOptions, type AgreementResponse } from './get-agreement';

/** Refusals that mean the agreement changed under the reader: it is loaded again. */
const STALE_CODES = [
  'agreements.version_conflict',
  'agreements.stale_version',
  'agreements.summary_changed',
  'agreements.not_open',
];

export function isStaleAgreementError(error: unknown): boolean {
  return isApiError(error) && STALE_CODES.includes(error.code);
}

/**
 * After a change to the agreement: the answer is the agreement's new state; the proposal (its
 * `can`, the way to `sign_agreement`), its timeline and the list of versions change with it.
 */
export async function afterAgreementChange(
  queryClient: QueryClient,
  proposalId: string,
  answer: AgreementResponse,
): Promise<void> {
  const key = agreementQueryOptions(proposalId).queryKey;
  queryClient.setQueryData(key, answer);
  await queryClient.invalidateQueries({
    queryKey: ['proposals', 'detail', proposalId],
    predicate: (query) => !(query.queryKey[3] === key[3] && query.queryKey.length === key.length),
  });
}

/** After a refusal because someone changed the agreement meanwhile: show it as it is now. */
export async function afterAgreementRefusal(
  queryClient: QueryClient,
  proposalId: string,
  error: unknown,
): Promise<void> {
  if (isStaleAgreementError(error)) {
    await queryClient.invalidateQueries({ queryKey: ['proposals', 'detail', proposalId] });
  }
}
