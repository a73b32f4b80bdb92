import { describe, expect, it } from 'vitest';
import { computeSroi } from '@kyoso/impact/sroi';
import { useTestApp } from '../../../test/build-app';
import { createAgreement, evaluationInput, mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';

const t = useTestApp();

const sroi = {
  investmentYen: 10_000_000,
  discountRate: 0.04,
  outcomes: [
    {
      name: '夜間の救急搬送の減少',
      stakeholder: '消防局',
      quantity: 60,
      financialProxyYen: 45_000,
      deadweight: 0.2,
      displacement: 0,
      attribution: 0.25,
      dropOff: 0.1,
      durationYears: 3,
    },
    {
      name: '夜勤職員の負担軽減',
      quantity: 1200,
      financialProxyYen: 3000,
      deadweight: 0.1,
      displacement: 0,
      attribution: 0.3,
      dropOff: 0.2,
      durationYears: 2,
    },
  ],
};

async function evaluationCase() {
  const s = await createScenario(t(), { status: 'evaluation', nda: 'in_effect' });
  await createAgreement(t().db, s.proposal.id, { ready: true });
  const as = requestAs(t(), s);
  const base = `/api/proposals/${s.proposal.id}`;
  const kpis = (
    await as('lead', 'PUT', `${base}/kpis`, {
      kpis: [
        {
          name: '夜間の救急搬送件数',
          unit: '件/月',
          baseline: 12,
          target: 6,
          period: 'monthly',
          source: '施設の夜間記録',
          startsOn: '2026-05-01',
        },
      ],
    })
  ).json().kpis;
  return { s, as, base, kpiId: kpis[0].id as string };
}

describe('the STEP 6 evaluation', () => {
  it('is required to complete, carries its SROI, and the proposer comments', async () => {
    const { s, as, base, kpiId } = await evaluationCase();
    const complete = async (outcome: string) =>
      as('lead', 'POST', `${base}/transitions`, {
        action: 'complete',
        outcome,
        version: (await as('lead', 'GET', base)).json().proposal.version,
      });
    const early = await complete('scale_up');
    expect(early.json().error.details[0]).toMatchObject({
      path: 'action',
      code: 'workflow.evaluation_recorded',
    });

    const written = await as(
      'lead',
      'PUT',
      `${base}/evaluation`,
      evaluationInput({
        achievements: [{ kpiId, achievement: 'met', comment: '月6件まで減少した。' }],
        sroi,
      }),
    );
    expect(written.statusCode).toBe(200);
    const evaluation = written.json().evaluation;
    expect(evaluation).toMatchObject({
      version: 1,
      nextStage: 'scale_up',
      achievements: [{ kpiId, kpiName: '夜間の救急搬送件数', achievement: 'met' }],
      recordedBy: { name: s.users.lead.name },
    });
    // The stored result is the pure function's, computed when the version was saved.
    expect(evaluation.sroi.result).toEqual(computeSroi(sroi));
    expect(evaluation.sroi.result.ratio).toBeGreaterThan(0);

    const unknownKpi = await as(
      'lead',
      'PUT',
      `${base}/evaluation`,
      evaluationInput({
        achievements: [
          { kpiId: '00000000-0000-4000-8000-000000000000', achievement: 'met', comment: '' },
        ],
      }),
    );
    expect(unknownKpi.json().error.details[0].path).toBe('achievements.0.kpiId');
    const missing = await as(
      'lead',
      'PUT',
      `${base}/evaluation`,
      evaluationInput({ whatDidNot: '', nextStageReason: '' }),
    );
    expect(
      missing
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['nextStageReason', 'whatDidNot']);

    // The proposer reads it (without the civil servant's name) and adds a comment.
    const seen = (await as('proposer', 'GET', base)).json().proposal;
    expect(seen.evaluation).toMatchObject({ nextStage: 'scale_up', recordedBy: null });
    expect(seen.can.commentEvaluation).toBe(true);
    expect((await as('proposer', 'PUT', `${base}/evaluation`, evaluationInput())).statusCode).toBe(
      403,
    );
    const commented = await as('proposer', 'POST', `${base}/evaluation/comment`, {
      comment: '小規模施設向けの操作の簡略化を次の段階で提案します。',
    });
    expect(commented.json().evaluation.proposerComment).toContain('小規模施設');

    // `complete` carries out the next stage the evaluation recommends.
    expect((await complete('end')).json().error.code).toBe('workflow.precondition_failed');
    const done = await complete('scale_up');
    expect(done.statusCode).toBe(200);
    expect(done.json().proposal).toMatchObject({ status: 'completed', outcome: 'scale_up' });
    const mail = (await mailsTo(t().db, s.users.proposer.email)).at(-1)!;
    expect(mail.template).toBe('proposal_status_changed');

    const versions = (await as('supporting', 'GET', `${base}/evaluation/versions`)).json();
    expect(versions.versions).toHaveLength(1);
    expect((await as('proposer', 'GET', `${base}/evaluation/versions`)).statusCode).toBe(403);
  });
});

describe('POST /api/sroi', () => {
  it('computes the SROI for anyone, with the same function as the evaluation', async () => {
    const res = await t().app.inject({ method: 'POST', url: '/api/sroi', payload: sroi });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual(JSON.parse(JSON.stringify(computeSroi(sroi))));
    expect(body.byYear.map((y: { year: number }) => y.year)).toEqual([1, 2, 3]);
    // Year 1 of the first outcome: 60 × 45,000 × 0.8 × 1 × 0.75 = 1,620,000, discounted by 1.04.
    expect(body.byOutcome[0].years[0]).toEqual({
      year: 1,
      valueYen: 1_620_000,
      presentValueYen: 1_557_692.31,
    });
  });

  it('names the field that is out of range', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/sroi',
      payload: { ...sroi, discountRate: 4, outcomes: [{ ...sroi.outcomes[0], deadweight: -0.1 }] },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['discountRate', 'outcomes.0.deadweight']);
  });
});
