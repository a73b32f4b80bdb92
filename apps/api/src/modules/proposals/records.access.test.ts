/**
 * Access to the records of STEPs 4–6, proven in their own STEPs: each record route × the eight
 * kinds of caller, with the exact status each must get, and the city's internal deliberation
 * (the decision's internal notes) never reaching the proposer or anyone outside.
 */
import { describe, expect, it } from 'vitest';
import type { ProposalStatus } from '@kyoso/contracts/workflow';
import { useTestApp } from '../../../test/build-app';
import {
  agreementInput,
  createAgreement,
  createDecision,
  createEvaluation,
  decisionInput,
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

const t = useTestApp();

type Expect = Record<ScenarioRole, number>;
const OUTSIDERS = { otherProposer: 404, otherDepartment: 404, admin: 404, anonymous: 401 };
const expectOf = (inCharge: Partial<Record<ScenarioRole, number>>, others = 403): Expect => ({
  proposer: others,
  coordinator: others,
  lead: others,
  supporting: others,
  ...OUTSIDERS,
  ...inCharge,
});
const readers = (status = 200) =>
  expectOf({ proposer: status, coordinator: status, lead: status, supporting: status });

type Fixture = Scenario & { kpiId: string; reportId: string | null };
type Route = {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: (f: Fixture) => string;
  body?: () => { payload: unknown; headers?: Record<string, string> };
  mutates?: boolean;
  expect: Expect;
};

const INTERNAL = 'INTERNAL-NOTE-7f3a';

async function fixture(status: ProposalStatus): Promise<Fixture> {
  const s = await createScenario(t(), { status, nda: 'in_effect' });
  const { db } = t();
  await createDecision(db, s.proposal.id, 'adopt', {
    internalNotes: INTERNAL,
    takenAt: status === 'internal_review' ? null : new Date(),
  });
  let kpiId = '00000000-0000-4000-8000-000000000000';
  let reportId: string | null = null;
  if (status !== 'internal_review') {
    await createAgreement(db, s.proposal.id, {
      ready: status !== 'agreement',
      startsOn: '2026-08-01',
      endsOn: '2027-07-31',
    });
    const as = requestAs(t(), s);
    const base = `/api/proposals/${s.proposal.id}`;
    const kpis = (await as('lead', 'PUT', `${base}/kpis`, { kpis: [kpiInput()] })).json().kpis;
    kpiId = kpis[0].id;
    if (status === 'in_progress' || status === 'evaluation') {
      const res = await as('proposer', 'POST', `${base}/kpis/${kpiId}/reports`, {
        periodStart: '2026-08-01',
        actual: 11,
        comment: '',
      });
      reportId = res.json().report.id;
    }
    if (status === 'evaluation') {
      await createEvaluation(db, s.proposal.id);
    }
  }
  return { ...s, kpiId, reportId };
}

const json = (payload: unknown) => () => ({ payload });
const url = (path: string) => (f: Fixture) => `/api/proposals/${f.proposal.id}${path}`;

const STAGES: Array<{ status: ProposalStatus; routes: Route[] }> = [
  {
    status: 'internal_review',
    routes: [
      { name: 'decision', method: 'GET', url: url('/decision'), expect: readers() },
      {
        name: 'record decision',
        method: 'PUT',
        url: url('/decision'),
        body: json(decisionInput('adopt', { internalNotes: INTERNAL })),
        mutates: true,
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'decision versions',
        method: 'GET',
        url: url('/decision/versions'),
        expect: expectOf({ coordinator: 200, lead: 200, supporting: 200 }),
      },
      { name: 'proposal', method: 'GET', url: url(''), expect: readers() },
    ],
  },
  {
    status: 'agreement',
    routes: [
      { name: 'decision', method: 'GET', url: url('/decision'), expect: readers() },
      { name: 'agreement', method: 'GET', url: url('/agreement'), expect: readers() },
      {
        name: 'record agreement',
        method: 'PUT',
        url: url('/agreement'),
        body: json(agreementInput()),
        mutates: true,
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'confirm agreement',
        method: 'POST',
        url: url('/agreement/confirm'),
        body: json({ version: 1 }),
        mutates: true,
        expect: expectOf({ proposer: 200 }),
      },
      {
        name: 'council suggestion',
        method: 'GET',
        url: url('/agreement/council-suggestion?vote=ordinance'),
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'signed agreement upload',
        method: 'POST',
        url: url('/agreement/document'),
        body: () => {
          const form = multipart(
            { name: '協定書.pdf', bytes: pdfBytes() },
            { signedOn: '2026-11-01' },
          );
          return { payload: form.payload, headers: form.headers };
        },
        mutates: true,
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'public summary',
        method: 'PUT',
        url: url('/agreement/public-summary'),
        body: json({ text: '公開用の概要です。' }),
        mutates: true,
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'save logic model',
        method: 'PUT',
        url: url('/logic-model'),
        body: json(logicModelInput()),
        mutates: true,
        expect: expectOf({ proposer: 200, lead: 200 }),
      },
      { name: 'logic model', method: 'GET', url: url('/logic-model'), expect: readers() },
      {
        name: 'report kpi',
        method: 'POST',
        url: (f) => `/api/proposals/${f.proposal.id}/kpis/${f.kpiId}/reports`,
        body: json({ periodStart: '2026-08-01', actual: 1, comment: '' }),
        expect: expectOf({ proposer: 409 }),
      },
    ],
  },
  {
    status: 'in_progress',
    routes: [
      { name: 'kpis', method: 'GET', url: url('/kpis'), expect: readers() },
      {
        name: 'set kpis',
        method: 'PUT',
        url: url('/kpis'),
        body: json({ kpis: [kpiInput()] }),
        mutates: true,
        expect: expectOf({ proposer: 200, lead: 200 }),
      },
      {
        name: 'report kpi',
        method: 'POST',
        url: (f) => `/api/proposals/${f.proposal.id}/kpis/${f.kpiId}/reports`,
        body: json({ periodStart: '2026-09-01', actual: 10, comment: '' }),
        mutates: true,
        expect: expectOf({ proposer: 201 }),
      },
      {
        name: 'review kpi report',
        method: 'POST',
        url: (f) => `/api/proposals/${f.proposal.id}/kpi-reports/${f.reportId}/review`,
        body: json({ verdict: 'question', comment: '内訳を教えてください。' }),
        mutates: true,
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'answer kpi report',
        method: 'POST',
        url: (f) => `/api/proposals/${f.proposal.id}/kpi-reports/${f.reportId}/answer`,
        body: json({ answer: '回答します。' }),
        expect: expectOf({ proposer: 409 }),
      },
      { name: 'evaluation', method: 'GET', url: url('/evaluation'), expect: readers() },
      {
        name: 'record evaluation',
        method: 'PUT',
        url: url('/evaluation'),
        body: json(evaluationInput()),
        expect: expectOf({ lead: 409 }),
      },
    ],
  },
  {
    status: 'evaluation',
    routes: [
      { name: 'evaluation', method: 'GET', url: url('/evaluation'), expect: readers() },
      {
        name: 'record evaluation',
        method: 'PUT',
        url: url('/evaluation'),
        body: json(evaluationInput()),
        mutates: true,
        expect: expectOf({ lead: 200 }),
      },
      {
        name: 'evaluation versions',
        method: 'GET',
        url: url('/evaluation/versions'),
        expect: expectOf({ coordinator: 200, lead: 200, supporting: 200 }),
      },
      {
        name: 'comment on evaluation',
        method: 'POST',
        url: url('/evaluation/comment'),
        body: json({ comment: '次の段階でも協力します。' }),
        mutates: true,
        expect: expectOf({ proposer: 200 }),
      },
      { name: 'kpis', method: 'GET', url: url('/kpis'), expect: readers() },
    ],
  },
];

describe.each(STAGES)('the records in $status', ({ status, routes }) => {
  it(`answers each record route for all ${SCENARIO_ROLES.length} callers exactly as specified, and the internal notes reach city staff only`, async () => {
    const shared = await fixture(status);
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const role of SCENARIO_ROLES) {
        const want = route.expect[role];
        const f = route.mutates && want >= 200 && want < 300 ? await fixture(status) : shared;
        const body = route.body?.();
        const res = await requestAs(t(), f)(
          role,
          route.method,
          route.url(f),
          body?.payload,
          body?.headers ?? {},
        );
        if (res.statusCode !== want) {
          mismatches.push(
            `${route.name} × ${role}: expected ${want}, got ${res.statusCode} ${res.statusCode >= 400 ? res.body.slice(0, 120) : ''}`,
          );
        }
        const staff = role === 'coordinator' || role === 'lead' || role === 'supporting';
        if (!staff && res.body.includes(INTERNAL)) {
          mismatches.push(`${route.name} × ${role}: the internal notes in the answer`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
