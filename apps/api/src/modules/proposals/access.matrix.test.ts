/**
 * Access control, proven: every API route that touches a proposal × the eight kinds of caller ×
 * the two stages around the NDA (department in charge, NDA not signed / NDA in effect), with
 * the exact status each must get. Workflow actions have their own matrix (workflow.matrix.test).
 *
 * Alongside, whoever is not entitled to the confidential content (another organisation, an
 * unrelated department, an administrator, an anonymous caller, and the departments in charge
 * before the NDA) must never find its marker in any answer, list, search result or export, and
 * no e-mail ever carries it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp, type TestApp } from '../../../test/build-app';
import {
  agreementInput,
  createDialogue,
  decisionInput,
  ensureTestNdaTemplate,
  evaluationInput,
  kpiInput,
  logicModelInput,
} from '../../../test/factories';
import { multipart, pdfBytes } from '../../../test/files';
import {
  createScenario,
  requestAs,
  SCENARIO_ROLES,
  type Scenario,
  type ScenarioRole,
} from '../../../test/scenario';
import { dialogueActionItemsTable } from '../dialogues/dialogues.table';
import { outboxEmailsTable } from '../notifications/outbox.table';

const t = useTestApp();

type Stage = 'before_nda' | 'after_nda';
type Expect = Partial<Record<ScenarioRole, number>>;

/** Those who see the proposal: its organisation, the desk, the lead and supporting departments. */
const IN_CHARGE = ['proposer', 'coordinator', 'lead', 'supporting'] as const;
/** Everyone else, who must not learn that the proposal exists. */
const OUTSIDERS: Expect = { otherProposer: 404, otherDepartment: 404, admin: 404, anonymous: 401 };

const all = (status: number, except: Expect = {}): Expect => ({
  ...Object.fromEntries(IN_CHARGE.map((r) => [r, status])),
  ...OUTSIDERS,
  ...except,
});
const only = (allowed: Expect, refused = 403): Expect => all(refused, allowed);
/** The administrators' routes: everyone else is refused, whatever they see of the proposal. */
const ADMIN_ONLY: Expect = {
  proposer: 403,
  otherProposer: 403,
  coordinator: 403,
  lead: 403,
  supporting: 403,
  otherDepartment: 403,
  admin: 200,
  anonymous: 401,
};

type Fixture = Scenario & { dialogueId: string; itemId: string; sha: string };

type Route = {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: (f: Fixture) => string;
  body?: (f: Fixture) => { payload: unknown; headers?: Record<string, string> };
  /** A successful call changes something: it gets a scenario of its own. */
  mutates?: boolean;
  expect: (stage: Stage) => Expect;
};

const id = (f: Fixture) => f.proposal.id;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const json = (payload: unknown) => () => ({ payload });

