/** Who may edit the logic model and KPIs, report actuals and verify them. Pure rules. */
import type { ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';

/** From adoption to the evaluation, both sides shape the logic model and the KPIs. */
export const KPI_EDIT_STATUSES: readonly ProposalStatus[] = [
  'agreement',
  'in_progress',
  'evaluation',
];
/** Actuals are reported once the agreement is signed. */
export const KPI_REPORT_STATUSES: readonly ProposalStatus[] = ['in_progress', 'evaluation'];
/** The KPIs are shown from adoption on, and stay on the record afterwards. */
export const KPI_VISIBLE_STATUSES: readonly ProposalStatus[] = [
  'agreement',
  'in_progress',
  'evaluation',
  'completed',
];

/** Which side of the partnership the caller is on, if either. */
export function sideOf(relations: readonly WorkflowActor[]): 'city' | 'proposer' | null {
  if (relations.includes('proposer')) {
    return 'proposer';
  }
  return relations.includes('lead_department') ? 'city' : null;
}

export function kpiPermissions(relations: readonly WorkflowActor[], status: ProposalStatus) {
  const side = sideOf(relations);
  const editing = side !== null && KPI_EDIT_STATUSES.includes(status);
  return {
    editLogicModel: editing,
    editKpis: editing,
    reportKpi: side === 'proposer' && KPI_REPORT_STATUSES.includes(status),
    verifyKpi: side === 'city' && KPI_REPORT_STATUSES.includes(status),
  };
}
