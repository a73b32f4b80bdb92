import type { ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';

/** Everyone who sees a submitted proposal reads its thread. */
export function canReadMessages(relations: readonly WorkflowActor[]): boolean {
  return relations.length > 0;
}

/**
 * The proposer and, for the city, the co-creation desk and the lead department write; supporting
 * departments read (the proposer hears one voice). Nothing is exchanged on a draft.
 */
export function canWriteMessage(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
): boolean {
  if (status === 'draft') {
    return false;
  }
  return relations.some((r) => r === 'proposer' || r === 'coordinator' || r === 'lead_department');
}
