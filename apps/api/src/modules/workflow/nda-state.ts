import type { ProposalContext } from '../proposals/proposals.repository';

/**
 * Where a proposal stands with its confidentiality agreement.
 * - `inEffect`: an NDA signed by both sides covers the proposal (departments may read
 *   confidential sections and files);
 * - `skippable`: the proposer declared nothing confidential (no section, no file), so dialogue
 *   may start without an NDA.
 */
export type NdaState = { inEffect: boolean; skippable: boolean };

export function ndaStateOf(
  context: Pick<ProposalContext, 'proposal' | 'attachments' | 'ndaInEffect'>,
): NdaState {
  return {
    inEffect: context.ndaInEffect,
    skippable:
      context.proposal.confidentialSections.length === 0 &&
      context.attachments.every((a) => !a.confidential),
  };
}
