import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '@kyoso/i18n/core';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { loadAllCatalogues } from '@kyoso/i18n/server';
import {
  ACTIONS,
  PROPOSAL_STATUSES,
  STATUSES,
  WORKFLOW_ACTIONS,
  WORKFLOW_ACTORS,
  actionsFor,
  canTakeAction,
  type ProposalStatus,
  type WorkflowAction,
  type WorkflowActor,
} from './workflow';
import { transitionBodySchema } from './transitions';
import { publicStatusLabel } from './workflow-text';

beforeAll(() => loadAllCatalogues());

/**
 * The workflow of the foundation issue, written out independently of the table in workflow.ts:
 * every (action, from status, actor) that is allowed, and where it leads. Every other triple must
 * be refused.
 */
const EXPECTED: Array<[WorkflowAction, ProposalStatus[], WorkflowActor[], ProposalStatus]> = [
  ['submit', ['draft'], ['proposer'], 'submitted'],
  ['request_info', ['submitted', 'routing'], ['coordinator'], 'more_info_requested'],
  ['provide_info', ['more_info_requested'], ['proposer'], 'submitted'],
  ['accept_for_routing', ['submitted'], ['coordinator'], 'routing'],
  ['route', ['routing'], ['coordinator'], 'awaiting_department'],
  ['accept_assignment', ['awaiting_department'], ['lead_department'], 'nda'],
  ['return_assignment', ['awaiting_department'], ['lead_department'], 'routing'],
  ['start_dialogue', ['nda'], ['lead_department'], 'dialogue'],
  ['send_to_review', ['dialogue'], ['lead_department'], 'internal_review'],
  ['adopt', ['internal_review'], ['lead_department'], 'agreement'],
  ['hold', ['internal_review'], ['lead_department'], 'on_hold'],
  ['resume', ['on_hold'], ['lead_department', 'coordinator'], 'internal_review'],
  ['decline', ['submitted', 'more_info_requested', 'routing'], ['coordinator'], 'declined'],
  ['decline', ['internal_review', 'on_hold'], ['lead_department'], 'declined'],
  ['sign_agreement', ['agreement'], ['lead_department'], 'in_progress'],
  ['start_evaluation', ['in_progress'], ['lead_department'], 'evaluation'],
  ['complete', ['evaluation'], ['lead_department'], 'completed'],
  [
    'withdraw',
    [
      'submitted',
      'more_info_requested',
      'routing',
      'awaiting_department',
      'nda',
      'dialogue',
      'internal_review',
      'on_hold',
      'agreement',
      'in_progress',
      'evaluation',
    ],
    ['proposer'],
    'withdrawn',
  ],
];

function expectedOutcome(action: WorkflowAction, status: ProposalStatus, actor: WorkflowActor) {
  return EXPECTED.find(
    ([a, from, actors]) => a === action && from.includes(status) && actors.includes(actor),
  );
}

describe('the workflow table', () => {
  const triples = PROPOSAL_STATUSES.flatMap((status) =>
    WORKFLOW_ACTIONS.flatMap((action) =>
      WORKFLOW_ACTORS.map((actor) => [status, action, actor] as const),
    ),
  );

  it(`decides all ${PROPOSAL_STATUSES.length * WORKFLOW_ACTIONS.length * WORKFLOW_ACTORS.length} (status, action, actor) triples as specified`, () => {
    const mismatches = triples.filter(([status, action, actor]) => {
      const expected = expectedOutcome(action, status, actor);
      const allowed = canTakeAction(action, status, [actor]);
      return (
        allowed !== (expected !== undefined) || (expected && ACTIONS[action].to !== expected[3])
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('has a STEP, labels and the next actors for every status', () => {
    const ja = translator(workflowMessages, 'ja');
    const en = translator(workflowMessages, 'en');
    for (const status of PROPOSAL_STATUSES) {
      const definition = STATUSES[status];
      expect(
        ja(`status.${status}.public`, { department: '', resumeOn: '' }).length,
      ).toBeGreaterThan(0);
      expect(en(`status.${status}.staff`).length).toBeGreaterThan(0);
      expect(definition.terminal).toBe(definition.nextActors.length === 0);
    }
    expect(STATUSES.declined.step).toBe('end');
    expect(STATUSES.withdrawn.step).toBe('end');
    expect(STATUSES.completed.step).toBe(6);
    expect(STATUSES.submitted.clock).toEqual({ kind: 'screening', businessDays: 10 });
    expect(STATUSES.awaiting_department.clock).toEqual({
      kind: 'department_acceptance',
      businessDays: 5,
    });
  });

  it('lets every open status be left and no ended one', () => {
    for (const status of PROPOSAL_STATUSES) {
      const exits = WORKFLOW_ACTORS.flatMap((actor) => actionsFor(status, [actor]));
      expect(exits.length > 0, status).toBe(!STATUSES[status].terminal);
    }
  });

  it('lets the proposer withdraw at any time before completion, never after', () => {
    expect(canTakeAction('withdraw', 'evaluation', ['proposer'])).toBe(true);
    expect(canTakeAction('withdraw', 'completed', ['proposer'])).toBe(false);
    expect(canTakeAction('withdraw', 'declined', ['proposer'])).toBe(false);
  });
});

describe('labels the proposer sees', () => {
  const dept = { ja: '長寿社会対策課', en: 'Ageing Society Section' };

  it.each([
    ['submitted', '受付済み'],
    ['routing', '担当部署を調整中'],
    ['awaiting_department', '担当部署を調整中'],
    ['dialogue', '長寿社会対策課と協議中'],
    ['internal_review', '庁内で検討中'],
  ] as const)('%s → 「%s」', (status, label) => {
    expect(publicStatusLabel(status, { departmentName: dept }).ja).toBe(label);
  });

  it('fills the resume date of a held proposal in the portal’s date format', () => {
    const label = publicStatusLabel('on_hold', { resumeOn: '2027-04-01' });
    expect(label.ja).toBe('保留中（2027年4月1日（木）に再開予定）');
    expect(label.en).toBe('On hold (to resume on Thu 1 Apr 2027)');
  });

  it('never names a department it was not given', () => {
    expect(publicStatusLabel('dialogue').ja).toBe('担当部署と協議中');
    expect(publicStatusLabel('dialogue').en).toBe('In discussion with the department in charge');
  });
});

describe('transition requests', () => {
  it.each([
    [{ action: 'decline', version: 1, reasonCodes: [], reason: '' }, ['reasonCodes', 'reason']],
    [{ action: 'decline', version: 1, reasonCodes: ['procurement_request'] }, ['reason']],
    [{ action: 'return_assignment', version: 1, reason: '   ' }, ['reason']],
    [{ action: 'request_info', version: 1 }, ['reason']],
    [{ action: 'route', version: 1, leadDepartmentId: 'nope' }, ['leadDepartmentId']],
    [{ action: 'hold', version: 1, resumeOn: '2027-02-30', reason: '予算待ち' }, ['resumeOn']],
    [{ action: 'teleport', version: 1 }, ['action']],
    [{ action: 'submit' }, ['version']],
  ])('%j is refused at %j', (body, paths) => {
    const result = transitionBodySchema.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([...paths].sort());
  });

  it('accepts a route with supporting departments defaulting to none', () => {
    const result = transitionBodySchema.parse({
      action: 'route',
      version: 3,
      leadDepartmentId: '0b8f6a62-1d7e-4a43-9a57-7d7c1b6c2f10',
    });
    expect(result).toMatchObject({ supportingDepartmentIds: [] });
  });
});
