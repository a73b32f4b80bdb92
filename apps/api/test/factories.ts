/**
 * Factories: every test builds the rows it needs, parents included, with unique values, so that
 * test files never depend on each other or on demo data.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@kyoso/contracts/roles';
import type { ProposalDraftFields } from '@kyoso/contracts/proposals';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import type { Executor } from '../src/db/client';
import { issueSession } from '../src/modules/auth/auth.service';
import { currentDueDate } from '../src/modules/proposals/due';
import { hashPassword } from '../src/modules/auth/passwords';
import type { DecisionInput } from '@kyoso/contracts/decisions';
import { decisionsTable } from '../src/modules/decisions/decisions.table';
import { agreementsTable } from '../src/modules/agreements/agreements.table';
import type { AgreementInput } from '@kyoso/contracts/agreements';
import type { EvaluationInput } from '@kyoso/contracts/evaluations';
import type { KpiInput } from '@kyoso/contracts/kpis';
import { evaluationsTable } from '../src/modules/evaluations/evaluations.table';
import { departmentsTable } from '../src/modules/departments/departments.table';
import { dialoguesTable } from '../src/modules/dialogues/dialogues.table';
import { DEFAULT_NDA_BODY, DEFAULT_NDA_TITLE } from '../src/modules/ndas/default-template';
import { ensureNdaTemplate, getCurrentTemplate } from '../src/modules/ndas/ndas.repository';

import { outboxEmailsTable } from '../src/modules/notifications/outbox.table';
import { organizationsTable } from '../src/modules/organizations/organizations.table';
import { proposalDepartmentsTable, proposalsTable } from '../src/modules/proposals/proposals.table';
import type { AppContext } from '../src/app-context';
import { themesTable } from '../src/modules/themes/themes.table';
import { usersTable } from '../src/modules/users/users.table';
import { ACCESS_COOKIE, REFRESH_COOKIE } from '../src/plugins/auth';

export const unique = (prefix = 'x') => `${prefix}-${randomBytes(5).toString('hex')}`;

export const TEST_PASSWORD = 'Correct-Horse-Battery-42';
let testPasswordHash: Promise<string> | undefined;
/** The hash of TEST_PASSWORD, computed once per test file. */
export function testPasswordHashOnce(): Promise<string> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD, 14);
  return testPasswordHash;
}

export async function createDepartment(
  db: Executor,
  overrides: Partial<typeof departmentsTable.$inferInsert> = {},
) {
  const code = overrides.code ?? unique('dept');
  const [row] = await db
    .insert(departmentsTable)
    .values({
      level: 'section',
      code,
      nameJa: `${code}課`,
      nameEn: `${code} Section`,
      ...overrides,
    })
    .returning();
  return row!;
}

export async function createOrganization(
  db: Executor,
  overrides: Partial<typeof organizationsTable.$inferInsert> = {},
) {
  const [row] = await db
    .insert(organizationsTable)
    .values({ name: `${unique('org')} 株式会社`, kind: 'startup', ...overrides })
    .returning();
  return row!;
}

export type UserOverrides = Partial<typeof usersTable.$inferInsert> & {
  role?: Role;
  verified?: boolean;
};

/** A user; a proposer gets an organisation and department staff a department when none is given. */
export async function createUser(db: Executor, overrides: UserOverrides = {}) {
  const { verified = true, ...values } = overrides;
  const role = values.role ?? 'proposer';
  const organizationId =
    values.organizationId ?? (role === 'proposer' ? (await createOrganization(db)).id : null);
  const departmentId =
    values.departmentId ?? (role === 'department' ? (await createDepartment(db)).id : null);
  const [row] = await db
    .insert(usersTable)
    .values({
      email: `${unique(role)}@example.test`,
      name: `${role} ${unique('user')}`,
      passwordHash: await testPasswordHashOnce(),
      emailVerifiedAt: verified ? new Date() : null,
      ...values,
      role,
      organizationId,
      departmentId,
    })
    .returning();
  return row!;
}

