/**
 * The decision form's values and what it sends: pure, so that the rules of what applies to which
 * outcome and burden, and what the budget calendar offers, are tested with tables of cases.
 */
import type {
  DecisionDeclineReason,
  DecisionGuide,
  DecisionOutcome,
  DecisionView,
  ExclusiveUse,
  FiscalBurden,
  HoldKind,
} from '@kyoso/contracts/decisions';

/** What the form holds: texts as typed, choices not yet made as ''. */
export type DecisionValues = {
  outcome: DecisionOutcome | '';
  fiscalBurden: FiscalBurden | '';
  fiscalAmountYen: string;
  budgetFiscalYear: string;
  supplementaryBudget: boolean;
  fiscalExplanation: string;
  original: 'yes' | 'no' | '';
  originalityJustification: string;
  exclusiveUse: ExclusiveUse | '';
  fairnessMeasure: string;
  lawsExamined: string;
  conflictsFound: string;
  specialZones: string;
  decisionBody: string;
  decidedOn: string;
  holdKind: HoldKind | '';
  holdUntil: string;
  holdFiscalYear: string;
  declineReasonCodes: DecisionDeclineReason[];
  declineReason: string;
  internalNotes: string;
};

/**
 * The form's starting point: the current version when revising it (the new version starts from
 * what was decided), otherwise empty choices, today as the date of the decision and the
 * calendar's earliest fiscal year for a new budget.
 */
export function toDecisionValues(
  current: DecisionView | null,
  guide: DecisionGuide | null,
): DecisionValues {
  if (!current) {
    return {
      outcome: '',
      fiscalBurden: '',
      fiscalAmountYen: '',
      budgetFiscalYear: guide ? String(guide.earliestBudgetFiscalYear) : '',
      supplementaryBudget: false,
      fiscalExplanation: '',
      original: '',
      originalityJustification: '',
      exclusiveUse: '',
      fairnessMeasure: '',
      lawsExamined: '',
      conflictsFound: '',
      specialZones: '',
      decisionBody: '',
      decidedOn: guide?.today ?? '',
      holdKind: '',
      holdUntil: '',
      holdFiscalYear: '',
      declineReasonCodes: [],
      declineReason: '',
      internalNotes: '',
    };
  }
  return {
    outcome: current.outcome,
    fiscalBurden: current.fiscalBurden,
    fiscalAmountYen: current.fiscalAmountYen === null ? '' : String(current.fiscalAmountYen),
    budgetFiscalYear:
      current.budgetFiscalYear === null
        ? guide
          ? String(guide.earliestBudgetFiscalYear)
          : ''
        : String(current.budgetFiscalYear),
    supplementaryBudget: current.supplementaryBudget,
    fiscalExplanation: current.fiscalExplanation,
    original: current.original ? 'yes' : 'no',
    originalityJustification: current.originalityJustification,
    exclusiveUse: current.exclusiveUse,
    fairnessMeasure: current.fairnessMeasure,
    lawsExamined: current.lawsExamined,
    conflictsFound: current.conflictsFound,
    specialZones: current.specialZones,
    decisionBody: current.decisionBody,
    decidedOn: current.decidedOn,
    holdKind: current.holdKind ?? '',
    holdUntil: current.holdKind === 'date' ? (current.resumeOn ?? '') : '',
    holdFiscalYear: current.holdFiscalYear === null ? '' : String(current.holdFiscalYear),
    declineReasonCodes: [...current.declineReasonCodes],
    declineReason: current.declineReason,
    internalNotes: current.internalNotes,
  };
}

/**
 * A whole number of yen as typed (`1,200,000`, `１２００円`): digits only, or the text itself when
 * it is not a number (the contract's schema then says so next to the field).
 */
export function parseYen(text: string): number | string | null {
  const normalised = text
    .normalize('NFKC')
    .replace(/[,\s円¥]/g, '')
    .trim();
  if (normalised === '') {
    return null;
  }
  return /^\d+$/.test(normalised) ? Number(normalised) : text;
}

function yearOrNull(text: string): number | null {
  return text === '' ? null : Number(text);
}

/**
 * The request the contract checks: what does not apply is left empty (an amount without city
 * money, a budget year without a new budget, a fairness measure without exclusive use, a hold's
 * end unless held, reasons unless declined), so a field the form hides never blocks sending.
 */
export function toDecisionRequest(values: DecisionValues, expectedVersion: number): unknown {
  const newBudget = values.fiscalBurden === 'new_budget';
  const hold = values.outcome === 'hold';
  const decline = values.outcome === 'decline';
  return {
    outcome: values.outcome,
    fiscalBurden: values.fiscalBurden,
    fiscalAmountYen:
      values.fiscalBurden === 'none' || values.fiscalBurden === ''
        ? null
        : parseYen(values.fiscalAmountYen),
    budgetFiscalYear: newBudget ? yearOrNull(values.budgetFiscalYear) : null,
    supplementaryBudget: newBudget && values.supplementaryBudget,
    fiscalExplanation: values.fiscalExplanation,
    original: values.original === '' ? undefined : values.original === 'yes',
    originalityJustification: values.originalityJustification,
    exclusiveUse: values.exclusiveUse,
    fairnessMeasure: values.exclusiveUse === 'none' ? '' : values.fairnessMeasure,
    lawsExamined: values.lawsExamined,
    conflictsFound: values.conflictsFound,
    specialZones: values.specialZones,
    decisionBody: values.decisionBody,
    decidedOn: values.decidedOn,
    holdKind: hold && values.holdKind !== '' ? values.holdKind : null,
    holdUntil: hold && values.holdKind === 'date' && values.holdUntil ? values.holdUntil : null,
    holdFiscalYear:
      hold && values.holdKind === 'budget_cycle' ? yearOrNull(values.holdFiscalYear) : null,
    declineReasonCodes: decline ? values.declineReasonCodes : [],
    declineReason: decline ? values.declineReason : '',
    internalNotes: values.internalNotes,
    expectedVersion,
  };
}

/** The fiscal year `guide.today` falls in (the earliest budget year is one or two after it). */
export function currentFiscalYear(
  guide: Pick<DecisionGuide, 'earliestBudgetFiscalYear' | 'afterCutoff'>,
) {
  return guide.earliestBudgetFiscalYear - (guide.afterCutoff ? 2 : 1);
}

/**
 * The fiscal years a new budget may go to: from the calendar's earliest (the initial budget),
 * or from this year with a supplementary budget; three years on; and the year already chosen.
 */
export function budgetYearOptions(
  guide: Pick<DecisionGuide, 'earliestBudgetFiscalYear' | 'afterCutoff'>,
  supplementary: boolean,
  chosen: string,
): number[] {
  const first = supplementary ? currentFiscalYear(guide) : guide.earliestBudgetFiscalYear;
  const years = new Set<number>();
  for (let year = first; year <= guide.earliestBudgetFiscalYear + 2; year += 1) {
    years.add(year);
  }
  if (/^\d{4}$/.test(chosen)) {
    years.add(Number(chosen));
  }
  return [...years].sort((a, b) => a - b);
}
