/**
 * The STEP 4 decision as part of the case: it answers for the guard of adopt, hold and decline
 * (`decision_matches`), says who may read and record it, gives each audience its view (the
 * proposer reads a decision once it is acted on, never the internal notes), and marks the
 * version a transition carried out.
 */
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { defineCasePlugin, type CaseAccess } from '../proposals/proposals.case';
import {
  DECISION_ACTIONS,
  DECIDING_STATUSES,
  canRecordDecision,
  decisionMatches,
  isCityStaff,
  visibleDecision,
} from './decisions.policies';
import { presentDecisionPublic, presentDecisionStaff } from './decisions.presenter';
import { decisionStateSql, markDecisionTaken, type DecisionState } from './decisions.repository';

function outcomeKey(outcome: unknown) {
  const known = ['adopt', 'hold', 'decline'] as const;
  const value = known.find((o) => o === outcome) ?? 'adopt';
  return `decision.outcome.${value}` as const;
}

const EMPTY: DecisionState = { current: null, taken: null };

export const decisionsCase = defineCasePlugin<DecisionState>({
  name: 'decisions',
  state: decisionStateSql,
  guards: {
    decision_matches: (state, { access, action, input }) =>
      decisionMatches({
        status: access.proposal.status,
        action,
        current: (state ?? EMPTY).current,
        input:
          input && 'resumeOn' in input
            ? { resumeOn: input.resumeOn }
            : input && 'reasonCodes' in input
              ? { reasonCodes: input.reasonCodes }
              : undefined,
      }),
  },
  guardMessages: { decision_matches: 'detail.decisions.record_first' },
  permissions: (state, access) => {
    const visible = visibleDecision(access.relations, state ?? EMPTY);
    const deciding = DECIDING_STATUSES.includes(access.proposal.status);
    return {
      readDecision: visible !== null || (deciding && isCityStaff(access.relations)),
      recordDecision: canRecordDecision(access.relations, access.proposal.status) === 'yes',
    };
  },
  view: (state, access) => {
    const visible = visibleDecision(access.relations, state ?? EMPTY);
    return {
      decision: visible
        ? access.audience === 'staff'
          ? presentDecisionStaff(visible)
          : presentDecisionPublic(visible)
        : null,
    };
  },
  events: {
    decision_recorded: (event) =>
      textOf(recordsMessages, 'event.decision_recorded', {
        version: Number(event.data.version ?? 1),
        outcome: textOf(recordsMessages, outcomeKey(event.data.outcome)),
      }),
  },
  emailFacts: (state, _access, action) => {
    const taken = (state ?? EMPTY).taken;
    if (!taken || !(DECISION_ACTIONS as readonly string[]).includes(action)) {
      return [];
    }
    // These messages have no placeholder.
    const words = (key: keyof typeof recordsMessages.ja) =>
      textOf(recordsMessages, key as 'decision.title');
    return [
      [words('decision.fiscalBurden.label'), words(`decision.fiscalBurden.${taken.fiscalBurden}`)],
      [
        words('decision.original.label'),
        words(taken.original ? 'decision.original.yes' : 'decision.original.no'),
      ],
      [words('decision.exclusiveUse.label'), words(`decision.exclusiveUse.${taken.exclusiveUse}`)],
    ];
  },
  onTransition: async (state, { db, access, action, now }) => {
    const current = (state ?? EMPTY).current;
    if (
      current &&
      current.takenAt === null &&
      DECIDING_STATUSES.includes(access.proposal.status) &&
      (DECISION_ACTIONS as readonly string[]).includes(action)
    ) {
      await markDecisionTaken(db, current.id, now);
    }
  },
});

/** The proposal's decisions, as loaded with the case. */
export function decisionsOf(access: CaseAccess): DecisionState {
  return (access.states.get(decisionsCase.name) as DecisionState | undefined) ?? EMPTY;
}
