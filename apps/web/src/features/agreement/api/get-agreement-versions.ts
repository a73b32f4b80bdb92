import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementVersionsResponseSchema } from '@kyoso/contracts/agreements';
import { api } from '../../../lib/api-client';

export type AgreementVersionsResponse = z.infer<typeof agreementVersionsResponseSchema>;

/** `GET /api/proposals/:id/agreement/versions`: every version of the terms, newest first (staff). */
export function getAgreementVersions(
  proposalId: string,
  signal?: AbortSignal,
): Promise<AgreementVersionsResponse> {
  return api<AgreementVersionsResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/agreement/versions`,
    { signal },
  );
}

export function agreementVersionsQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'agreement', 'versions'],
    queryFn: ({ signal }) => getAgreementVersions(proposalId, signal),
  });
}

export function useAgreementVersions(proposalId: string, options: { enabled: boolean }) {
  return useQuery({ ...agreementVersionsQueryOptions(proposalId), enabled: options.enabled });
}
