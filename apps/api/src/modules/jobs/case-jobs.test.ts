import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createAgreement, createDecision, mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { proposalEventsTable, proposalsTable } from '../proposals/proposals.table';
import { runCaseJobs } from './case-jobs.service';

const t = useTestApp();

describe('the daily jobs of STEPs 4–6', () => {
  it('brings a held proposal back to the lead department on its date, once', async () => {
    const { ctx, db } = t();
    const s = await createScenario(t(), { status: 'on_hold', nda: 'in_effect' });
    await db
      .update(proposalsTable)
      .set({ holdResumeOn: '2027-04-01' })
      .where(eq(proposalsTable.id, s.proposal.id));
    await createDecision(db, s.proposal.id, 'hold', {
      holdUntil: '2027-04-01',
      resumeOn: '2027-04-01',
      takenAt: new Date(),
    });

    expect((await runCaseJobs({ ctx, today: '2027-03-31' })).holdsResumed).toBe(0);
    t().setNow('2027-04-01T00:30:00Z');
    try {
      expect((await runCaseJobs({ ctx, today: '2027-04-01' })).holdsResumed).toBe(1);
      expect((await runCaseJobs({ ctx, today: '2027-04-01' })).holdsResumed).toBe(0);
    } finally {
      t().setNow(null);
    }
    const [row] = await db
      .select()
      .from(proposalsTable)
      .where(eq(proposalsTable.id, s.proposal.id));
    // Back in internal review, with the decision's clock: 20 business days from Thursday
    // 1 April 2027 (29 April is a holiday) is Friday 30 April.
    expect(row).toMatchObject({
      status: 'internal_review',
      holdResumeOn: null,
      dueOn: '2027-04-30',
    });
    const events = await db
      .select()
      .from(proposalEventsTable)
      .where(
        and(
          eq(proposalEventsTable.proposalId, s.proposal.id),
          eq(proposalEventsTable.action, 'resume'),
        ),
      );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: null, data: { automatic: true } });
    expect((await mailsTo(db, s.users.proposer.email)).map((m) => m.template)).toEqual([
      'proposal_status_changed',
    ]);
    const leadMail = (await mailsTo(db, s.users.lead.email)).at(-1)!;
    expect(leadMail.template).toBe('hold_resumed');
    expect(leadMail.textBody).toContain('2027年4月1日');
    // The lead department decides again: the new decision is recorded, then carried out.
    const as = requestAs(t(), s);
    const seen = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(seen.can.recordDecision).toBe(true);
    expect(seen.can.actions).not.toContain('adopt');
  });

  it('reminds the proposer before a KPI report is due and the department of a report waiting', async () => {
    const { ctx, db } = t();
    const s = await createScenario(t(), { status: 'in_progress', nda: 'in_effect' });
    await createAgreement(db, s.proposal.id, {
      ready: true,
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
    });
    const as = requestAs(t(), s);
    const base = `/api/proposals/${s.proposal.id}`;
    t().setNow('2026-11-02T00:30:00Z');
    try {
      const kpis = (
        await as('lead', 'PUT', `${base}/kpis`, {
          kpis: [
            {
              name: '夜間の救急搬送件数',
              unit: '件',
              baseline: 12,
              target: 6,
              period: 'monthly',
              source: '施設の夜間記録',
              startsOn: '2026-09-01',
            },
          ],
        })
      ).json().kpis;
      // September's report (due 2026-10-15) is overdue; October's is due 2026-11-16.
      expect(kpis[0].periods.slice(0, 2).map((p: { dueOn: string }) => p.dueOn)).toEqual([
        '2026-10-15',
        '2026-11-16',
      ]);
      const september = await as('proposer', 'POST', `${base}/kpis/${kpis[0].id}/reports`, {
        periodStart: '2026-09-01',
        actual: 11,
        comment: '',
      });
      expect(september.statusCode).toBe(201);
    } finally {
      t().setNow(null);
    }
    const proposerMails = async () =>
      (await mailsTo(db, s.users.proposer.email)).filter((m) => m.template === 'kpi_report_due');
    const leadMails = async () =>
      (await mailsTo(db, s.users.lead.email)).filter(
        (m) => m.template === 'kpi_verification_waiting',
      );

    // 2 November: October's report is due in more than three business days: no reminder yet.
    expect(await runCaseJobs({ ctx, today: '2026-11-02' })).toMatchObject({ reportReminders: 0 });
    // 11 November: due within three business days (12, 13, 16).
    expect(await runCaseJobs({ ctx, today: '2026-11-11' })).toMatchObject({
      reportReminders: 1,
      verificationReminders: 1,
    });
    expect(await runCaseJobs({ ctx, today: '2026-11-12' })).toMatchObject({
      reportReminders: 0,
      verificationReminders: 0,
    });
    const [reminder] = await proposerMails();
    expect(reminder!.textBody).toContain('2026年10月');
    expect(reminder!.textBody).toContain('2026年11月16日');
    const [waiting] = await leadMails();
    expect(waiting!.textBody).toContain('2026年9月');
  });
});