const ROUTES: Route[] = [
  {
    name: 'proposal',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}`,
    expect: () => all(200),
  },
  {
    name: 'edit',
    method: 'PATCH',
    url: (f) => `/api/proposals/${id(f)}`,
    body: json({ title: '書き換えの試み' }),
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'events',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/events`,
    expect: () => all(200),
  },
  {
    name: 'attachments',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/attachments`,
    expect: () => all(200),
  },
  {
    name: 'confidential file',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/attachments/${f.files.confidential}`,
    expect: (stage) => all(200, stage === 'before_nda' ? { lead: 403, supporting: 403 } : {}),
  },
  {
    name: 'public file',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/attachments/${f.files.public}`,
    expect: () => all(200),
  },
  {
    name: 'upload',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/attachments`,
    body: () => {
      const form = multipart({ name: '追加資料.pdf', bytes: pdfBytes() });
      return { payload: form.payload, headers: form.headers };
    },
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'mark file',
    method: 'PATCH',
    url: (f) => `/api/proposals/${id(f)}/attachments/${f.files.confidential}`,
    body: json({ confidential: false }),
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'remove file',
    method: 'DELETE',
    url: (f) => `/api/proposals/${id(f)}/attachments/${f.files.public}`,
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'notes',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/notes`,
    expect: () => only({ coordinator: 200, lead: 200, supporting: 200 }),
  },
  {
    name: 'add note',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/notes`,
    body: json({ body: '内部メモ', mentionedUserIds: [] }),
    mutates: true,
    expect: () => only({ coordinator: 201, lead: 201, supporting: 201 }),
  },
  {
    name: 'mentionable',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/mentionable`,
    expect: () => only({ coordinator: 200, lead: 200, supporting: 200 }),
  },
  {
    name: 'messages',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/messages`,
    expect: () => all(200),
  },
  {
    name: 'write message',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/messages`,
    body: json({ body: 'ご連絡です。' }),
    mutates: true,
    expect: () => only({ proposer: 201, coordinator: 201, lead: 201 }),
  },
  {
    name: 'dialogues',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/dialogues`,
    expect: () => all(200),
  },
  {
    name: 'record dialogue',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/dialogues`,
    body: json({
      round: 2,
      heldOn: '2026-12-01',
      cityAttendees: '担当',
      proposerAttendees: '代表',
      minutes: '確認した。',
      actionItems: [],
    }),
    mutates: true,
    expect: (stage) => only({ lead: stage === 'before_nda' ? 409 : 201 }),
  },
  {
    name: 'correct dialogue',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/dialogues/${f.dialogueId}`,
    body: json({
      round: 1,
      heldOn: '2026-12-01',
      cityAttendees: '担当',
      proposerAttendees: '代表',
      minutes: '修正した。',
      actionItems: [],
    }),
    mutates: true,
    expect: (stage) => only({ lead: stage === 'before_nda' ? 409 : 200 }),
  },
  {
    name: 'confirm dialogue',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/dialogues/${f.dialogueId}/confirm`,
    mutates: true,
    expect: () => only({ proposer: 200 }),
  },
  {
    name: 'comment on dialogue',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/dialogues/${f.dialogueId}/comments`,
    body: json({ body: '補足します。' }),
    mutates: true,
    expect: () => only({ proposer: 201, lead: 201 }),
  },
  {
    name: 'tick action item',
    method: 'PATCH',
    url: (f) => `/api/proposals/${id(f)}/dialogues/${f.dialogueId}/action-items/${f.itemId}`,
    body: json({ done: true }),
    mutates: true,
    expect: () => only({ proposer: 200, lead: 200 }),
  },
  { name: 'nda', method: 'GET', url: (f) => `/api/proposals/${id(f)}/nda`, expect: () => all(200) },
  {
    name: 'open nda',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/nda`,
    mutates: true,
    expect: (stage) =>
      stage === 'before_nda'
        ? only({ proposer: 201, lead: 201 })
        : only({ proposer: 409, lead: 409 }),
  },
  {
    name: 'sign nda',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/nda/sign`,
    body: (f) => ({
      payload: {
        fullName: '署名 太郎',
        title: '代表',
        organization: '株式会社',
        consent: true,
        templateSha256: f.sha,
      },
    }),
    expect: (stage) => only({ proposer: stage === 'before_nda' ? 404 : 409 }),
  },
  {
    name: 'countersign nda',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/nda/countersign`,
    body: (f) => ({
      payload: { fullName: '署名 次郎', title: '課長', consent: true, templateSha256: f.sha },
    }),
    expect: (stage) => only({ lead: stage === 'before_nda' ? 404 : 409 }),
  },
  {
    name: 'nda pdf',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/nda.pdf`,
    expect: (stage) => all(stage === 'before_nda' ? 404 : 200),
  },
  {
    name: 'access log',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/access-log`,
    expect: () => only({ proposer: 200, coordinator: 200 }),
  },
  {
    name: 'routing suggestions',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/routing-suggestions`,
    expect: () => only({ coordinator: 200 }),
  },
  {
    name: 'take first check',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/assignee`,
    mutates: true,
    expect: () => only({ coordinator: 200 }),
  },
  {
    name: 'let first check go',
    method: 'DELETE',
    url: (f) => `/api/proposals/${id(f)}/assignee`,
    mutates: true,
    expect: () => only({ coordinator: 200 }),
  },
  // STEPs 4–6: the records answer for themselves in STEP 3 (nothing to read or write yet);
  // records.access.test.ts checks them in their own STEPs.
  {
    name: 'decision',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/decision`,
    expect: () => all(200),
  },
  {
    name: 'record decision',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/decision`,
    body: json(decisionInput()),
    expect: () => only({ lead: 409 }),
  },
  {
    name: 'decision versions',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/decision/versions`,
    expect: () => only({ coordinator: 200, lead: 200, supporting: 200 }),
  },
  {
    name: 'similar proposals',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/similar`,
    expect: () => only({ coordinator: 200, lead: 200, supporting: 200 }),
  },
  {
    name: 'resubmit',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/resubmit`,
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'continue as a free proposal',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/continue-as-free`,
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'agreement',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/agreement`,
    expect: () => all(200),
  },
  {
    name: 'record agreement',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/agreement`,
    body: json(agreementInput()),
    expect: () => only({ lead: 409 }),
  },
  {
    name: 'agreement versions',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/agreement/versions`,
    expect: () => only({ coordinator: 200, lead: 200, supporting: 200 }),
  },
  {
    name: 'council suggestion',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/agreement/council-suggestion?vote=budget`,
    expect: () => only({}),
  },
  {
    name: 'confirm agreement',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/agreement/confirm`,
    body: json({ version: 1 }),
    expect: () => only({ proposer: 404 }),
  },
  {
    name: 'signed agreement upload',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/agreement/document`,
    body: () => {
      const form = multipart({ name: '協定書.pdf', bytes: pdfBytes() }, { signedOn: '2026-11-01' });
      return { payload: form.payload, headers: form.headers };
    },
    expect: () => only({ lead: 409 }),
  },
  {
    name: 'signed agreement',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/agreement/document`,
    expect: () => all(404),
  },
  {
    name: 'public summary',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/agreement/public-summary`,
    body: json({ text: '公開用の概要' }),
    expect: () => only({ lead: 409 }),
  },
  {
    name: 'public summary consent',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/agreement/public-summary/consent`,
    body: json({ consent: true, text: '公開用の概要' }),
    expect: () => only({ proposer: 404 }),
  },
  {
    name: 'kpis',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/kpis`,
    expect: () => all(200),
  },
  {
    name: 'set kpis',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/kpis`,
    body: json({ kpis: [kpiInput()] }),
    expect: () => only({ proposer: 409, lead: 409 }),
  },
  {
    name: 'logic model',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/logic-model`,
    expect: () => all(409),
  },
  {
    name: 'save logic model',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/logic-model`,
    body: json(logicModelInput()),
    expect: () => only({ proposer: 409, lead: 409 }),
  },
  {
    name: 'report kpi',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/kpis/${NO_SUCH_ID}/reports`,
    body: json({ periodStart: '2026-09-01', actual: 1, comment: '' }),
    expect: () => only({ proposer: 409 }),
  },
  {
    name: 'review kpi report',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/kpi-reports/${NO_SUCH_ID}/review`,
    body: json({ verdict: 'verify', comment: '' }),
    expect: () => only({}),
  },
  {
    name: 'answer kpi report',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/kpi-reports/${NO_SUCH_ID}/answer`,
    body: json({ answer: '回答' }),
    expect: () => only({ proposer: 404 }),
  },
  {
    name: 'kpi report file',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/kpi-reports/${NO_SUCH_ID}/file`,
    expect: () => all(404),
  },
  {
    name: 'evaluation',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/evaluation`,
    expect: () => all(200),
  },
  {
    name: 'record evaluation',
    method: 'PUT',
    url: (f) => `/api/proposals/${id(f)}/evaluation`,
    body: json(evaluationInput()),
    expect: () => only({ lead: 409 }),
  },
  {
    name: 'evaluation versions',
    method: 'GET',
    url: (f) => `/api/proposals/${id(f)}/evaluation/versions`,
    expect: () => only({ coordinator: 200, lead: 200, supporting: 200 }),
  },
  {
    name: 'comment on evaluation',
    method: 'POST',
    url: (f) => `/api/proposals/${id(f)}/evaluation/comment`,
    body: json({ comment: 'コメント' }),
    expect: () => only({ proposer: 404 }),
  },
  // The administrators' audit log names the proposal and who read its confidential parts,
  // never the confidential content or a confidential file's name.
  {
    name: 'audit log',
    method: 'GET',
    url: (f) => `/api/admin/audit?reference=${f.proposal.referenceNumber}&pageSize=200`,
    expect: () => ADMIN_ONLY,
  },
  {
    name: 'audit log CSV',
    method: 'GET',
    url: (f) => `/api/admin/audit.csv?reference=${f.proposal.referenceNumber}`,
    expect: () => ADMIN_ONLY,
  },
  {
    name: 'departments (administration)',
    method: 'GET',
    url: () => '/api/admin/departments',
    expect: () => ADMIN_ONLY,
  },
  {
    name: 'routing preview',
    method: 'POST',
    url: () => '/api/admin/departments/routing-preview',
    body: json({ text: '高齢者の見守り' }),
    expect: () => ADMIN_ONLY,
  },
];

async function fixture(stage: Stage): Promise<Fixture> {
  const s = await createScenario(
    t(),
    stage === 'before_nda' ? { status: 'nda' } : { status: 'dialogue', nda: 'in_effect' },
  );
  const dialogue = await createDialogue(t().db, s.proposal.id, 1);
  const [item] = await t()
    .db.insert(dialogueActionItemsTable)
    .values({
      dialogueId: dialogue.id,
      description: '資料を送る',
      ownerSide: 'proposer',
      ownerName: '代表',
    })
    .returning();
  const template = await ensureTestNdaTemplate(t().db);
  return { ...s, dialogueId: dialogue.id, itemId: item!.id, sha: template.sha256 };
}

/** Whether the role may read the confidential sections and files at this stage. */
function entitled(role: ScenarioRole, stage: Stage): boolean {
  return (
    role === 'proposer' ||
    role === 'coordinator' ||
    (stage === 'after_nda' && (role === 'lead' || role === 'supporting'))
  );
}

function leaks(body: string, f: Scenario): boolean {
  return body.includes(f.marker) || body.includes(f.fileMarker);
}

async function call(app: TestApp, f: Fixture, route: Route, role: ScenarioRole) {
  const body = route.body?.(f);
  return requestAs(app, f)(role, route.method, route.url(f), body?.payload, body?.headers ?? {});
}

describe.each<Stage>(['before_nda', 'after_nda'])('with the departments in charge, %s', (stage) => {
  let shared: Fixture;
  beforeAll(async () => {
    shared = await fixture(stage);
  });

  it(`answers each of the ${ROUTES.length} proposal routes for all ${SCENARIO_ROLES.length} callers exactly as specified, without leaking confidential content`, async () => {
    const mismatches: string[] = [];
    for (const route of ROUTES) {
      const expected = route.expect(stage);
      for (const role of SCENARIO_ROLES) {
        const want = expected[role];
        if (want === undefined) {
          mismatches.push(`${route.name} × ${role}: no expectation written`);
          continue;
        }
        const succeeds = want >= 200 && want < 300;
        const f = route.mutates && succeeds ? await fixture(stage) : shared;
        const res = await call(t(), f, route, role);
        if (res.statusCode !== want) {
          mismatches.push(
            `${route.name} × ${role}: expected ${want}, got ${res.statusCode} ${res.statusCode >= 400 ? res.body.slice(0, 120) : ''}`,
          );
        }
        if (!entitled(role, stage) && leaks(res.body, f)) {
          mismatches.push(`${route.name} × ${role}: confidential content in the answer`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps the proposal out of the lists, searches and exports of those who may not see it, and confidential words out of searches before the NDA', async () => {
    const f = shared;
    const as = requestAs(t(), f);
    const lists = {
      inbox: (role: ScenarioRole, q = f.proposal.referenceNumber ?? '') =>
        as(role, 'GET', `/api/proposals?scope=inbox&pageSize=100&q=${encodeURIComponent(q)}`),
      mine: (role: ScenarioRole) => as(role, 'GET', '/api/proposals?scope=mine&pageSize=100'),
      csv: (role: ScenarioRole) => as(role, 'GET', '/api/proposals/export.csv'),
    };
    const outcomes: Record<string, unknown> = {};
    for (const role of SCENARIO_ROLES) {
      const inbox = await lists.inbox(role, '');
      const mine = await lists.mine(role);
      const csv = await lists.csv(role);
      const secretSearch = await lists.inbox(role, f.marker);
      const contains = (res: { statusCode: number; body: string }) =>
        res.statusCode === 200
          ? res.body.includes(f.proposal.id) || res.body.includes(f.proposal.referenceNumber!)
          : res.statusCode;
      outcomes[role] = {
        inbox: contains(inbox),
        mine: contains(mine),
        csv: contains(csv),
        secretSearch: contains(secretSearch),
      };
      for (const res of [inbox, mine, csv, secretSearch]) {
        if (leaks(res.body, f)) {
          outcomes[`${role} leak`] = res.body.slice(0, 200);
        }
      }
    }
    // The public results and open data never carry anything confidential either.
    for (const url of [
      '/api/public/cases',
      '/api/public/statistics',
      '/api/open-data/cases.csv',
      '/api/open-data/cases.json',
      '/api/open-data/statistics.csv',
    ]) {
      const res = await as('anonymous', 'GET', url);
      expect(res.statusCode, url).toBe(200);
      if (leaks(res.body, f)) {
        outcomes[`${url} leak`] = res.body.slice(0, 200);
      }
    }
    const deptSecretSearch = stage === 'after_nda';
    expect(outcomes).toEqual({
      proposer: { inbox: 403, mine: true, csv: 403, secretSearch: 403 },
      otherProposer: { inbox: 403, mine: false, csv: 403, secretSearch: 403 },
      coordinator: { inbox: true, mine: 403, csv: true, secretSearch: true },
      lead: { inbox: true, mine: 403, csv: true, secretSearch: deptSecretSearch },
      supporting: { inbox: true, mine: 403, csv: true, secretSearch: deptSecretSearch },
      otherDepartment: { inbox: false, mine: 403, csv: false, secretSearch: false },
      admin: { inbox: 403, mine: 403, csv: 403, secretSearch: 403 },
      anonymous: { inbox: 401, mine: 401, csv: 401, secretSearch: 401 },
    });
  });
});

describe('e-mails', () => {
  it('never carry confidential content, whoever they go to', async () => {
    // Every scenario of this file wrote its e-mails to the same outbox.
    const mails = await t().db.select().from(outboxEmailsTable);
    expect(mails.length).toBeGreaterThan(0);
    const leaked = mails.filter(
      (m) =>
        /SECRET-[0-9A-F]{10}/.test(`${m.subject}${m.textBody}${m.htmlBody}`) ||
        m.textBody.includes('機密-'),
    );
    expect(leaked.map((m) => `${m.template} → ${m.toAddress}`)).toEqual([]);
  });
});