export type TestUser = Awaited<ReturnType<typeof createUser>>;

export async function createTheme(
  db: Executor,
  overrides: Partial<typeof themesTable.$inferInsert> = {},
) {
  const departmentId = overrides.departmentId ?? (await createDepartment(db)).id;
  const [row] = await db
    .insert(themesTable)
    .values({
      title: `テーマ ${unique('theme')}`,
      policyArea: 'welfare',
      status: 'published',
      opensOn: '2020-04-01',
      closesOn: null,
      ...overrides,
      departmentId,
    })
    .returning();
  return row!;
}

/** Everything a proposal needs to be submitted. */
export function completeProposalFields(
  overrides: Partial<ProposalDraftFields> = {},
): ProposalDraftFields {
  return {
    title: '高齢者見守りサービスの実証',
    summary: 'センサーで一人暮らし高齢者の異変を検知し、家族と民生委員へ知らせる実証を行います。',
    problem:
      '一人暮らしの高齢者が増え、体調の急変に気づくまで時間がかかる事例が地域包括支援センターへのヒアリングで確認されています。',
    whyThisCity: '高齢化率が高く、市の地域福祉計画で見守りの強化が重点施策とされているためです。',
    solution:
      '工事不要のセンサーで生活リズムを学習し、異変の兆候を検知したら家族と民生委員にメールと電話で知らせる仕組みを提供します。',
    cityRole: '実証フィールドの提供と関係者との調整をお願いします。',
    companyRole: '機器の提供と設置、運用、効果測定を自社負担で行います。',
    cityBudget: 'none',
    cityBudgetEstimateYen: null,
    resourcesWanted: ['test_field'],
    impact: '異変の早期発見による重症化の防止と見守りの負担軽減が期待できます。',
    kpis: [{ name: '異変から連絡までの時間', target: '30分以内' }],
    desiredStart: '2027-04',
    pilot: true,
    contactName: '見守 花子',
    contactEmail: 'contact@example.test',
    confidentialSections: [],
    ...overrides,
  };
}

export type ProposalOverrides = Partial<typeof proposalsTable.$inferInsert> & {
  supportingDepartmentIds?: string[];
};

/**
 * A proposal in any status, written directly (no workflow), for tests that start mid-way.
 * A proposal past routing gets a lead department when none is given.
 */
export async function createProposal(db: Executor, overrides: ProposalOverrides = {}) {
  const { supportingDepartmentIds = [], ...values } = overrides;
  const status: ProposalStatus = values.status ?? 'draft';
  const organizationId = values.organizationId ?? (await createOrganization(db)).id;
  const needsLead = ![
    'draft',
    'submitted',
    'more_info_requested',
    'routing',
    'withdrawn',
    'declined',
  ].includes(status);
  const leadDepartmentId =
    values.leadDepartmentId ?? (needsLead ? (await createDepartment(db)).id : null);
  const submitted = status !== 'draft';
  const [row] = await db
    .insert(proposalsTable)
    .values({
      kind: 'free',
      ...completeProposalFields(),
      referenceNumber: submitted ? `KY-2026-T${randomBytes(4).toString('hex')}` : null,
      fiscalYear: submitted ? 2026 : null,
      submittedAt: submitted ? new Date() : null,
      screeningDueOn: submitted ? '2026-12-07' : null,
      ...values,
      status,
      organizationId,
      leadDepartmentId,
    })
    .returning();
  const created = row!;
  // As the workflow would: the row carries its current stage's due date.
  const [proposal] = await db
    .update(proposalsTable)
    .set({ dueOn: values.dueOn !== undefined ? values.dueOn : currentDueDate(created) })
    .where(eq(proposalsTable.id, created.id))
    .returning();
  if (!proposal) {
    throw new Error('factory: proposal vanished');
  }
  if (leadDepartmentId) {
    await db
      .insert(proposalDepartmentsTable)
      .values({ proposalId: proposal.id, departmentId: leadDepartmentId, role: 'lead' });
  }
  for (const departmentId of supportingDepartmentIds) {
    await db
      .insert(proposalDepartmentsTable)
      .values({ proposalId: proposal.id, departmentId, role: 'supporting' });
  }
  return proposal;
}

