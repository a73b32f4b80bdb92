import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createAgreement, mailsTo } from '../../../test/factories';
import { multipart, pdfBytes } from '../../../test/files';
import { createScenario, requestAs } from '../../../test/scenario';
import { proposalsTable } from '../proposals/proposals.table';

const t = useTestApp();

const kpi = (overrides: Record<string, unknown> = {}) => ({
  name: '夜間の救急搬送件数',
  unit: '件/月',
  baseline: 12,
  target: 6,
  period: 'monthly',
  source: '施設の夜間記録',
  startsOn: '2026-08-01',
  ...overrides,
});

async function runningCase(status: 'agreement' | 'in_progress' = 'in_progress') {
  const s = await createScenario(t(), { status, nda: 'in_effect' });
  await createAgreement(t().db, s.proposal.id, {
    ready: true,
    startsOn: '2026-08-01',
    endsOn: '2027-01-31',
  });
  const as = requestAs(t(), s);
  const base = `/api/proposals/${s.proposal.id}`;
  return { s, as, base };
}

describe('the logic model and KPIs (STEPs 5–6)', () => {
  it('start from the proposal, and both sides edit them, each version kept', async () => {
    const { as, base } = await runningCase('agreement');
    const draft = (await as('proposer', 'GET', `${base}/logic-model`)).json().logicModel;
    expect(draft.version).toBe(0);
    expect(draft.outcomes[0]).toContain('重症化の防止');
    expect(draft.inputs.length).toBeGreaterThan(0);

    const saved = await as('proposer', 'PUT', `${base}/logic-model`, {
      ...draft,
      impact: ['高齢者が住み慣れた施設で安心して夜を過ごせる'],
      expectedVersion: 0,
    });
    expect(saved.json().logicModel).toMatchObject({ version: 1, updatedBySide: 'proposer' });
    const stale = await as('lead', 'PUT', `${base}/logic-model`, { ...draft, expectedVersion: 0 });
    expect(stale.json().error.code).toBe('kpis.version_conflict');
    const byCity = await as('lead', 'PUT', `${base}/logic-model`, { ...draft, expectedVersion: 1 });
    expect(byCity.json().logicModel).toMatchObject({ version: 2, updatedBySide: 'city' });
    for (const role of ['supporting', 'coordinator'] as const) {
      expect((await as(role, 'PUT', `${base}/logic-model`, draft)).statusCode, role).toBe(403);
    }

    const set = await as('lead', 'PUT', `${base}/kpis`, { kpis: [kpi()], expectedVersion: 0 });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ version: 1, kpis: [{ name: '夜間の救急搬送件数' }] });
    const unknown = await as('proposer', 'PUT', `${base}/kpis`, {
      kpis: [kpi({ id: '00000000-0000-4000-8000-000000000000' })],
    });
    expect(unknown.json().error.details[0].path).toBe('kpis.0.id');
    const missing = await as('proposer', 'PUT', `${base}/kpis`, {
      kpis: [kpi({ unit: '', source: '' })],
    });
    expect(
      missing
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['kpis.0.source', 'kpis.0.unit']);
    // Not reported before the agreement is signed.
    const id = set.json().kpis[0].id;
    const early = await as('proposer', 'POST', `${base}/kpis/${id}/reports`, {
      periodStart: '2026-08-01',
      actual: 10,
      comment: '',
    });
    expect(early.json().error.code).toBe('kpis.not_reporting');
  });

  it('are reported per period by the proposer, verified or questioned by the department, and answered', async () => {
    const { s, as, base } = await runningCase();
    t().setNow('2026-11-30T03:00:00Z');
    try {
      const kpis = (await as('lead', 'PUT', `${base}/kpis`, { kpis: [kpi()] })).json().kpis;
      const k = kpis[0];
      // August 2026 to January 2027: six monthly periods, the plan going from 12 down to 6.
      expect(k.periods.map((p: { periodStart: string }) => p.periodStart)).toEqual([
        '2026-08-01',
        '2026-09-01',
        '2026-10-01',
        '2026-11-01',
        '2026-12-01',
        '2027-01-01',
      ]);
      expect(k.periods.map((p: { plannedValue: number }) => p.plannedValue)).toEqual([
        11, 10, 9, 8, 7, 6,
      ]);
      // August's report was due ten business days after 31 August: 14 September; it is overdue.
      expect(k.periods[0]).toMatchObject({ dueOn: '2026-09-14', overdue: true, report: null });
      // The clock of STEP 6 is the earliest report due.
      const [row] = await t()
        .db.select({ dueOn: proposalsTable.dueOn })
        .from(proposalsTable)
        .where(eq(proposalsTable.id, s.proposal.id));
      expect(row!.dueOn).toBe('2026-09-14');

      const report = (periodStart: string, actual: number) =>
        as('proposer', 'POST', `${base}/kpis/${k.id}/reports`, {
          periodStart,
          actual,
          comment: '施設日誌より集計',
        });
      const reports = [];
      for (const [periodStart, actual] of [
        ['2026-08-01', 11],
        ['2026-09-01', 9],
        ['2026-10-01', 4],
      ] as const) {
        const res = await report(periodStart, actual);
        expect(res.statusCode, periodStart).toBe(201);
        reports.push(res.json().report);
      }
      expect((await report('2026-08-01', 1)).json().error.code).toBe('kpis.report_exists');
      expect((await report('2026-08-15', 1)).json().error.details[0]).toMatchObject({
        path: 'periodStart',
        code: 'kpis.not_a_period',
      });
      expect((await report('2026-12-01', 1)).json().error.details[0].code).toBe(
        'kpis.period_not_ended',
      );
      expect(
        (
          await as('lead', 'POST', `${base}/kpis/${k.id}/reports`, {
            periodStart: '2026-11-01',
            actual: 1,
            comment: '',
          })
        ).statusCode,
      ).toBe(403);

      // Evidence for a report: a file of a known kind.
      const evidence = multipart({ name: '10月集計.pdf', bytes: pdfBytes('集計') }, {});
      const attached = await as(
        'proposer',
        'PUT',
        `${base}/kpi-reports/${reports[2].id}/file`,
        evidence.payload,
        evidence.headers,
      );
      expect(attached.json().report.file).toMatchObject({ fileName: '10月集計.pdf' });
      expect(
        (await as('lead', 'GET', `${base}/kpi-reports/${reports[2].id}/file`)).statusCode,
      ).toBe(200);

      const review = (id: string, verdict: string, comment: string) =>
        as('lead', 'POST', `${base}/kpi-reports/${id}/review`, { verdict, comment });
      expect((await review(reports[0].id, 'verify', '')).json().report.status).toBe('verified');
      expect((await review(reports[1].id, 'verify', '確認しました')).json().report.status).toBe(
        'verified',
      );
      const noQuestion = await review(reports[2].id, 'question', '');
      expect(noQuestion.json().error.details[0].path).toBe('comment');
      const questioned = await review(
        reports[2].id,
        'question',
        '10月だけ大きく減っています。集計方法が変わりましたか。',
      );
      expect(questioned.json().report.status).toBe('questioned');
      const question = (await mailsTo(t().db, s.users.proposer.email)).at(-1)!;
      expect(question.template).toBe('case_update');
      expect(question.subject).toContain('について市が質問しました');
      expect(question.textBody).toContain('集計方法が変わりましたか');
      const reported = (await mailsTo(t().db, s.users.lead.email)).filter(
        (m) => m.template === 'case_update',
      );
      expect(reported.map((m) => m.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('2026年8月）が報告されました')]),
      );
      expect((await review(reports[0].id, 'verify', '')).json().error.code).toBe(
        'kpis.report_state',
      );
      const answered = await as('proposer', 'POST', `${base}/kpi-reports/${reports[2].id}/answer`, {
        answer: '1施設分の記録が漏れていました。訂正します。',
        actual: 7,
      });
      expect(answered.json().report).toMatchObject({ status: 'answered', actual: 7 });

      const proposal = (await as('proposer', 'GET', base)).json().proposal;
      expect(
        proposal.kpis[0].periods
          .slice(0, 3)
          .map((p: { report: { status: string } }) => p.report.status),
      ).toEqual(['verified', 'verified', 'answered']);
      expect(proposal.can).toMatchObject({ reportKpi: true, verifyKpi: false, editKpis: true });
      const titles = (await as('proposer', 'GET', `${base}/events`))
        .json()
        .events.map((e: { title: { ja: string } }) => e.title.ja);
      expect(titles).toEqual(
        expect.arrayContaining([
          'KPI を設定しました（1 件）',
          'KPI「夜間の救急搬送件数」の実績（2026年8月）が報告されました',
          'KPI「夜間の救急搬送件数」の実績（2026年10月）について市が質問しました',
        ]),
      );
      // The next report due is November's, on 14 December.
      const [after] = await t()
        .db.select({ dueOn: proposalsTable.dueOn })
        .from(proposalsTable)
        .where(eq(proposalsTable.id, s.proposal.id));
      expect(after!.dueOn).toBe('2026-12-14');
    } finally {
      t().setNow(null);
    }
  });
});
