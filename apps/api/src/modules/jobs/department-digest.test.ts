import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  createAgreement,
  createDepartment,
  createProposal,
  createUser,
  loginCookie,
  mailsTo,
  unique,
} from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { proposalsTable } from '../proposals/proposals.table';
import { usersTable } from '../users/users.table';
import { sendDepartmentDigests } from './department-digest.service';
import { sendCoordinatorDigest } from './digest.service';
import { runEscalations } from './escalation.service';

const t = useTestApp();

describe('the departments’ daily digest', () => {
  it('sends each department’s staff their deadlines and KPI reports to verify, once a day', async () => {
    const { ctx, db } = t();
    // A project under way whose September report waits for the lead department's verification.
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
      const report = await as('proposer', 'POST', `${base}/kpis/${kpis[0].id}/reports`, {
        periodStart: '2026-09-01',
        actual: 11,
        comment: '',
      });
      expect(report.statusCode).toBe(201);
    } finally {
      t().setNow(null);
    }
    // The project's own stage has no deadline here: the lists below are the test's proposals.
    await db
      .update(proposalsTable)
      .set({ dueOn: null })
      .where(eq(proposalsTable.id, s.proposal.id));
    const lead = s.departments.lead.id;
    const overdue = await createProposal(db, {
      status: 'awaiting_department',
      title: `${unique('遅延')} 見守りの提案`,
      leadDepartmentId: lead,
      dueOn: '2026-11-18',
    });
    const later = await createProposal(db, {
      status: 'internal_review',
      title: `${unique('余裕')} 交通の提案`,
      leadDepartmentId: lead,
      dueOn: '2026-12-20',
    });
    // Another department: its own proposal due soon, its staff alone receive it.
    const parks = await createDepartment(db);
    const parksStaff = await createUser(db, {
      role: 'department',
      departmentId: parks.id,
      language: 'en',
    });
    const soon = await createProposal(db, {
      status: 'awaiting_department',
      title: `${unique('間近')} 公園の提案`,
      leadDepartmentId: parks.id,
      dueOn: '2026-11-24',
    });
    // A department with nothing to read: its staff receive nothing.
    const quiet = await createDepartment(db);
    const quietStaff = await createUser(db, { role: 'department', departmentId: quiet.id });
    // A colleague who turned the digests off.
    await db
      .update(usersTable)
      .set({ digestOptOut: true })
      .where(eq(usersTable.id, s.users.leadColleague.id));

    const result = await sendDepartmentDigests({ ctx, today: '2026-11-20' });
    expect(result).toMatchObject({ sent: true });
    const digests = async (email: string) =>
      (await mailsTo(db, email)).filter((m) => m.template === 'department_digest');

    const [mail] = await digests(s.users.lead.email);
    expect(mail!.subject).toContain(`${s.departments.lead.nameJa}の期限の状況`);
    expect(mail!.subject).toContain('超過1件・間近0件・KPI確認待ち1件');
    expect(mail!.textBody).toContain(overdue.title);
    expect(mail!.textBody).toContain(`/proposals/${overdue.id}`);
    expect(mail!.textBody).not.toContain(later.title);
    expect(mail!.textBody).not.toContain(soon.title);
    expect(mail!.textBody).toContain('夜間の救急搬送件数（2026年9月');
    expect(mail!.textBody).toContain(`/proposals/${s.proposal.id}?tab=kpis`);
    expect(mail!.textBody).toContain('/account');

    const [english] = await digests(parksStaff.email);
    expect(english!.subject).toContain(`${parks.nameEn}: 0 overdue, 1 due soon, 0 KPI reports`);
    expect(english!.textBody).toContain(soon.title);
    expect(english!.textBody).not.toContain(overdue.title);

    expect(await digests(quietStaff.email)).toHaveLength(0);
    expect(await digests(s.users.leadColleague.email)).toHaveLength(0);
    // Staff of other departments do not receive the lead department's digest.
    expect(await digests(s.users.supporting.email)).toHaveLength(0);

    // A second process, or a second tick, the same day: nothing more.
    expect(await sendDepartmentDigests({ ctx, today: '2026-11-20' })).toEqual({
      sent: false,
      reason: 'already_sent',
    });
    expect(await digests(s.users.lead.email)).toHaveLength(1);
  });

  it('is not sent to a coordinator who turned the digests off, on the account page', async () => {
    const { app, ctx, db } = t();
    const reader = await createUser(db, { role: 'coordinator' });
    const optedOut = await createUser(db, { role: 'coordinator' });
    await createProposal(db, { status: 'submitted', screeningDueOn: '2026-11-30' });

    const cookie = await loginCookie(app, ctx, optedOut);
    const off = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie },
      payload: { digestOptOut: true },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().user.digestOptOut).toBe(true);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().user.digestOptOut).toBe(true);

    expect(await sendCoordinatorDigest({ ctx, today: '2026-12-01' })).toMatchObject({
      sent: true,
    });
    expect((await mailsTo(db, reader.email)).map((m) => m.template)).toEqual([
      'coordinator_digest',
    ]);
    expect(await mailsTo(db, optedOut.email)).toHaveLength(0);

    // Turned on again: the next day's digest arrives.
    const on = await app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie },
      payload: { digestOptOut: false },
    });
    expect(on.json().user.digestOptOut).toBe(false);
    await sendCoordinatorDigest({ ctx, today: '2026-12-02' });
    expect((await mailsTo(db, optedOut.email)).map((m) => m.template)).toEqual([
      'coordinator_digest',
    ]);
  });
});

