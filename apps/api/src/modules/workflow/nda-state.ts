import type { Executor } from '../../db/client';
import type { ProposalRow } from '../proposals/proposals.repository';

/**
 * Where a proposal stands with its confidentiality agreement.
 * - `inEffect`: an NDA signed by both sides covers the proposal (departments may read
 *   confidential sections);
 * - `skippable`: the proposer declared nothing confidential, so dialogue may start without one.
 *
 * Signed NDAs are recorded by the NDA module (the city-side issue); until one exists for a
 * proposal, no NDA is in effect and only a proposal with nothing confidential may skip the step.
 */
export type NdaState = { inEffect: boolean; skippable: boolean };

export async function getNdaState(
  _db: Executor,
  proposal: Pick<ProposalRow, 'confidentialSections'>,
): Promise<NdaState> {
  return { inEffect: false, skippable: proposal.confidentialSections.length === 0 };
}
