/** Who may read and write the STEP 5 agreement and the public summary. Pure rules. */
import type { ProposalStatus, WorkflowActor } from '@kyoso/contracts/workflow';
import type { AgreementState } from './agreements.repository';

/** The terms are written while the proposal is in STEP 5 (adopted, not yet signed). */
export const AGREEMENT_STATUS: ProposalStatus = 'agreement';

/** Statuses in which the project exists: its summary may be written and consented to. */
export const PROJECT_STATUSES: readonly ProposalStatus[] = [
  'agreement',
  'in_progress',
  'evaluation',
  'completed',
];

export function agreementPermissions(
  relations: readonly WorkflowActor[],
  status: ProposalStatus,
  state: AgreementState,
) {
  const lead = relations.includes('lead_department');
  const proposer = relations.includes('proposer');
  const current = state.current;
  return {
    readAgreement: current !== null || status === AGREEMENT_STATUS,
    recordAgreement: lead && status === AGREEMENT_STATUS,
    confirmAgreement:
      proposer && status === AGREEMENT_STATUS && current !== null && current.confirmedAt === null,
    writePublicSummary: lead && PROJECT_STATUSES.includes(status),
    consentPublicSummary: proposer && state.summary !== null,
  };
}

/**
 * The agreement may be signed (`sign_agreement`): its terms are recorded, the proposer confirmed
 * the latest version, and the signing date and the signed document are on it.
 */
export function agreementReady(state: AgreementState): boolean {
  const current = state.current;
  return (
    current !== null &&
    current.confirmedAt !== null &&
    current.signedOn !== null &&
    current.documentKey !== null
  );
}
