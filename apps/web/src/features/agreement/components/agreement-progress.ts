/**
 * Where the agreement stands on its way to signing, and what the reader should do or expect
 * next. `sign_agreement` needs three things on the latest version (the API's guard
 * `agreement_ready`): the terms, the proposer's confirmation, the signed PDF with its date.
 */
import type { Agreement } from '@kyoso/contracts/agreements';
import type { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { ProposalStatus } from '@kyoso/contracts/workflow';

type Key = keyof (typeof recordsMessages)['ja'];

export const SIGNING_ITEMS = ['terms', 'confirmed', 'document'] as const;
export type SigningItem = (typeof SIGNING_ITEMS)[number];

/** Each thing signing needs, done or not. */
export function signingChecklist(
  agreement: Pick<Agreement, 'confirmedAt' | 'signedOn' | 'document'> | null,
): Array<{ item: SigningItem; done: boolean }> {
  const done: Record<SigningItem, boolean> = {
    terms: agreement !== null,
    confirmed: agreement?.confirmedAt != null,
    document: agreement?.document != null && agreement.signedOn !== null,
  };
  return SIGNING_ITEMS.map((item) => ({ item, done: done[item] }));
}

/** What comes next, as a message of the `records` catalogue. */
export function agreementNextStep(
  agreement: Pick<Agreement, 'confirmedAt' | 'signedOn' | 'document'> | null,
  status: ProposalStatus,
  can: { recordAgreement: boolean; confirmAgreement: boolean },
  audience: 'proposer' | 'staff',
): Extract<Key, `agreement.next.${string}`> {
  if (status !== 'agreement') {
    return agreement?.signedOn ? 'agreement.next.signed' : 'agreement.next.closed';
  }
  const proposer = audience === 'proposer';
  if (!agreement) {
    return can.recordAgreement
      ? 'agreement.next.record'
      : proposer
        ? 'agreement.next.proposer.waitTerms'
        : 'agreement.next.waitTerms';
  }
  if (!agreement.confirmedAt) {
    return can.confirmAgreement
      ? 'agreement.next.proposer.confirm'
      : 'agreement.next.waitConfirmation';
  }
  if (!agreement.document || !agreement.signedOn) {
    return can.recordAgreement
      ? 'agreement.next.upload'
      : proposer
        ? 'agreement.next.proposer.waitSigning'
        : 'agreement.next.waitSigning';
  }
  return proposer ? 'agreement.next.proposer.ready' : 'agreement.next.ready';
}
