/**
 * The lead department's agreement form as values (what the inputs hold) and as the request the
 * contract checks (`agreementInputSchema`). Pure, so that its rules are tested with tables.
 */
import type {
  Agreement,
  AgreementType,
  ContractMethod,
  CouncilVote,
} from '@kyoso/contracts/agreements';
import type { AgreementBody } from '../api/record-agreement';

export type PartyValues = { name: string; representative: string };

export type AgreementValues = {
  type: AgreementType;
  /** '' while no method is chosen (and always for anything but a contract). */
  contractMethod: ContractMethod | '';
  openCall: boolean;
  openCallProtection: string;
  parties: PartyValues[];
  startsOn: string;
  endsOn: string;
  cityCommitments: string;
  companyCommitments: string;
  councilVote: CouncilVote;
  /** `YYYY-MM`, the first month of the council session; '' while none is chosen. */
  councilSessionMonth: string;
};

/**
 * The form's first values: the latest version's terms (to revise them), or a new agreement
 * between the city and the proposer's organisation, with the council vote the calendar suggests.
 */
export function toAgreementValues(
  agreement: Agreement | null,
  defaults: { organizationName: string; suggestedSessionMonth: string | null },
): AgreementValues {
  if (agreement) {
    return {
      type: agreement.type,
      contractMethod: agreement.contractMethod ?? '',
      openCall: agreement.openCall,
      openCallProtection: agreement.openCallProtection,
      parties: agreement.parties.map((p) => ({ ...p })),
      startsOn: agreement.startsOn,
      endsOn: agreement.endsOn,
      cityCommitments: agreement.cityCommitments,
      companyCommitments: agreement.companyCommitments,
      councilVote: agreement.councilVote,
      councilSessionMonth: agreement.councilSession?.startMonth ?? '',
    };
  }
  return {
    type: 'pilot',
    contractMethod: '',
    openCall: false,
    openCallProtection: '',
    parties: [
      { name: '', representative: '' },
      { name: defaults.organizationName, representative: '' },
    ],
    startsOn: '',
    endsOn: '',
    cityCommitments: '',
    companyCommitments: '',
    councilVote: defaults.suggestedSessionMonth ? 'budget' : 'none',
    councilSessionMonth: defaults.suggestedSessionMonth ?? '',
  };
}

/** An open call for proposals and a tender are open calls by definition. */
export function isOpenMethod(method: ContractMethod | ''): boolean {
  return method === 'open_proposal' || method === 'tender';
}

/**
 * The values after one change, kept coherent: only a contract has a method, and choosing an
 * open method ticks the open call (the proposer must be told of it).
 */
export function changeAgreementValues<K extends keyof AgreementValues>(
  values: AgreementValues,
  key: K,
  value: AgreementValues[K],
): AgreementValues {
  const next = { ...values, [key]: value };
  if (key === 'type' && value !== 'contract') {
    next.contractMethod = '';
  }
  if (key === 'contractMethod' && isOpenMethod(next.contractMethod)) {
    next.openCall = true;
  }
  return next;
}

/** What the form sends: fields that do not apply are left out as the contract expects. */
export function toAgreementRequest(
  values: AgreementValues,
  expectedVersion: number,
): AgreementBody {
  const contract = values.type === 'contract';
  return {
    type: values.type,
    contractMethod: contract && values.contractMethod !== '' ? values.contractMethod : null,
    openCall: values.openCall,
    openCallProtection: values.openCall ? values.openCallProtection : '',
    parties: values.parties,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    cityCommitments: values.cityCommitments,
    companyCommitments: values.companyCommitments,
    councilVote: values.councilVote,
    councilSessionMonth:
      values.councilVote === 'none' || values.councilSessionMonth === ''
        ? null
        : values.councilSessionMonth,
    expectedVersion,
  };
}