/** Session cookies for `user`, as a `cookie` header value (the user is logged in for real). */
export async function loginCookie(
  app: FastifyInstance,
  ctx: AppContext,
  user: TestUser,
): Promise<string> {
  const session = await issueSession(ctx, user, { ip: '127.0.0.1', userAgent: 'vitest' });
  const access = app.jwt.sign({ sub: user.id, sid: session.sessionId });
  return `${ACCESS_COOKIE}=${access}; ${REFRESH_COOKIE}=${session.refreshToken}`;
}

/** The e-mails waiting in the outbox (or already sent) for an address, oldest first. */
export async function mailsTo(db: Executor, address: string) {
  return db
    .select()
    .from(outboxEmailsTable)
    .where(eq(outboxEmailsTable.toAddress, address))
    .orderBy(outboxEmailsTable.createdAt);
}

/** The link of a given path found in an e-mail's text, e.g. `/verify-email`. */
export function linkIn(text: string, pathname: string): URL {
  const match = text.match(new RegExp(`https?://[^\\s]+${pathname.replace(/[/]/g, '\\/')}[^\\s]*`));
  if (!match) {
    throw new Error(`no ${pathname} link in:\n${text}`);
  }
  return new URL(match[0]);
}

/** A dialogue record (round 1 or 2), written directly. */
export async function createDialogue(
  db: Executor,
  proposalId: string,
  round: 1 | 2,
  overrides: Partial<typeof dialoguesTable.$inferInsert> = {},
) {
  const [row] = await db
    .insert(dialoguesTable)
    .values({
      proposalId,
      round,
      heldOn: '2026-11-10',
      cityAttendees: '長寿社会対策課 担当係長',
      proposerAttendees: '代表取締役',
      minutes: round === 1 ? '目的と役割分担を確認した。' : '個人情報の取扱いとKPIを確認した。',
      ...overrides,
    })
    .returning();
  return row!;
}

/**
 * A complete STEP 4 decision as the lead department would send it (`PUT /decision`): adopt by
 * default; a hold resumes on a date, a decline gives its reasons.
 */
export function decisionInput(
  outcome: DecisionInput['outcome'] = 'adopt',
  overrides: Partial<DecisionInput> = {},
): DecisionInput {
  return {
    outcome,
    fiscalBurden: 'none',
    fiscalAmountYen: null,
    budgetFiscalYear: null,
    supplementaryBudget: false,
    fiscalExplanation: '機器と運用は提案者の負担で、市の支出はありません。',
    original: true,
    originalityJustification:
      '夜間の見守りを介護施設と救急の双方につなぐ仕組みは他に例がありません。',
    exclusiveUse: 'none',
    fairnessMeasure: '',
    lawsExamined: '個人情報保護法、介護保険法',
    conflictsFound: '',
    specialZones: '',
    decisionBody: '保健福祉局 局議',
    decidedOn: '2026-11-20',
    holdKind: outcome === 'hold' ? 'date' : null,
    holdUntil: outcome === 'hold' ? '2099-04-01' : null,
    holdFiscalYear: null,
    declineReasonCodes: outcome === 'decline' ? ['duplicate'] : [],
    declineReason: outcome === 'decline' ? '既存事業と重複するため' : '',
    internalNotes: '局長了承済み。',
    ...overrides,
  };
}

/** A decision written directly (no route), not yet carried out, for tests that start mid-way. */
export async function createDecision(
  db: Executor,
  proposalId: string,
  outcome: DecisionInput['outcome'] = 'adopt',
  overrides: Partial<typeof decisionsTable.$inferInsert> = {},
) {
  const { expectedVersion: _v, ...input } = decisionInput(outcome);
  const [row] = await db
    .insert(decisionsTable)
    .values({
      ...input,
      proposalId,
      version: 1,
      resumeOn: input.holdUntil,
      ...overrides,
    })
    .returning();
  return row!;
}

