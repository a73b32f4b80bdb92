/**
 * One proposal and everyone around it, for the STEP 2–3 tests and the access matrix: the
 * proposer's organisation (two members), another organisation, the co-creation desk, the lead,
 * a supporting and an unrelated department, and an administrator, all logged in.
 *
 * The proposal has confidential sections and a confidential file whose content carries a
 * unique marker, so a test can assert that the marker never reaches someone not entitled to it.
 */
import { eq } from 'drizzle-orm';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import { ndasTable } from '../src/modules/ndas/ndas.table';
import { proposalDepartmentsTable, proposalsTable } from '../src/modules/proposals/proposals.table';
import type { TestApp } from './build-app';
import {
  createDepartment,
  createOrganization,
  createProposal,
  createUser,
  ensureTestNdaTemplate,
  loginCookie,
  unique,
  type TestUser,
} from './factories';
import { multipart, pdfBytes } from './files';

export const SCENARIO_ROLES = [
  'proposer',
  'otherProposer',
  'coordinator',
  'lead',
  'supporting',
  'otherDepartment',
  'admin',
  'anonymous',
] as const;
export type ScenarioRole = (typeof SCENARIO_ROLES)[number];

/** Statuses in which the proposal has departments in charge. */
const WITH_DEPARTMENTS: ProposalStatus[] = [
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

export type Scenario = Awaited<ReturnType<typeof createScenario>>;

export async function createScenario(
  t: TestApp,
  options: { status?: ProposalStatus; nda?: 'none' | 'in_effect' } = {},
) {
  const { app, ctx, db } = t;
  const status = options.status ?? 'dialogue';
  const marker = unique('SECRET').toUpperCase();
  const fileMarker = unique('機密');

  const organization = await createOrganization(db);
  const desk = await createDepartment(db, { isCoordinatorDesk: true, nameJa: '共創推進室' });
  const leadDepartment = await createDepartment(db, { nameJa: `長寿社会対策課${unique('')}` });
  const supportingDepartment = await createDepartment(db, { nameJa: `観光課${unique('')}` });
  const otherDepartment = await createDepartment(db);

  const users = {
    proposer: await createUser(db, { role: 'proposer', organizationId: organization.id }),
    colleague: await createUser(db, {
      role: 'proposer',
      organizationId: organization.id,
      language: 'en',
    }),
    otherProposer: await createUser(db, { role: 'proposer' }),
    coordinator: await createUser(db, { role: 'coordinator', departmentId: desk.id }),
    lead: await createUser(db, { role: 'department', departmentId: leadDepartment.id }),
    leadColleague: await createUser(db, { role: 'department', departmentId: leadDepartment.id }),
    supporting: await createUser(db, {
      role: 'department',
      departmentId: supportingDepartment.id,
    }),
    otherDepartment: await createUser(db, {
      role: 'department',
      departmentId: otherDepartment.id,
    }),
    admin: await createUser(db, { role: 'admin' }),
  } satisfies Record<string, TestUser>;

  const cookies: Record<ScenarioRole, string | null> = {
    proposer: await loginCookie(app, ctx, users.proposer),
    otherProposer: await loginCookie(app, ctx, users.otherProposer),
    coordinator: await loginCookie(app, ctx, users.coordinator),
    lead: await loginCookie(app, ctx, users.lead),
    supporting: await loginCookie(app, ctx, users.supporting),
    otherDepartment: await loginCookie(app, ctx, users.otherDepartment),
    admin: await loginCookie(app, ctx, users.admin),
    anonymous: null,
  };

  // A draft first, so the files go in through the real upload.
  const draft = await createProposal(db, {
    organizationId: organization.id,
    status: 'draft',
    createdBy: users.proposer.id,
    problem: '一人暮らしの高齢者の見守りが行き届いていません。民生委員の訪問は月1回です。',

    solution: `独自のセンサー技術（${marker}-solution）で異変を検知します。`,
    kpis: [{ name: `${marker}-kpis 見守り対象`, target: '100世帯' }],

    confidentialSections: ['solution', 'kpis'],
  });
  const upload = async (name: string, confidential: boolean) => {
    const body = multipart(
      { name, bytes: pdfBytes(confidential ? `${marker} 原価` : '会社案内') },

      { confidential: String(confidential) },
    );
    const res = await app.inject({
      method: 'POST',
      url: `/api/proposals/${draft.id}/attachments`,
      headers: { cookie: cookies.proposer!, ...body.headers },
      payload: body.payload,
    });
    if (res.statusCode !== 201) {
      throw new Error(`scenario upload failed: ${res.body}`);
    }
    return res.json().attachment.id as string;
  };
  const files = {
    confidential: await upload(`${fileMarker}-原価内訳.pdf`, true),
    public: await upload('会社案内.pdf', false),
  };

  const assigned = WITH_DEPARTMENTS.includes(status);
  const [proposal] = await db
    .update(proposalsTable)
    .set({
      status,
      referenceNumber: status === 'draft' ? null : `KY-2026-S${draft.id.slice(0, 6)}`,
      submittedAt: status === 'draft' ? null : new Date(),
      leadDepartmentId: assigned ? leadDepartment.id : null,
      leadAcceptedAt: assigned && status !== 'awaiting_department' ? new Date() : null,
    })
    .where(eq(proposalsTable.id, draft.id))
    .returning();
  if (assigned) {
    await db.insert(proposalDepartmentsTable).values([
      { proposalId: draft.id, departmentId: leadDepartment.id, role: 'lead' },
      { proposalId: draft.id, departmentId: supportingDepartment.id, role: 'supporting' },
    ]);
  }
  if (options.nda === 'in_effect') {
    const template = await ensureTestNdaTemplate(db);
    await db.insert(ndasTable).values({
      proposalId: draft.id,
      templateId: template.id,
      templateSha256: template.sha256,
      status: 'in_effect',
      proposerSignerId: users.proposer.id,
      proposerFullName: users.proposer.name,
      proposerTitle: '代表取締役',
      proposerOrganization: organization.name,
      proposerSignedAt: new Date(),
      citySignerId: users.lead.id,
      cityFullName: users.lead.name,
      cityTitle: '課長',
      cityDepartmentId: leadDepartment.id,
      citySignedAt: new Date(),
    });
  }

  return {
    proposal: proposal!,
    organization,
    departments: {
      desk,
      lead: leadDepartment,
      supporting: supportingDepartment,
      other: otherDepartment,
    },
    users,
    cookies,
    files,
    /** Found in every confidential section and file, and nowhere else. */
    marker,
    /** Found in the confidential file's name. */
    fileMarker,
  };
}

/** `app.inject` as one of the scenario's roles, with a JSON body or a prepared one. */
export function requestAs(t: TestApp, scenario: Scenario) {
  return (
    role: ScenarioRole,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const cookie = scenario.cookies[role];
    return t.app.inject({
      method,
      url,
      headers: { ...headers, ...(cookie ? { cookie } : {}) },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  };
}
