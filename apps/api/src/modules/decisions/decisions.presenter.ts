import type { DecisionPublicView, DecisionView } from '@kyoso/contracts/decisions';
import { isoTimestamp } from '../shared/sql';
import type { DecisionRecord } from './decisions.repository';

/** A decision for the proposer: the conclusions and the reasons, never the internal notes. */
export function presentDecisionPublic(d: DecisionRecord): DecisionPublicView {
  return {
    version: d.version,
    outcome: d.outcome,
    fiscalBurden: d.fiscalBurden,
    fiscalAmountYen: d.fiscalAmountYen === null ? null : Number(d.fiscalAmountYen),
    budgetFiscalYear: d.budgetFiscalYear,
    supplementaryBudget: d.supplementaryBudget,
    fiscalExplanation: d.fiscalExplanation,
    original: d.original,
    originalityJustification: d.originalityJustification,
    exclusiveUse: d.exclusiveUse,
    fairnessMeasure: d.fairnessMeasure,
    lawsExamined: d.lawsExamined,
    conflictsFound: d.conflictsFound,
    specialZones: d.specialZones,
    decisionBody: d.decisionBody,
    decidedOn: d.decidedOn,
    holdKind: d.holdKind,
    resumeOn: d.resumeOn,
    holdFiscalYear: d.holdFiscalYear,
    declineReasonCodes: d.declineReasonCodes,
    declineReason: d.declineReason,
    recordedAt: isoTimestamp(d.createdAt)!,
    takenAt: isoTimestamp(d.takenAt),
  };
}

/** A decision for city staff: with the internal notes and who recorded it. */
export function presentDecisionStaff(d: DecisionRecord): DecisionView {
  return {
    ...presentDecisionPublic(d),
    internalNotes: d.internalNotes,
    recordedBy: { name: d.recordedByName },
  };
}
