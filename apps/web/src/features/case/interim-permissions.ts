/**
 * INTERIM, until the API answers `proposal.can` (issue "one case core", STEP 4–6 prerequisites):
 * the same permissions the pages derived before, gathered in one place under the names of the
 * contract's `ProposalPermissions`, so that switching to `proposal.can` deletes this file and
 * changes nothing else.
 */
import type { Proposal } from '@kyoso/contracts/proposals';
import { STATUSES, type WorkflowAction } from '@kyoso/contracts/workflow';

export type CasePermissions = {
  editDraft: boolean;
  actions: WorkflowAction[];
  actionsWithOverride: WorkflowAction[];
  readTimeline: boolean;
  readMessages: boolean;
  writeMessages: boolean;
  readNotes: boolean;
  writeNotes: boolean;
  readDialogues: boolean;
  recordDialogue: boolean;
  confirmDialogue: boolean;
  commentDialogue: boolean;
  readNda: boolean;
  openNda: boolean;
  signNda: boolean;
  countersignNda: boolean;
  readAccessLog: boolean;
  takeFirstCheck: boolean;
  releaseFirstCheck: boolean;
  readRoutingSuggestions: boolean;
};

/** A department has accepted the proposal (STEP 3 or later, or ended after that). */
function pastRouting(proposal: Pick<Proposal, 'step' | 'leadDepartment' | 'status'>) {
  return typeof proposal.step === 'number'
    ? proposal.step >= 3
    : proposal.leadDepartment !== null && proposal.status !== 'withdrawn';
}

export function interimPermissions(
  proposal: Proposal,
  userId: string | undefined,
): CasePermissions {
  const r = proposal.viewerRelations;
  const proposer = r.includes('proposer');
  const coordinator = r.includes('coordinator');
  const lead = r.includes('lead_department');
  const staff = coordinator || lead || r.includes('supporting_department');
  const submitted = proposal.status !== 'draft';
  const open = !STATUSES[proposal.status].terminal;
  const mine = proposal.assignedCoordinator?.id === userId;
  return {
    editDraft: proposer && proposal.status === 'draft',
    actions: proposal.allowedActions,
    actionsWithOverride: [],
    readTimeline: true,
    readMessages: submitted,
    writeMessages: submitted && (proposer || coordinator || lead),
    readNotes: staff,
    writeNotes: staff,
    readDialogues: pastRouting(proposal),
    recordDialogue: lead && proposal.status === 'dialogue',
    confirmDialogue: proposer,
    commentDialogue: proposer || lead,
    readNda: pastRouting(proposal),
    openNda: false,
    signNda: false,
    countersignNda: false,
    readAccessLog: submitted && (proposer || coordinator),
    takeFirstCheck: coordinator && open && !proposal.assignedCoordinator,
    releaseFirstCheck: coordinator && open && mine,
    readRoutingSuggestions: proposal.allowedActions.includes('route'),
  };
}
