/**
 * The STEP 5 agreement as part of the case: it answers for the guard of `sign_agreement`
 * (terms recorded, confirmed by the proposer, signed document and date on them), says who may
 * write, confirm and consent, and gives the agreement to both sides.
 */
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { dateVar } from '@kyoso/i18n/format';
import { decisionsOf } from '../decisions/decisions.case';
import { visibleDecision } from '../decisions/decisions.policies';
import { defineCasePlugin, type CaseAccess } from '../proposals/proposals.case';
import { agreementPermissions, agreementReady } from './agreements.policies';
import { presentAgreement } from './agreements.presenter';
import { agreementStateSql, type AgreementState } from './agreements.repository';

const EMPTY: AgreementState = { current: null, summary: null };

/** The agreement as presented to the caller (with the decision's originality for a 随意契約). */
export function agreementViewFor(access: CaseAccess) {
  const decision = visibleDecision(access.relations, decisionsOf(access));
  return presentAgreement(agreementOf(access), access.audience, {
    originalityJustification: decision?.original ? decision.originalityJustification : null,
  });
}

export const agreementsCase = defineCasePlugin<AgreementState>({
  name: 'agreements',
  state: agreementStateSql,
  guards: { agreement_ready: (state) => agreementReady(state ?? EMPTY) },
  guardMessages: { agreement_ready: 'detail.agreements.ready' },
  permissions: (state, access) =>
    agreementPermissions(access.relations, access.proposal.status, state ?? EMPTY),
  view: (_state, access) => ({ agreement: agreementViewFor(access) }),
  emailFacts: (state, _access, action) => {
    const current = (state ?? EMPTY).current;
    if (action !== 'sign_agreement' || !current) {
      return [];
    }
    return [
      [
        textOf(recordsMessages, 'mail.fact.agreementType'),
        textOf(recordsMessages, `agreement.type.${current.type}`),
      ],
      [
        textOf(recordsMessages, 'mail.fact.period'),
        textOf(recordsMessages, 'agreement.period', {
          start: dateVar(current.startsOn),
          end: dateVar(current.endsOn),
        }),
      ],
    ];
  },
  events: {
    agreement_recorded: (event) =>
      textOf(recordsMessages, 'event.agreement_recorded', { version: Number(event.data.version) }),
    agreement_confirmed: (event) =>
      textOf(recordsMessages, 'event.agreement_confirmed', {
        version: Number(event.data.version),
      }),
    agreement_document: (event) =>
      textOf(recordsMessages, 'event.agreement_document', {
        signedOn: dateVar(String(event.data.signedOn)),
      }),
    public_summary_written: () => textOf(recordsMessages, 'event.public_summary_written'),
    public_summary_consented: () => textOf(recordsMessages, 'event.public_summary_consented'),
    public_summary_withdrawn: () => textOf(recordsMessages, 'event.public_summary_withdrawn'),
  },
});

/** The proposal's agreement, as loaded with the case. */
export function agreementOf(access: CaseAccess): AgreementState {
  return (access.states.get(agreementsCase.name) as AgreementState | undefined) ?? EMPTY;
}
