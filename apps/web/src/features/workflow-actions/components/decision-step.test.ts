import { describe, expect, it } from 'vitest';
import type { ProposalStatus, WorkflowAction } from '@kyoso/contracts/workflow';
import { decisionStep, type RecordedDecision } from './decision-step';

function recorded(outcome: RecordedDecision['outcome'], takenAt: string | null = null) {
  return {
    version: 2,
    outcome,
    takenAt,
    resumeOn: outcome === 'hold' ? '2027-09-01' : null,
    declineReasonCodes: outcome === 'decline' ? (['fiscal_burden'] as const) : [],
    declineReason: outcome === 'decline' ? '予算の見通しが立たないため' : '',
  } satisfies RecordedDecision as RecordedDecision;
}

describe('what the action panel says about the STEP 4 decision', () => {
  it.each<
    [string, ProposalStatus, WorkflowAction[], boolean, RecordedDecision | null, string | null]
  >([
    ['nothing recorded: record it first', 'internal_review', [], true, null, 'record'],
    [
      'recorded adopt: carry it out',
      'internal_review',
      ['adopt'],
      true,
      recorded('adopt'),
      'adopt',
    ],
    ['recorded hold: carry it out', 'internal_review', ['hold'], true, recorded('hold'), 'hold'],
    [
      'recorded decline: carry it out',
      'internal_review',
      ['decline'],
      true,
      recorded('decline'),
      'decline',
    ],
    [
      'on hold, nothing new recorded: resume, or record first',
      'on_hold',
      ['resume'],
      true,
      recorded('hold', '2026-11-01T00:00:00Z'),
      'record',
    ],
    [
      'on hold, a decline recorded: carry it out',
      'on_hold',
      ['resume', 'decline'],
      true,
      recorded('decline'),
      'decline',
    ],
    [
      'on hold, an adoption recorded: resume first',
      'on_hold',
      ['resume'],
      true,
      recorded('adopt'),
      'resume_first',
    ],
    ['the desk on hold may only resume', 'on_hold', ['resume'], false, null, null],
    ['a supporting department reads only', 'internal_review', [], false, recorded('adopt'), null],
    ['a desk decline at STEP 2 needs no decision', 'submitted', ['decline'], false, null, null],
    ['after the decision nothing is said', 'agreement', [], false, recorded('adopt', 'x'), null],
  ])('%s', (_name, status, actions, canRecordDecision, decision, expected) => {
    const step = decisionStep({ status, actions, canRecordDecision, decision });
    expect(step === null ? null : step.kind === 'carry_out' ? step.action : step.kind).toBe(
      expected,
    );
  });
});
