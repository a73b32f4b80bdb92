/**
 * STEP 4 decisions: the lead department records the decision on the city's published criteria
 * (a new version each time), then carries it out with adopt, hold or decline; the proposer reads
 * it once it is acted on. Each version is written in one transaction with its timeline entry and
 * its audit row.
 */
import {
  budgetCycleStart,
  cutoffDateOf,
  earliestBudgetFiscalYear,
  fiscalYearOf,
  isAfterCutoff,
} from '@kyoso/calendar/budget-calendar';
import { tokyoDate } from '@kyoso/calendar/dates';
import type { CalendarSettings } from '@kyoso/contracts/calendar';
import type { DecisionGuide, DecisionInput } from '@kyoso/contracts/decisions';
import type { AppContext } from '../../app-context';
import { recordAuditEvent } from '../audit/audit.repository';
import { lockProposal } from '../proposals/proposals.repository';
import { recordCaseEvent } from '../proposals/proposals.timeline';
import { getCalendarSettings } from '../settings/settings.service';
import { AppError, type ErrorDetailInput } from '../shared/errors';
import type { Actor } from '../users/actor';
import { decisionsOf } from './decisions.case';
import { canRecordDecision, isCityStaff, visibleDecision } from './decisions.policies';
import { presentDecisionPublic, presentDecisionStaff } from './decisions.presenter';
import {
  findDecisionVersions,
  insertDecision,
  latestDecisionVersion,
  type DecisionRecord,
} from './decisions.repository';

type Args = { ctx: AppContext; actor: Actor; proposalId: string };

/** What the budget calendar says on `today` to whoever records a decision. */
export function decisionGuide(today: string, settings: CalendarSettings): DecisionGuide {
  const fy = fiscalYearOf(today, settings);
  return {
    today,
    earliestBudgetFiscalYear: earliestBudgetFiscalYear(today, settings),
    afterCutoff: isAfterCutoff(today, settings),
    cutoffDate: cutoffDateOf(fy, settings),
    budgetCycles: [fy + 1, fy + 2, fy + 3]
      .map((fiscalYear) => ({ fiscalYear, startsOn: budgetCycleStart(fiscalYear, settings) }))
      .filter((cycle) => cycle.startsOn > today),
  };
}

function present(record: DecisionRecord | null, staff: boolean) {
  if (!record) {
    return null;
  }
  return staff ? presentDecisionStaff(record) : presentDecisionPublic(record);
}

/** The decision as the caller may read it, and the calendar's guide for whoever records it. */
export async function getDecision(args: Args) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  const staff = isCityStaff(access.relations);
  const decision = present(visibleDecision(access.relations, decisionsOf(access)), staff);
  const recorder = canRecordDecision(access.relations, access.proposal.status) === 'yes';
  const guide = recorder
    ? decisionGuide(tokyoDate(ctx.now()), await getCalendarSettings(ctx.db))
    : null;
  return { decision, guide };
}

/** Every version, newest first (city staff). @throws proposals.not_found, auth.forbidden */
export async function listDecisionVersions(args: Args) {
  const { ctx, actor, proposalId } = args;
  const access = await ctx.cases.load(ctx.db, actor, proposalId);
  if (!isCityStaff(access.relations)) {
    throw new AppError('auth.forbidden');
  }
  const versions = await findDecisionVersions(ctx.db, proposalId);
  return versions.map(presentDecisionStaff);
}

/** The parts of the input that do not apply to the outcome or the burden, emptied. */
function normalise(input: DecisionInput) {
  const newBudget = input.fiscalBurden === 'new_budget';
  const hold = input.outcome === 'hold';
  const decline = input.outcome === 'decline';
  return {
    outcome: input.outcome,
    fiscalBurden: input.fiscalBurden,
    fiscalAmountYen: input.fiscalBurden === 'none' ? null : input.fiscalAmountYen,
    budgetFiscalYear: newBudget ? input.budgetFiscalYear : null,
    supplementaryBudget: newBudget ? input.supplementaryBudget : false,
    fiscalExplanation: input.fiscalExplanation,
    original: input.original,
    originalityJustification: input.originalityJustification,
    exclusiveUse: input.exclusiveUse,
    fairnessMeasure: input.exclusiveUse === 'none' ? '' : input.fairnessMeasure,
    lawsExamined: input.lawsExamined,
    conflictsFound: input.conflictsFound,
    specialZones: input.specialZones,
    decisionBody: input.decisionBody,
    decidedOn: input.decidedOn,
    holdKind: hold ? input.holdKind : null,
    holdUntil: hold && input.holdKind === 'date' ? input.holdUntil : null,
    holdFiscalYear: hold && input.holdKind === 'budget_cycle' ? input.holdFiscalYear : null,
    declineReasonCodes: decline ? [...new Set(input.declineReasonCodes)] : [],
    declineReason: decline ? input.declineReason : '',
    internalNotes: input.internalNotes,
  };
}

