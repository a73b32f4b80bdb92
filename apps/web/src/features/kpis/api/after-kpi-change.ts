import type { QueryClient } from '@tanstack/react-query';

/**
 * After a change to the logic model, the KPIs or a report: the proposal (its KPIs, its due date,
 * what the reader may do), its timeline and the KPI list all live under the proposal's key.
 */
export function afterKpiChange(queryClient: QueryClient, proposalId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: ['proposals', 'detail', proposalId] });
}
