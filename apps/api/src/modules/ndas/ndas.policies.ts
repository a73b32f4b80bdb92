/**
 * Who may do what with a proposal's NDA: pure rules, tested with tables of cases.
 * The NDA is signed once a department has accepted the proposal (STEP 3): the proposer or the
 * lead department opens it, the proposer signs, the lead department countersigns; everyone in
 * the case reads it.
 */
import type { ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';
import type { NdaStatus } from './ndas.table';

/** The statuses in which the NDA is signed (after a department accepted, before review). */
export const NDA_STAGES: ReadonlySet<ProposalStatus> = new Set(['nda', 'dialogue']);

export type NdaPermissions = { open: boolean; sign: boolean; countersign: boolean; read: boolean };

export function ndaPermissions(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
  nda: { status: NdaStatus } | null,
): NdaPermissions {
  const isProposer = relations.includes('proposer');
  const isLead = relations.includes('lead_department');
  return {
    open: !nda && (isProposer || isLead) && NDA_STAGES.has(status),
    sign: nda?.status === 'awaiting_proposer' && isProposer,
    countersign: nda?.status === 'awaiting_city' && isLead,
    read: nda !== null && relations.length > 0,
  };
}
