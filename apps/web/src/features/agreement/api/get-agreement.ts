import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementResponseSchema } from '@kyoso/contracts/agreements';
import { api } from '../../../lib/api-client';

export type AgreementResponse = z.infer<typeof agreementResponseSchema>;

/**
 * `GET /api/proposals/:id/agreement`: the STEP 5 agreement (its latest version), and for its
 * writer the council session the budget calendar suggests.
 */
export function getAgreement(proposalId: string, signal?: AbortSignal): Promise<AgreementResponse> {
  return api<AgreementResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/agreement`, {
    signal,
  });
}

export function agreementQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'agreement'],
    queryFn: ({ signal }) => getAgreement(proposalId, signal),
  });
}

export function useAgreement(proposalId: string) {
  return useQuery(agreementQueryOptions(proposalId));
}