/** STEP 5 terms as the lead department would send them (`PUT /agreement`). */
export function agreementInput(overrides: Partial<AgreementInput> = {}): AgreementInput {
  return {
    type: 'pilot',
    contractMethod: null,
    openCall: false,
    openCallProtection: '',
    parties: [
      { name: '北九州市', representative: '北九州市長' },
      { name: '株式会社みまもりテック', representative: '代表取締役 見守 太郎' },
    ],
    startsOn: '2027-01-04',
    endsOn: '2027-12-28',
    cityCommitments: '実証フィールド（市内の介護施設3か所）の紹介と、関係機関との調整。',
    companyCommitments: '夜間オンコール体制の運営、機器の設置と保守、効果の測定と報告。',
    councilVote: 'none',
    councilSessionMonth: null,
    ...overrides,
  };
}

/**
 * Agreement terms written directly; `ready` adds the proposer's confirmation, the signing date
 * and a signed document, so that `sign_agreement` may be taken.
 */
export async function createAgreement(
  db: Executor,
  proposalId: string,
  options: { ready?: boolean } & Partial<typeof agreementsTable.$inferInsert> = {},
) {
  const { ready = false, ...overrides } = options;
  const { councilSessionMonth: _m, expectedVersion: _v, ...terms } = agreementInput();
  const [row] = await db
    .insert(agreementsTable)
    .values({
      ...terms,
      proposalId,
      version: 1,
      ...(ready
        ? {
            confirmedAt: new Date(),
            signedOn: '2026-11-25',
            documentKey: `proposals/${proposalId}/signed`,
            documentName: '協定書.pdf',
            documentSize: 1024,
            documentSha256: 'f'.repeat(64),
            documentUploadedAt: new Date(),
          }
        : {}),
      ...overrides,
    })
    .returning();
  return row!;
}

/** A STEP 6 evaluation as the lead department would send it (`PUT /evaluation`). */
export function evaluationInput(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    achievements: [],
    whatWorked: '夜間の連絡体制が整い、救急搬送の判断が早くなった。',
    whatDidNot: '小規模施設では夜勤者が1名のため、端末の操作に時間がかかった。',
    cityComment: '',
    nextStage: 'scale_up',
    nextStageReason: '効果が確認できたため、市内の全施設に広げる。',
    sroi: null,
    ...overrides,
  };
}

/** An evaluation written directly, for tests that start at `complete`. */
export async function createEvaluation(
  db: Executor,
  proposalId: string,
  overrides: Partial<typeof evaluationsTable.$inferInsert> = {},
) {
  const { sroi: _s, expectedVersion: _v, ...values } = evaluationInput();
  const [row] = await db
    .insert(evaluationsTable)
    .values({ ...values, proposalId, version: 1, achievements: [], ...overrides })
    .returning();
  return row!;
}

/** A KPI as either side would set it (`PUT /kpis`). */
export function kpiInput(overrides: Partial<KpiInput> = {}): KpiInput {
  return {
    name: '夜間の救急搬送件数',
    unit: '件/月',
    baseline: 12,
    target: 6,
    period: 'monthly',
    source: '施設の夜間記録',
    startsOn: '2026-08-01',
    ...overrides,
  };
}

/** A logic model as either side would save it (`PUT /logic-model`). */
export function logicModelInput() {
  return {
    inputs: ['看護師チーム'],
    activities: ['夜間の相談対応'],
    outputs: ['相談件数'],
    outcomes: ['救急搬送の減少'],
    impact: ['安心して夜を過ごせる'],
  };
}

/** The standard NDA template, as the server creates it at start. */
export async function ensureTestNdaTemplate(db: Executor) {
  await ensureNdaTemplate(db, { title: DEFAULT_NDA_TITLE, body: DEFAULT_NDA_BODY });
  return (await getCurrentTemplate(db))!;
}
