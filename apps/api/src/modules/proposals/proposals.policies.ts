/**
 * Who may see and act on a proposal: pure functions, tested with tables of cases.
 *
 * - The proposer's organisation sees its proposals, drafts included.
 * - The co-creation desk sees every submitted proposal (never another organisation's draft).
 * - A department sees the proposals it leads or supports, from routing on.
 * - Administrators manage accounts and settings, not cases: they see no proposal.
 * Whoever may not see a proposal gets 404, exactly as if it did not exist.
 */
import type { ConfidentialSection } from '@kyoso/contracts/proposals';
import type { ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';
import type { Role } from '@kyoso/contracts/roles';

export type PolicyActor = {
  role: Role;
  organizationId: string | null;
  departmentId: string | null;
};

export type PolicyProposal = {
  status: ProposalStatus;
  organizationId: string;
  leadDepartmentId: string | null;
  supportingDepartmentIds: readonly string[];
};

/** How the actor relates to the proposal, in the workflow table's terms. */
export function actorRelations(actor: PolicyActor, proposal: PolicyProposal): WorkflowActor[] {
  switch (actor.role) {
    case 'proposer':
      return actor.organizationId !== null && actor.organizationId === proposal.organizationId
        ? ['proposer']
        : [];
    case 'coordinator':
      return proposal.status === 'draft' ? [] : ['coordinator'];
    case 'department': {
      if (proposal.status === 'draft' || actor.departmentId === null) {
        return [];
      }
      if (proposal.leadDepartmentId === actor.departmentId) {
        return ['lead_department'];
      }
      return proposal.supportingDepartmentIds.includes(actor.departmentId)
        ? ['supporting_department']
        : [];
    }
    case 'admin':
      return [];
  }
}

/**
 * Who a case is presented for: its proposer's organisation, or city staff (the desk and the
 * departments). The public sees proposals only through the public presenters (consented results).
 */
export type CaseAudience = 'proposer' | 'staff';

export function audienceOf(relations: readonly WorkflowActor[]): CaseAudience {
  return relations.includes('proposer') ? 'proposer' : 'staff';
}

export function canViewProposal(relations: readonly WorkflowActor[]): boolean {
  return relations.length > 0;
}

/** Only the proposer's organisation edits a draft. */
export function canEditDraft(relations: readonly WorkflowActor[], status: ProposalStatus): boolean {
  return status === 'draft' && relations.includes('proposer');
}

/**
 * Confidential sections are for the proposer, the co-creation desk (first check) and, once an
 * NDA signed by both sides is in effect, the departments in charge.
 */
export function canSeeConfidential(
  relations: readonly WorkflowActor[],
  ndaInEffect: boolean,
): boolean {
  if (relations.includes('proposer') || relations.includes('coordinator')) {
    return true;
  }
  return (
    ndaInEffect &&
    (relations.includes('lead_department') || relations.includes('supporting_department'))
  );
}

/** The confidential sections the actor may not read. */
export function redactedSections(
  confidential: readonly ConfidentialSection[],
  relations: readonly WorkflowActor[],
  ndaInEffect: boolean,
): ConfidentialSection[] {
  return canSeeConfidential(relations, ndaInEffect) ? [] : [...confidential];
}

/**
 * The proposer learns which department holds the proposal once it has accepted it; before that
 * the label says the department is being arranged.
 */
export function isLeadDepartmentVisible(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
): boolean {
  if (!relations.includes('proposer')) {
    return true;
  }
  return status !== 'routing' && status !== 'awaiting_department';
}
