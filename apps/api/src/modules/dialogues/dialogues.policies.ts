import type { ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';

/** The lead department writes the records of STEP 3 dialogues while the proposal is in dialogue. */
export function canRecordDialogue(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
): 'yes' | 'forbidden' | 'wrong_status' {
  if (!relations.includes('lead_department')) {
    return 'forbidden';
  }
  return status === 'dialogue' ? 'yes' : 'wrong_status';
}

/** The proposer confirms records; the proposer and the lead department comment and tick items. */
export function dialogueParticipant(
  relations: readonly WorkflowActor[],
): 'city' | 'proposer' | null {
  if (relations.includes('proposer')) {
    return 'proposer';
  }
  return relations.includes('lead_department') ? 'city' : null;
}
