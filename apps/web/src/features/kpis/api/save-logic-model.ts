import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { logicModelInputSchema, logicModelResponseSchema } from '@kyoso/contracts/kpis';
import { api } from '../../../lib/api-client';
import { afterKpiChange } from './after-kpi-change';

export type LogicModelBody = z.input<typeof logicModelInputSchema>;
export type LogicModelResponse = z.infer<typeof logicModelResponseSchema>;

/** `PUT /api/proposals/:id/logic-model`: a new version of the logic model (either side). */
export function saveLogicModel(
  proposalId: string,
  body: LogicModelBody,
): Promise<LogicModelResponse> {
  return api<LogicModelResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/logic-model`, {
    method: 'PUT',
    body,
  });
}

export function useSaveLogicModelMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogicModelBody) => saveLogicModel(proposalId, body),
    onSuccess: () => afterKpiChange(queryClient, proposalId),
  });
}
