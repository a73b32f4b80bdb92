/**
 * Every (status, action, role) triple through the real HTTP API, on a real database.
 *
 * The expected outcome is worked out from the foundation issue's rules, written independently of
 * the workflow table: who may see the proposal at all (404 otherwise), whether the action exists
 * from that status (409), whether this role may take it (403), and otherwise success with the
 * status the issue names.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PROPOSAL_STATUSES,
  WORKFLOW_ACTIONS,
  type ProposalStatus,
  type WorkflowAction,
} from '@kyoso/contracts/workflow';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createAgreement,
  createDecision,
  createDialogue,
  createOrganization,
  createProposal,
  createUser,
  loginCookie,
} from '../../../test/factories';
import { proposalsTable } from '../proposals/proposals.table';
import { proposalEventsTable } from '../proposals/proposals.table';

const t = useTestApp();

type Role =
  | 'ownProposer'
  | 'otherProposer'
  | 'coordinator'
  | 'lead'
  | 'supporting'
  | 'otherDepartment'
  | 'admin'
  | 'anonymous';
const ROLES: Role[] = [
  'ownProposer',
  'otherProposer',
  'coordinator',
  'lead',
  'supporting',
  'otherDepartment',
  'admin',
  'anonymous',
];

/** Allowed (action, from, roles) → to, as the issue states them. */
const ALLOWED: Array<[WorkflowAction, ProposalStatus[], Role[], ProposalStatus]> = [
  ['submit', ['draft'], ['ownProposer'], 'submitted'],
  ['request_info', ['submitted', 'routing'], ['coordinator'], 'more_info_requested'],
  ['provide_info', ['more_info_requested'], ['ownProposer'], 'submitted'],
  ['accept_for_routing', ['submitted'], ['coordinator'], 'routing'],
  ['route', ['routing'], ['coordinator'], 'awaiting_department'],
  ['accept_assignment', ['awaiting_department'], ['lead'], 'nda'],
  ['return_assignment', ['awaiting_department'], ['lead'], 'routing'],
  ['start_dialogue', ['nda'], ['lead'], 'dialogue'],
  ['send_to_review', ['dialogue'], ['lead'], 'internal_review'],
  ['adopt', ['internal_review'], ['lead'], 'agreement'],
  ['hold', ['internal_review'], ['lead'], 'on_hold'],
  ['resume', ['on_hold'], ['lead', 'coordinator'], 'internal_review'],
  ['decline', ['submitted', 'more_info_requested', 'routing'], ['coordinator'], 'declined'],
  ['decline', ['internal_review', 'on_hold'], ['lead'], 'declined'],
  ['sign_agreement', ['agreement'], ['lead'], 'in_progress'],
  ['start_evaluation', ['in_progress'], ['lead'], 'evaluation'],
  ['complete', ['evaluation'], ['lead'], 'completed'],
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
    ['ownProposer'],
    'withdrawn',
  ],
];

/** Statuses in which departments are assigned (lead and supporting). */
const ASSIGNED: ProposalStatus[] = [
  'awaiting_department',
  'nda',
  'dialogue',
  'internal_review',
  'on_hold',
  'agreement',
  'in_progress',
  'evaluation',
  'completed',
];

function canSee(role: Role, status: ProposalStatus): boolean {
  switch (role) {
    case 'ownProposer':
      return true;
    case 'coordinator':
      return status !== 'draft';
    case 'lead':
    case 'supporting':
      return ASSIGNED.includes(status);
    default:
      return false;
  }
}

function expected(
  action: WorkflowAction,
  status: ProposalStatus,
  role: Role,
): { status: number; code?: string; to?: ProposalStatus } {
  if (role === 'anonymous') {
    return { status: 401, code: 'auth.unauthenticated' };
  }
  if (!canSee(role, status)) {
    return { status: 404, code: 'proposals.not_found' };
  }
  const rules = ALLOWED.filter(([a, from]) => a === action && from.includes(status));
  if (rules.length === 0) {
    return { status: 409, code: 'workflow.action_not_allowed' };
  }
  const rule = rules.find(([, , roles]) => roles.includes(role));
  return rule ? { status: 200, to: rule[3] } : { status: 403, code: 'workflow.forbidden' };
}

let cookies: Record<Exclude<Role, 'anonymous'>, string>;
let organizationId: string;
let leadId: string;
let supportingId: string;
let routeTargetId: string;

beforeAll(async () => {
  const { app, ctx, db } = t();
  const org = await createOrganization(db);
  organizationId = org.id;
  leadId = (await createDepartment(db)).id;
  supportingId = (await createDepartment(db)).id;
  routeTargetId = (await createDepartment(db)).id;
  const desk = await createDepartment(db, { isCoordinatorDesk: true });
  const users = {
    ownProposer: await createUser(db, { role: 'proposer', organizationId }),
    otherProposer: await createUser(db, { role: 'proposer' }),
    coordinator: await createUser(db, { role: 'coordinator', departmentId: desk.id }),
    lead: await createUser(db, { role: 'department', departmentId: leadId }),
    supporting: await createUser(db, { role: 'department', departmentId: supportingId }),
    otherDepartment: await createUser(db, { role: 'department' }),
    admin: await createUser(db, { role: 'admin' }),
  };
  cookies = Object.fromEntries(
    await Promise.all(
      Object.entries(users).map(async ([role, user]) => [role, await loginCookie(app, ctx, user)]),
    ),
  ) as typeof cookies;
});

