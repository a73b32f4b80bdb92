import { describe, expect, it } from 'vitest';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import {
  actorRelations,
  canEditDraft,
  canSeeConfidential,
  isLeadDepartmentVisible,
  redactedSections,
  type PolicyActor,
  type PolicyProposal,
} from './proposals.policies';

const ORG = 'org-1';
const LEAD = 'dept-lead';
const SUPPORT = 'dept-support';

const proposal = (status: ProposalStatus): PolicyProposal => ({
  status,
  organizationId: ORG,
  leadDepartmentId: LEAD,
  supportingDepartmentIds: [SUPPORT],
});

const actors: Record<string, PolicyActor> = {
  ownProposer: { role: 'proposer', organizationId: ORG, departmentId: null },
  otherProposer: { role: 'proposer', organizationId: 'org-2', departmentId: null },
  coordinator: { role: 'coordinator', organizationId: null, departmentId: 'desk' },
  lead: { role: 'department', organizationId: null, departmentId: LEAD },
  support: { role: 'department', organizationId: null, departmentId: SUPPORT },
  otherDepartment: { role: 'department', organizationId: null, departmentId: 'dept-other' },
  admin: { role: 'admin', organizationId: null, departmentId: null },
};

describe('actorRelations', () => {
  it.each([
    ['ownProposer', 'dialogue', ['proposer']],
    ['ownProposer', 'draft', ['proposer']],
    ['otherProposer', 'dialogue', []],
    ['coordinator', 'submitted', ['coordinator']],
    ['coordinator', 'draft', []],
    ['lead', 'awaiting_department', ['lead_department']],
    ['lead', 'draft', []],
    ['support', 'dialogue', ['supporting_department']],
    ['otherDepartment', 'dialogue', []],
    ['admin', 'dialogue', []],
  ] as const)('%s on a %s proposal → %j', (actor, status, expected) => {
    expect(actorRelations(actors[actor]!, proposal(status))).toEqual(expected);
  });

  it('gives a department user without a department nothing', () => {
    expect(
      actorRelations(
        { role: 'department', organizationId: null, departmentId: null },
        proposal('dialogue'),
      ),
    ).toEqual([]);
  });
});

describe('confidential sections', () => {
  it.each([
    [['proposer'], false, true],
    [['coordinator'], false, true],
    [['lead_department'], false, false],
    [['lead_department'], true, true],
    [['supporting_department'], false, false],
    [['supporting_department'], true, true],
    [[], true, false],
  ] as const)('%j with NDA in effect %s → may read: %s', (relations, nda, expected) => {
    expect(canSeeConfidential(relations, nda)).toBe(expected);
    expect(redactedSections(['problem', 'kpis'], relations, nda)).toEqual(
      expected ? [] : ['problem', 'kpis'],
    );
  });
});

describe('drafts and the department name', () => {
  it('lets only the proposer edit, and only a draft', () => {
    expect(canEditDraft(['proposer'], 'draft')).toBe(true);
    expect(canEditDraft(['proposer'], 'submitted')).toBe(false);
    expect(canEditDraft(['coordinator'], 'draft')).toBe(false);
  });

  it.each([
    [['proposer'], 'routing', false],
    [['proposer'], 'awaiting_department', false],
    [['proposer'], 'nda', true],
    [['coordinator'], 'awaiting_department', true],
  ] as const)('%j sees the lead department while %s: %s', (relations, status, expected) => {
    expect(isLeadDepartmentVisible(relations, status)).toBe(expected);
  });
});
