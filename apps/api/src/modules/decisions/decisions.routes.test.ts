import { budgetCycleStart } from '@kyoso/calendar/budget-calendar';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { decisionInput, mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';

const t = useTestApp();

async function reviewCase() {
  const s = await createScenario(t(), { status: 'internal_review', nda: 'in_effect' });
  const as = requestAs(t(), s);
  const base = `/api/proposals/${s.proposal.id}`;
  const proposal = async (role: Parameters<typeof as>[0] = 'lead') =>
    (await as(role, 'GET', base)).json().proposal;
  const act = async (body: Record<string, unknown>) =>
    as('lead', 'POST', `${base}/transitions`, { version: (await proposal()).version, ...body });
  return { s, as, base, proposal, act };
}

describe('the STEP 4 decision record', () => {
  it('is required to adopt, and the proposer reads its conclusions once it is carried out', async () => {
    const { s, as, base, proposal, act } = await reviewCase();

    // Without a record, adopt is not offered and is refused with a reason that says what to do.
    expect((await proposal()).can.actions).not.toContain('adopt');
    const refused = await act({ action: 'adopt' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'workflow.precondition_failed',
      details: [{ path: 'action', code: 'workflow.decision_matches' }],
    });
    expect(refused.json().error.details[0].message).toContain('判断を記録');

    const saved = await as('lead', 'PUT', `${base}/decision`, decisionInput('adopt'));
    expect(saved.statusCode).toBe(200);
    expect(saved.json().decision).toMatchObject({
      version: 1,
      outcome: 'adopt',
      internalNotes: '局長了承済み。',
      takenAt: null,
    });
    // The lead department gets the budget calendar's guide with it.
    expect(saved.json().guide).toMatchObject({ earliestBudgetFiscalYear: expect.any(Number) });

    // Not yet carried out: the proposer sees nothing of the city's deliberation.
    expect((await proposal('proposer')).decision).toBeNull();
    expect((await as('proposer', 'GET', `${base}/decision`)).json()).toEqual({
      decision: null,
      guide: null,
    });
    const internalTimeline = (await as('proposer', 'GET', `${base}/timeline`)).json();
    expect(JSON.stringify(internalTimeline)).not.toContain('decision_recorded');

    expect((await proposal()).can.actions).toContain('adopt');
    expect((await proposal()).can.actions).not.toContain('decline');
    const adopted = await act({ action: 'adopt' });
    expect(adopted.statusCode).toBe(200);
    expect(adopted.json().proposal.status).toBe('agreement');

    const seen = await proposal('proposer');
    expect(seen.decision).toMatchObject({
      outcome: 'adopt',
      fiscalBurden: 'none',
      original: true,
      exclusiveUse: 'none',
      decisionBody: '保健福祉局 局議',
      takenAt: expect.any(String),
    });
    expect(seen.decision).not.toHaveProperty('internalNotes');
    expect(JSON.stringify(seen)).not.toContain('局長了承済み');
    expect(seen.can.readDecision).toBe(true);
    expect(seen.can.recordDecision).toBe(false);
    const staffSeen = await proposal('coordinator');
    expect(staffSeen.decision.internalNotes).toBe('局長了承済み。');
    expect(staffSeen.decision.recordedBy.name).toBe(s.users.lead.name);
    // Once carried out, the decision is not rewritten outside review or hold.
    const late = await as('lead', 'PUT', `${base}/decision`, decisionInput('adopt'));
    expect(late.json().error.code).toBe('decisions.not_deciding');
    // The proposer's e-mail says the outcome with the criteria's conclusions and the next date.
    const mail = (await mailsTo(t().db, s.users.proposer.email)).at(-1)!;
    expect(mail.template).toBe('proposal_status_changed');
    expect(mail.textBody).toContain('市の財政負担');
    expect(mail.textBody).toContain('市の費用負担はありません');
    expect(mail.textBody).toContain('提案に独自性があり');
    expect(mail.textBody).toContain('次の予定日');
    expect(mail.textBody).not.toContain('局長了承済み');
  });

  it('names the field that is missing for each outcome and criterion', async () => {
    const { as, base } = await reviewCase();
    const paths = async (body: unknown) => {
      const res = await as('lead', 'PUT', `${base}/decision`, body);
      expect(res.statusCode).toBe(400);
      return res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort();
    };
    expect(
      await paths(decisionInput('adopt', { fiscalBurden: 'new_budget', fiscalAmountYen: null })),
    ).toEqual(['budgetFiscalYear', 'fiscalAmountYen']);
    expect(
      await paths(decisionInput('adopt', { exclusiveUse: 'partial', fairnessMeasure: '' })),
    ).toEqual(['fairnessMeasure']);
    expect(
      await paths(decisionInput('decline', { declineReasonCodes: [], declineReason: '' })),
    ).toEqual(['declineReason', 'declineReasonCodes']);
    expect(await paths(decisionInput('hold', { holdKind: null, holdUntil: null }))).toEqual([
      'holdKind',
    ]);
    expect(
      await paths(decisionInput('adopt', { originalityJustification: '', lawsExamined: ' ' })),
    ).toEqual(['lawsExamined', 'originalityJustification']);
    const res = await as(
      'lead',
      'PUT',
      `${base}/decision`,
      decisionInput('adopt', { fiscalExplanation: '' }),
    );
    expect(res.json().error.details[0].message).toMatch(/必須|入力/);
  });

  it('checks the fiscal year and the hold against the budget calendar', async () => {
    const { as, base, act } = await reviewCase();
    const guide = (await as('lead', 'GET', `${base}/decision`)).json().guide;
    const earliest: number = guide.earliestBudgetFiscalYear;
    const tooEarly = await as(
      'lead',
      'PUT',
      `${base}/decision`,
      decisionInput('adopt', {
        fiscalBurden: 'new_budget',
        fiscalAmountYen: 12_000_000,
        budgetFiscalYear: earliest - 1,
      }),
    );
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().error.details[0]).toMatchObject({
      path: 'budgetFiscalYear',
      code: 'decisions.fiscal_year_too_early',
    });
    // A supplementary budget can carry it earlier.
    const supplementary = await as(
      'lead',
      'PUT',
      `${base}/decision`,
      decisionInput('adopt', {
        fiscalBurden: 'new_budget',
        fiscalAmountYen: 12_000_000,
        budgetFiscalYear: earliest - 1,
        supplementaryBudget: true,
      }),
    );
    expect(supplementary.statusCode).toBe(200);

    // Held until the budget cycle of a fiscal year: it resumes when that cycle starts.
    const cycle = guide.budgetCycles.at(-1);
    const held = await as(
      'lead',
      'PUT',
      `${base}/decision`,
      decisionInput('hold', {
        holdKind: 'budget_cycle',
        holdUntil: null,
        holdFiscalYear: cycle.fiscalYear,
      }),
    );
    expect(held.json().decision).toMatchObject({
      version: 2,
      outcome: 'hold',
      resumeOn: budgetCycleStart(cycle.fiscalYear),
    });
    // The hold must carry out the record: another date is refused, the recorded one accepted.
    const wrongDate = await act({ action: 'hold', resumeOn: '2099-12-01', reason: '予算待ち' });
    expect(wrongDate.json().error.code).toBe('workflow.precondition_failed');
    const holding = await act({ action: 'hold', resumeOn: cycle.startsOn, reason: '予算待ち' });
    expect(holding.statusCode).toBe(200);
    expect(holding.json().proposal).toMatchObject({
      status: 'on_hold',
      holdResumeOn: cycle.startsOn,
    });

    const past = await as(
      'lead',
      'PUT',
      `${base}/decision`,
      decisionInput('hold', { holdUntil: '2020-01-01' }),
    );
    expect(past.json().error.details[0].path).toBe('holdUntil');
  });

  it('declines only with the recorded reasons, and keeps every version for staff', async () => {
    const { s, as, base, act, proposal } = await reviewCase();
    await as('lead', 'PUT', `${base}/decision`, decisionInput('adopt'));
    const declined = decisionInput('decline', {
      declineReasonCodes: ['legal_conflict', 'exclusive_use'],
      declineReason: '道路占用の許可が得られず、特定事業者の独占にもなるため。',
      expectedVersion: 1,
    });
    expect((await as('lead', 'PUT', `${base}/decision`, declined)).statusCode).toBe(200);
    // A writer who saw version 1 cannot overwrite version 2.
    const stale = await as('lead', 'PUT', `${base}/decision`, { ...declined, expectedVersion: 1 });
    expect(stale.json().error.code).toBe('decisions.version_conflict');

    const other = await act({ action: 'decline', reasonCodes: ['duplicate'], reason: '重複' });
    expect(other.json().error.code).toBe('workflow.precondition_failed');
    const ok = await act({
      action: 'decline',
      reasonCodes: ['exclusive_use', 'legal_conflict'],
      reason: '道路占用の許可が得られず、特定事業者の独占にもなるため。',
    });
    expect(ok.statusCode).toBe(200);
    const seen = await proposal('proposer');
    expect(seen.decision).toMatchObject({
      outcome: 'decline',
      declineReasonCodes: ['legal_conflict', 'exclusive_use'],
    });

    const versions = await as('supporting', 'GET', `${base}/decision/versions`);
    expect(versions.json().versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.json().versions[1].takenAt).toBeNull();
    expect(versions.json().versions[0].takenAt).not.toBeNull();
    expect((await as('proposer', 'GET', `${base}/decision/versions`)).statusCode).toBe(403);
    expect(s.users.proposer).toBeDefined();
  });

  it('is written only by the lead department and read by those in charge', async () => {
    const { as, base } = await reviewCase();
    await as('lead', 'PUT', `${base}/decision`, decisionInput('adopt'));
    const writes = {
      proposer: 403,
      otherProposer: 404,
      coordinator: 403,
      supporting: 403,
      otherDepartment: 404,
      admin: 404,
      anonymous: 401,
    } as const;
    for (const [role, status] of Object.entries(writes)) {
      const res = await as(role as keyof typeof writes, 'PUT', `${base}/decision`, decisionInput());
      expect(res.statusCode, role).toBe(status);
    }
    const reads = { coordinator: true, supporting: true, proposer: false } as const;
    for (const [role, sees] of Object.entries(reads)) {
      const res = await as(role as keyof typeof reads, 'GET', `${base}/decision`);
      expect(res.statusCode, role).toBe(200);
      expect(res.json().decision !== null, role).toBe(sees);
      expect(res.json().guide, role).toBeNull();
    }
  });
});
