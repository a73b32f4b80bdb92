/**
 * The STEP 6 evaluation as part of the case: it answers for the guard of `complete` (recorded,
 * with the same next stage), says who may write and comment, and gives it to both sides.
 */
import { textOf } from '@kyoso/i18n/core';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { defineCasePlugin, type CaseAccess } from '../proposals/proposals.case';
import { evaluationPermissions, evaluationRecorded } from './evaluations.policies';
import { presentEvaluation } from './evaluations.presenter';
import { evaluationStateSql, type EvaluationState } from './evaluations.repository';

const EMPTY: EvaluationState = { current: null, comment: null };

export const evaluationsCase = defineCasePlugin<EvaluationState>({
  name: 'evaluations',
  state: evaluationStateSql,
  guards: {
    evaluation_recorded: (state, { input }) =>
      evaluationRecorded(state ?? EMPTY, input && 'outcome' in input ? input.outcome : undefined),
  },
  guardMessages: { evaluation_recorded: 'detail.evaluations.recorded' },
  permissions: (state, access) =>
    evaluationPermissions(access.relations, access.proposal.status, state ?? EMPTY),
  view: (state, access) => ({ evaluation: presentEvaluation(state ?? EMPTY, access.audience) }),
  emailFacts: (state, _access, action) => {
    const current = (state ?? EMPTY).current;
    if (action !== 'complete' || !current) {
      return [];
    }
    return [
      [
        textOf(recordsMessages, 'mail.fact.nextStage'),
        textOf(workflowMessages, `outcome.${current.nextStage}`),
      ],
    ];
  },
  events: {
    evaluation_recorded: (event) =>
      textOf(recordsMessages, 'event.evaluation_recorded', { version: Number(event.data.version) }),
    evaluation_commented: () => textOf(recordsMessages, 'event.evaluation_commented'),
  },
});

/** The proposal's evaluation, as loaded with the case. */
export function evaluationOf(access: CaseAccess): EvaluationState {
  return (access.states.get(evaluationsCase.name) as EvaluationState | undefined) ?? EMPTY;
}