/**
 * Checks the decision against the calendar: a hold ends after today, and a new budget goes to a
 * fiscal year whose initial budget can still take it (or to a supplementary budget).
 * @returns the day a hold ends, or null
 */
function checkAgainstCalendar(
  values: ReturnType<typeof normalise>,
  today: string,
  settings: CalendarSettings,
): string | null {
  const details: ErrorDetailInput[] = [];
  let resumeOn: string | null = null;
  if (values.holdKind === 'date' && values.holdUntil) {
    resumeOn = values.holdUntil;
    if (resumeOn <= today) {
      details.push({
        path: 'holdUntil',
        code: 'decisions.hold_in_past',
        message: { key: 'detail.decisions.hold_in_past' },
      });
    }
  }
  if (values.holdKind === 'budget_cycle' && values.holdFiscalYear) {
    resumeOn = budgetCycleStart(values.holdFiscalYear, settings);
    if (resumeOn <= today) {
      details.push({
        path: 'holdFiscalYear',
        code: 'decisions.cycle_started',
        message: { key: 'detail.decisions.cycle_started', vars: { startsOn: resumeOn } },
      });
    }
  }
  const earliest = earliestBudgetFiscalYear(today, settings);
  if (
    values.budgetFiscalYear !== null &&
    !values.supplementaryBudget &&
    values.budgetFiscalYear < earliest
  ) {
    details.push({
      path: 'budgetFiscalYear',
      code: 'decisions.fiscal_year_too_early',
      message: { key: 'detail.decisions.fiscal_year_too_early', vars: { earliest } },
    });
  }
  if (details.length > 0) {
    throw new AppError('request.invalid_body', { details });
  }
  return resumeOn;
}

/**
 * Records a new version of the decision (the lead department, under review or on hold).
 * @throws proposals.not_found, auth.forbidden, decisions.not_deciding, decisions.version_conflict,
 *   request.invalid_body (a date the calendar rules out)
 */
export async function recordDecision(args: Args & { input: DecisionInput; ip: string | null }) {
  const { ctx, actor, proposalId, input, ip } = args;
  const today = tokyoDate(ctx.now());
  const settings = await getCalendarSettings(ctx.db);
  await ctx.db.transaction(async (tx) => {
    const access = await ctx.cases.load(tx, actor, proposalId);
    const allowed = canRecordDecision(access.relations, access.proposal.status);
    if (allowed === 'forbidden') {
      throw new AppError('auth.forbidden');
    }
    if (allowed === 'wrong_status') {
      throw new AppError('decisions.not_deciding');
    }
    await lockProposal(tx, proposalId);
    const latest = await latestDecisionVersion(tx, proposalId);
    if (input.expectedVersion !== undefined && input.expectedVersion !== latest) {
      throw new AppError('decisions.version_conflict');
    }
    const values = normalise(input);
    const resumeOn = checkAgainstCalendar(values, today, settings);
    const row = await insertDecision(tx, {
      ...values,
      proposalId,
      version: latest + 1,
      resumeOn,
      recordedBy: actor.id,
      createdAt: ctx.now(),
    });
    // The proposer learns of the decision when it is carried out (adopt, hold or decline).
    await recordCaseEvent(tx, {
      proposalId,
      type: 'decision_recorded',
      actor,
      data: { version: row.version, outcome: row.outcome },
      visibility: 'internal',
    });
    await recordAuditEvent(tx, {
      actorUserId: actor.id,
      action: 'decision.recorded',
      subjectType: 'proposal',
      subjectId: proposalId,
      data: { decisionId: row.id, version: row.version, outcome: row.outcome },
      ip,
    });
  });
  return getDecision(args);
}
