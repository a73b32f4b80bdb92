import type { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import type { NdaState } from '../api/get-nda';

type NextStepKey = Extract<
  keyof (typeof ndaMessages)['ja'],
  `next.${string}` | `staff.next.${string}` | 'countersign.next'
>;

/** What the reader should expect or do next about the NDA, as a message of the catalogue. */
export function nextStepKey(
  state: NdaState,
  proposalStatus: ProposalStatus,
  audience: 'proposer' | 'staff',
): NextStepKey {
  const { nda, can } = state;
  if (!nda) {
    if (can.open) {
      return audience === 'proposer' ? 'next.proposer.open' : 'staff.next.open';
    }
    return proposalStatus === 'nda' || proposalStatus === 'dialogue'
      ? 'next.notStarted'
      : 'next.beforeStep3';
  }
  switch (nda.status) {
    case 'awaiting_proposer':
      return can.sign ? 'next.sign' : 'next.awaitingProposer';
    case 'awaiting_city':
      if (can.countersign) {
        return 'countersign.next';
      }
      return audience === 'proposer' ? 'next.proposer.awaitingCity' : 'staff.next.awaitingCity';
    case 'in_effect':
      return 'next.inEffect';
    case 'void':
      return 'next.void';
  }
}