function bodyFor(action: WorkflowAction, version: number): Record<string, unknown> {
  switch (action) {
    case 'request_info':
      return { action, version, reason: '実証の規模を教えてください。' };
    case 'provide_info':
      return { action, version, message: '市営住宅2棟、30世帯を想定しています。' };
    case 'route':
      return {
        action,
        version,
        leadDepartmentId: routeTargetId,
        supportingDepartmentIds: [],
        note: 'ご確認ください。',
      };
    case 'return_assignment':
      return { action, version, reason: '所管外のため' };
    case 'hold':
      return { action, version, resumeOn: '2099-04-01', reason: '次年度予算の編成を待つため' };
    case 'decline':
      return { action, version, reasonCodes: ['duplicate'], reason: '既存事業と重複するため' };
    case 'complete':
      return { action, version, outcome: 'scale_up' };
    default:
      return { action, version };
  }
}

async function proposalIn(status: ProposalStatus, action?: WorkflowAction) {
  const { db } = t();
  const assigned = ASSIGNED.includes(status);
  const proposal = await createProposal(db, {
    status,
    organizationId,
    leadDepartmentId: assigned ? leadId : null,
    supportingDepartmentIds: assigned ? [supportingId] : [],
  });
  if (status === 'dialogue') {
    // Both dialogues are recorded and confirmed by the proposer, so `send_to_review` may be taken
    // (its guards are tested apart).
    await createDialogue(db, proposal.id, 1, { confirmedAt: new Date() });
    await createDialogue(db, proposal.id, 2, { confirmedAt: new Date() });
  }
  if (
    (status === 'internal_review' || status === 'on_hold') &&
    (action === 'adopt' || action === 'hold' || action === 'decline')
  ) {
    // The lead department recorded the decision it carries out (the guard is tested apart).
    await createDecision(db, proposal.id, action, {
      resumeOn: action === 'hold' ? '2099-04-01' : null,
      holdUntil: action === 'hold' ? '2099-04-01' : null,
    });
  }
  if (status === 'agreement' && action === 'sign_agreement') {
    await createAgreement(db, proposal.id, { ready: true });
  }
  return proposal;
}

describe.each(PROPOSAL_STATUSES)('a proposal in status %s', (status) => {
  it(`answers every one of the ${WORKFLOW_ACTIONS.length} actions for all ${ROLES.length} roles as specified`, async () => {
    const { app, db } = t();
    let shared = await proposalIn(status);
    const mismatches: string[] = [];
    for (const action of WORKFLOW_ACTIONS) {
      for (const role of ROLES) {
        const want = expected(action, status, role);
        // A successful action changes the proposal: it gets one of its own.
        const target = want.status === 200 ? await proposalIn(status, action) : shared;
        const res = await app.inject({
          method: 'POST',
          url: `/api/proposals/${target.id}/transitions`,
          headers: role === 'anonymous' ? {} : { cookie: cookies[role] },
          payload: bodyFor(action, target.version),
        });
        const got = {
          status: res.statusCode,
          code: res.statusCode === 200 ? undefined : (res.json().error?.code as string),
        };
        if (got.status !== want.status || got.code !== want.code) {
          mismatches.push(
            `${action} by ${role}: expected ${want.status} ${want.code ?? ''}, got ${got.status} ${got.code ?? ''}`,
          );
          continue;
        }
        if (want.status === 200) {
          const body = res.json();
          const [row] = await db
            .select()
            .from(proposalsTable)
            .where(eq(proposalsTable.id, target.id));
          if (
            !row ||
            row.status !== want.to ||
            body.proposal.status !== want.to ||
            row.version !== target.version + 1
          ) {
            mismatches.push(
              `${action} by ${role}: expected ${want.to}, got ${row?.status} (version ${row?.version})`,
            );
          }
          const events = await db
            .select()
            .from(proposalEventsTable)
            .where(eq(proposalEventsTable.proposalId, target.id));
          if (
            events.length !== 1 ||
            events[0]?.fromStatus !== status ||
            events[0]?.toStatus !== want.to ||
            events[0]?.action !== action
          ) {
            mismatches.push(`${action} by ${role}: timeline event missing or wrong`);
          }
        }
      }
      // Refusals must not have changed the shared proposal.
      const [after] = await db
        .select()
        .from(proposalsTable)
        .where(eq(proposalsTable.id, shared.id));
      if (!after || after.status !== status || after.version !== shared.version) {
        mismatches.push(`${action}: a refused request changed the proposal`);
        shared = after ?? shared;
      }
    }
    expect(mismatches).toEqual([]);
  });
});