describe('escalation of stages long overdue', () => {
  it('flags a stage overdue by more than five business days, once, to the desk and the head', async () => {
    const { ctx, db } = t();
    const department = await createDepartment(db);
    const head = await createUser(db, {
      role: 'department',
      departmentId: department.id,
      departmentHead: true,
      language: 'en',
    });
    const staff = await createUser(db, { role: 'department', departmentId: department.id });
    const otherHead = await createUser(db, {
      role: 'department',
      departmentId: (await createDepartment(db)).id,
      departmentHead: true,
    });
    const desk = await createUser(db, { role: 'coordinator' });
    // Due Thursday 5 November 2026: on Friday 13 November it is six business days overdue.
    const late = await createProposal(db, {
      status: 'awaiting_department',
      title: `${unique('長期遅延')} 見守りの提案`,
      leadDepartmentId: department.id,
      dueOn: '2026-11-05',
    });
    // Due Friday 6 November: five business days overdue on the 13th, not more.
    const notYet = await createProposal(db, {
      status: 'awaiting_department',
      title: `${unique('遅延')} 公園の提案`,
      leadDepartmentId: department.id,
      dueOn: '2026-11-06',
    });
    const escalations = async (email: string) =>
      (await mailsTo(db, email)).filter((m) => m.template === 'stage_escalation');

    await runEscalations({ ctx, today: '2026-11-13' });
    const [toHead] = await escalations(head.email);
    expect(toHead!.subject).toContain('6 business days overdue');
    expect(toHead!.textBody).toContain(late.title);
    expect(toHead!.textBody).toContain('5 Nov 2026');
    expect(toHead!.textBody).toContain(department.nameEn);
    expect(toHead!.textBody).toContain(`/proposals/${late.id}`);
    const [toDesk] = await escalations(desk.email);
    expect(toDesk!.subject).toContain('6営業日');
    expect(toDesk!.textBody).toContain(late.title);
    expect(await escalations(staff.email)).toHaveLength(0);
    expect(await escalations(otherHead.email)).toHaveLength(0);
    expect((await escalations(desk.email)).some((m) => m.textBody.includes(notYet.title))).toBe(
      false,
    );

    // The next run, the next day: the first stage is not flagged again; the second now is.
    await runEscalations({ ctx, today: '2026-11-13' });
    await runEscalations({ ctx, today: '2026-11-16' });
    const again = await escalations(head.email);
    expect(again.filter((m) => m.textBody.includes(late.title))).toHaveLength(1);
    expect(again.filter((m) => m.textBody.includes(notYet.title))).toHaveLength(1);
    expect(
      (await escalations(desk.email)).filter((m) => m.textBody.includes(late.title)),
    ).toHaveLength(1);
  });
});
