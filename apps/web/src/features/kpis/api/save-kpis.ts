import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { kpisInputSchema } from '@kyoso/contracts/kpis';
import { api } from '../../../lib/api-client';
import { afterKpiChange } from './after-kpi-change';
import type { KpisResponse } from './get-kpis';

export type KpisBody = z.input<typeof kpisInputSchema>;

/** `PUT /api/proposals/:id/kpis`: the whole KPI set (a KPI left out is archived, not deleted). */
export function saveKpis(proposalId: string, body: KpisBody): Promise<KpisResponse> {
  return api<KpisResponse>(`/api/proposals/${encodeURIComponent(proposalId)}/kpis`, {
    method: 'PUT',
    body,
  });
}

export function useSaveKpisMutation(proposalId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: KpisBody) => saveKpis(proposalId, body),
    onSuccess: () => afterKpiChange(queryClient, proposalId),
  });
}
