import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  evaluationResponseSchema,
  evaluationVersionsResponseSchema,
} from '@kyoso/contracts/evaluations';
import { api } from '../../../lib/api-client';

export type EvaluationResponse = z.infer<typeof evaluationResponseSchema>;
export type EvaluationVersionsResponse = z.infer<typeof evaluationVersionsResponseSchema>;

/** `GET /api/proposals/:id/evaluation`: the evaluation as the reader may see it (or null). */
export function getEvaluation(
  proposalId: string,
  signal?: AbortSignal,
): Promise<EvaluationResponse> {
  return api<EvaluationResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/evaluation`, {
    signal,
  });
}

export function evaluationQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'evaluation'],
    queryFn: ({ signal }) => getEvaluation(proposalId, signal),
  });
}

export function useEvaluation(proposalId: string) {
  return useQuery(evaluationQueryOptions(proposalId));
}

/** `GET /api/proposals/:id/evaluation/versions`: every version, newest first (city staff). */
export function getEvaluationVersions(
  proposalId: string,
  signal?: AbortSignal,
): Promise<EvaluationVersionsResponse> {
  return api<EvaluationVersionsResponse>(
    `/api/proposals/${encodeURIComponent(proposalId)}/evaluation/versions`,
    { signal },
  );
}

export function evaluationVersionsQueryOptions(proposalId: string) {
  return queryOptions({
    queryKey: ['proposals', 'detail', proposalId, 'evaluation', 'versions'],
    queryFn: ({ signal }) => getEvaluationVersions(proposalId, signal),
  });
}

export function useEvaluationVersions(proposalId: string, options: { enabled: boolean }) {
  return useQuery({ ...evaluationVersionsQueryOptions(proposalId), enabled: options.enabled });
}
