import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  completeProposalFields,
  createDepartment,
  createOrganization,
  createProposal,
  agreementInput,
  createDecision,
  createUser,
  decisionInput,
  evaluationInput,
  loginCookie,
  mailsTo,
} from '../../../test/factories';
import { multipart, pdfBytes } from '../../../test/files';
import { outboxEmailsTable } from '../notifications/outbox.table';
import { proposalsTable, referenceCountersTable } from '../proposals/proposals.table';
import { proposalEventsTable } from '../proposals/proposals.table';

const t = useTestApp();

/** A small city: an organisation with a member, the desk, and two departments with staff. */
async function city() {
  const { app, ctx, db } = t();
  const org = await createOrganization(db, { name: '株式会社みまもりテック' });
  const proposer = await createUser(db, {
    role: 'proposer',
    organizationId: org.id,
    language: 'ja',
  });
  const colleague = await createUser(db, {
    role: 'proposer',
    organizationId: org.id,
    language: 'en',
  });
  const desk = await createDepartment(db, {
    isCoordinatorDesk: true,
    nameJa: '市政変革推進室',
    nameEn: 'Municipal Reform Office',
  });
  const coordinator = await createUser(db, { role: 'coordinator', departmentId: desk.id });
  const parks = await createDepartment(db, {
    nameJa: '公園管理課',
    nameEn: 'Park Management Section',
  });
  const ageing = await createDepartment(db, {
    nameJa: '長寿社会対策課',
    nameEn: 'Ageing Society Section',
  });
  const parksStaff = await createUser(db, { role: 'department', departmentId: parks.id });
  const ageingStaff = await createUser(db, { role: 'department', departmentId: ageing.id });
  const cookie = {
    proposer: await loginCookie(app, ctx, proposer),
    coordinator: await loginCookie(app, ctx, coordinator),
    parks: await loginCookie(app, ctx, parksStaff),
    ageing: await loginCookie(app, ctx, ageingStaff),
  };
  return {
    org,
    proposer,
    colleague,
    coordinator,
    parks,
    ageing,
    parksStaff,
    ageingStaff,
    desk,
    cookie,
  };
}

async function draftFor(organizationId: string, fields = completeProposalFields()) {
  return createProposal(t().db, {
    organizationId,
    status: 'draft',
    ...fields,
    referenceNumber: null,
    submittedAt: null,
    screeningDueOn: null,
    fiscalYear: null,
  });
}

async function act(cookie: string, proposalId: string, body: Record<string, unknown>) {
  const { app } = t();
  const current = await app.inject({
    method: 'GET',
    url: `/api/proposals/${proposalId}`,
    headers: { cookie },
  });
  const version = current.statusCode === 200 ? (current.json().proposal.version as number) : 1;
  return app.inject({
    method: 'POST',
    url: `/api/proposals/${proposalId}/transitions`,
    headers: { cookie },
    payload: { version, ...body },
  });
}

describe('a proposal’s whole journey', () => {
  it('goes through the six STEPs with a timeline, the right labels and e-mails at each step', async () => {
    const { app, db, setNow } = t();
    const c = await city();
    const draft = await draftFor(c.org.id);
    setNow('2026-11-20T01:00:00Z'); // Friday 10:00 in Tokyo
    try {
      const submitted = await act(c.cookie.proposer, draft.id, { action: 'submit' });
      expect(submitted.statusCode).toBe(200);
      const p = submitted.json().proposal;
      expect(p).toMatchObject({
        status: 'submitted',
        step: 2,
        statusLabel: { ja: '受付済み', en: 'Received' },
      });
      expect(p.referenceNumber).toMatch(/^KY-2026-\d{5}$/);
      expect(p.dueDate).toBe('2026-12-07');
      expect(p.calendarAssessment).toMatchObject({
        date: '2026-11-20',
        afterCutoff: true,
        flag: { severity: 'info' },
      });

      const receipts = await mailsTo(db, c.proposer.email);
      expect(receipts.map((m) => m.template)).toEqual(['proposal_received']);
      expect(receipts[0]!.subject).toContain(p.referenceNumber);
      // The due date as the portal writes it, with the business days of the workflow table;
      // in 和暦, since the receipt carries the budget calendar's note (after the cutoff).
      expect(receipts[0]!.textBody).toContain('令和8年12月7日（月）（10営業日以内）');
      expect(receipts[0]!.textBody).not.toContain('2026-12-07');
      expect(receipts[0]!.textBody).toContain(`http://kyoso.test/proposals/${draft.id}`);
      // The English-speaking colleague gets it in English.
      expect((await mailsTo(db, c.colleague.email))[0]!.subject).toContain('Proposal received');

      expect(
        (await act(c.cookie.coordinator, draft.id, { action: 'accept_for_routing' })).json()
          .proposal.statusLabel.ja,
      ).toBe('担当部署を調整中');

      const routed = await act(c.cookie.coordinator, draft.id, {
        action: 'route',
        leadDepartmentId: c.parks.id,
        supportingDepartmentIds: [c.ageing.id],
        note: '公園の占用が論点です。',
      });
      expect(routed.statusCode).toBe(200);
      expect(routed.json().proposal).toMatchObject({
        status: 'awaiting_department',
        dueDate: '2026-11-30',
        transferCount: 0,
      });
      const parksMail = await mailsTo(db, c.parksStaff.email);
      expect(parksMail.map((m) => m.template)).toEqual(['proposal_assigned']);
      expect(parksMail[0]!.textBody).toContain('公園の占用が論点です。');
      expect((await mailsTo(db, c.ageingStaff.email)).map((m) => m.template)).toEqual([
        'proposal_assigned',
      ]);

      // The proposer still sees 「担当部署を調整中」 and no department while it waits.
      const waiting = (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${draft.id}`,
          headers: { cookie: c.cookie.proposer },
        })
      ).json().proposal;
      expect(waiting.statusLabel.ja).toBe('担当部署を調整中');
      expect(waiting.leadDepartment).toBeNull();
      expect(waiting.supportingDepartments).toEqual([]);

      // The parks section returns it; the desk routes it to the ageing-society section: one transfer.
      const returned = await act(c.cookie.parks, draft.id, {
        action: 'return_assignment',
        reason: '福祉分野の提案のため所管外です。',
      });
      expect(returned.statusCode).toBe(200);
      expect(returned.json().proposal.status).toBe('routing');
      expect(
        (
          await app.inject({
            method: 'GET',
            url: `/api/proposals/${draft.id}`,
            headers: { cookie: c.cookie.parks },
          })
        ).statusCode,
      ).toBe(404);
      const coordinatorMails = await mailsTo(db, c.coordinator.email);
      expect(coordinatorMails.map((m) => m.template)).toEqual(['proposal_returned']);
      expect(coordinatorMails[0]!.textBody).toContain('福祉分野の提案のため所管外です。');

      const rerouted = await act(c.cookie.coordinator, draft.id, {
        action: 'route',
        leadDepartmentId: c.ageing.id,
        supportingDepartmentIds: [],
      });
      expect(rerouted.json().proposal.transferCount).toBe(1);

      const accepted = await act(c.cookie.ageing, draft.id, { action: 'accept_assignment' });
      expect(accepted.json().proposal).toMatchObject({ status: 'nda', step: 3 });
      const seen = (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${draft.id}`,
          headers: { cookie: c.cookie.proposer },
        })
      ).json().proposal;
      expect(seen.statusLabel.ja).toBe('長寿社会対策課と協議中（秘密保持の手続き）');
      expect(seen.leadDepartment.name.ja).toBe('長寿社会対策課');

      expect(
        (await act(c.cookie.ageing, draft.id, { action: 'start_dialogue' })).json().proposal.status,
      ).toBe('dialogue');
      // Dialogue ② must be on record before the proposal goes to internal review.
      const early = await act(c.cookie.ageing, draft.id, { action: 'send_to_review' });
      expect(early.json().error.code).toBe('workflow.precondition_failed');
      for (const round of [1, 2]) {
        const recorded = await app.inject({
          method: 'POST',
          url: `/api/proposals/${draft.id}/dialogues`,
          headers: { cookie: c.cookie.ageing },
          payload: {
            round,
            heldOn: '2026-12-10',
            cityAttendees: '長寿社会対策課 2名',
            proposerAttendees: '代表取締役、開発責任者',
            minutes: round === 1 ? '目的・価値・役割分担を確認。' : '個人情報保護条例とKPIを確認。',
            actionItems: [],
          },
        });
        expect(recorded.statusCode, `dialogue ${round}`).toBe(201);
        // The proposer confirms each record (review waits for the confirmation of ②).
        const confirmed = await app.inject({
          method: 'POST',
          url: `/api/proposals/${draft.id}/dialogues/${recorded.json().dialogue.id}/confirm`,
          headers: { cookie: c.cookie.proposer },
        });
        expect(confirmed.statusCode, `confirm dialogue ${round}`).toBe(200);
      }

      for (const [action, extra, status] of [
        ['send_to_review', {}, 'internal_review'],
        ['hold', { resumeOn: '2027-04-01', reason: '次年度の予算編成を待つため' }, 'on_hold'],
        ['resume', {}, 'internal_review'],
        ['adopt', {}, 'agreement'],
        ['sign_agreement', {}, 'in_progress'],
        ['start_evaluation', {}, 'evaluation'],
        ['complete', { outcome: 'scale_up' }, 'completed'],
      ] as const) {
        if (action === 'hold' || action === 'adopt') {
          // STEP 4: the decision on the published criteria is recorded before it is carried out.
          const decided = await app.inject({
            method: 'PUT',
            url: `/api/proposals/${draft.id}/decision`,
            headers: { cookie: c.cookie.ageing },
            payload: decisionInput(action, action === 'hold' ? { holdUntil: '2027-04-01' } : {}),
          });
          expect(decided.statusCode, `decision ${action}`).toBe(200);
        }
        if (action === 'sign_agreement') {
          // STEP 5: the terms, the proposer's confirmation, the signed PDF and its date.
          const terms = await app.inject({
            method: 'PUT',
            url: `/api/proposals/${draft.id}/agreement`,
            headers: { cookie: c.cookie.ageing },
            payload: agreementInput(),
          });
          expect(terms.statusCode, 'agreement terms').toBe(200);
          const confirmed = await app.inject({
            method: 'POST',
            url: `/api/proposals/${draft.id}/agreement/confirm`,
            headers: { cookie: c.cookie.proposer },
            payload: { version: 1 },
          });
          expect(confirmed.statusCode, 'agreement confirmed').toBe(200);
          const signed = multipart(
            { name: '実証実験協定書.pdf', bytes: pdfBytes('協定書') },
            { signedOn: '2026-11-19' },
          );
          const uploaded = await app.inject({
            method: 'POST',
            url: `/api/proposals/${draft.id}/agreement/document`,
            headers: { cookie: c.cookie.ageing, ...signed.headers },
            payload: signed.payload,
          });
          expect(uploaded.statusCode, 'signed document').toBe(200);
        }
        if (action === 'complete') {
          // STEP 6: the evaluation recommends the next stage that `complete` carries out.
          const evaluated = await app.inject({
            method: 'PUT',
            url: `/api/proposals/${draft.id}/evaluation`,
            headers: { cookie: c.cookie.ageing },
            payload: evaluationInput(),
          });
          expect(evaluated.statusCode, 'evaluation').toBe(200);
        }
        const res = await act(c.cookie.ageing, draft.id, { action, ...extra });
        expect(res.statusCode, action).toBe(200);
        expect(res.json().proposal.status).toBe(status);
      }

      // The proposer heard about every change they can see, and nothing internal.
      const proposerTemplates = (await mailsTo(db, c.proposer.email)).map((m) => m.template);
      expect(proposerTemplates.toSorted()).toEqual([
        // The agreement's terms to read, the signed document, the evaluation to comment on.
        'case_update',
        'case_update',
        'case_update',
        'dialogue_recorded',
        'dialogue_recorded',
        'proposal_received',
        ...Array(10).fill('proposal_status_changed'),
      ]);
      const holdMail = (await mailsTo(db, c.proposer.email)).find((m) =>
        m.subject.includes('保留中'),
      )!;
      // Dates a person reads are in the portal's format, never YYYY-MM-DD.
      expect(holdMail.subject).toContain('「保留中（2027年4月1日（木）に再開予定）」');
      expect(holdMail.subject).not.toContain('2027-04-01');
      expect(holdMail.textBody).toContain('次年度の予算編成を待つため');

      const proposerTimeline = (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${draft.id}/events`,
          headers: { cookie: c.cookie.proposer },
        })
      ).json().events;
      expect(proposerTimeline.map((e: { action: string | null }) => e.action)).not.toContain(
        'return_assignment',
      );
      expect(proposerTimeline.map((e: { action: string | null }) => e.action)).not.toContain(
        'route',
      );
      expect(
        proposerTimeline.every((e: { actor: { name: string | null } }) => e.actor.name === null),
      ).toBe(true);
      expect(JSON.stringify(proposerTimeline)).not.toContain(c.ageingStaff.name);

      const staffTimeline = (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${draft.id}/events`,
          headers: { cookie: c.cookie.coordinator },
        })
      ).json().events;
      const returnEvent = staffTimeline.find(
        (e: { action: string | null }) => e.action === 'return_assignment',
      );
      expect(returnEvent).toMatchObject({
        reason: '福祉分野の提案のため所管外です。',
        actor: {
          role: 'department',
          name: c.parksStaff.name,
          department: { name: { ja: '公園管理課' } },
        },
      });
      // Every transition, internal ones included, and the two dialogue records.
      expect(staffTimeline.filter((e: { type: string }) => e.type === 'transition')).toHaveLength(
        14,
      );
      expect(
        staffTimeline.filter((e: { type: string }) => e.type === 'dialogue_recorded'),
      ).toHaveLength(2);
    } finally {
      setNow(null);
    }
  });
});

describe('rules every transition follows', () => {
  it('lets exactly one of two simultaneous transitions win; the other gets 409', async () => {
    const { app, db } = t();
    const c = await city();
    const p = await createProposal(db, { organizationId: c.org.id, status: 'submitted' });
    const body = (action: string) => ({
      action,
      version: p.version,
      ...(action === 'request_info' ? { reason: '詳細を教えてください' } : {}),
    });
    const [a, b] = await Promise.all([
      app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/transitions`,
        headers: { cookie: c.cookie.coordinator },
        payload: body('accept_for_routing'),
      }),
      app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/transitions`,
        headers: { cookie: c.cookie.coordinator },
        payload: body('request_info'),
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(['workflow.version_conflict', 'workflow.action_not_allowed']).toContain(
      loser.json().error.code,
    );
    const [{ n } = { n: 0 }] = await db
      .select({ n: count() })
      .from(proposalEventsTable)
      .where(eq(proposalEventsTable.proposalId, p.id));
    expect(n).toBe(1);
  });

  it('refuses a stale version with a message the user can act on', async () => {
    const { app, db } = t();
    const c = await city();
    const p = await createProposal(db, {
      organizationId: c.org.id,
      status: 'submitted',
      version: 4,
    });
    const res = await app.inject({
      method: 'POST',
      url: `/api/proposals/${p.id}/transitions`,
      headers: { cookie: c.cookie.coordinator },
      payload: { action: 'accept_for_routing', version: 3 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'workflow.version_conflict',
      message: expect.stringContaining('画面を更新'),
    });
  });

  it('refuses to submit an incomplete proposal, pointing at each missing field, and consumes no reference number', async () => {
    const { db } = t();
    const c = await city();
    const draft = await draftFor(
      c.org.id,
      completeProposalFields({
        problem: '短い',
        kpis: [],
        pilot: null,
        cityBudget: 'new',
        cityBudgetEstimateYen: null,
      }),
    );
    const before = await db.select().from(referenceCountersTable);
    const res = await act(c.cookie.proposer, draft.id, { action: 'submit' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('proposals.incomplete');
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['cityBudgetEstimateYen', 'kpis', 'pilot', 'problem']);
    expect(await db.select().from(referenceCountersTable)).toEqual(before);
    const [row] = await db.select().from(proposalsTable).where(eq(proposalsTable.id, draft.id));
    expect(row).toMatchObject({ status: 'draft', referenceNumber: null });
  });

  it('numbers submissions per fiscal year without gaps or duplicates', async () => {
    const { db, setNow } = t();
    setNow('2027-04-01T00:30:00Z'); // 1 April 2027, 09:30 in Tokyo: the first day of FY2027
    try {
      const c = await city(); // sessions opened at the pinned time

      const numbers: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const draft = await draftFor(c.org.id);
        numbers.push(
          (await act(c.cookie.proposer, draft.id, { action: 'submit' })).json().proposal
            .referenceNumber,
        );
      }
      expect(numbers).toEqual(['KY-2027-00001', 'KY-2027-00002', 'KY-2027-00003']);
      const [counter] = await db
        .select()
        .from(referenceCountersTable)
        .where(eq(referenceCountersTable.fiscalYear, 2027));
      expect(counter?.lastValue).toBe(3);
    } finally {
      setNow(null);
    }
  });

  it('uses Japan’s date for the fiscal year whatever the server’s time zone', async () => {
    const { setNow } = t();
    // 31 March 2027, 15:30 UTC is already 1 April in Tokyo (the test process runs in Los Angeles).
    setNow('2027-03-31T15:30:00Z');
    try {
      const c = await city();
      const draft = await draftFor(c.org.id);
      const res = await act(c.cookie.proposer, draft.id, { action: 'submit' });
      expect(res.json().proposal.calendarAssessment.date).toBe('2027-04-01');
      expect(res.json().proposal.referenceNumber).toMatch(/^KY-2027-/);
    } finally {
      setNow(null);
    }
  });

  it('carries the after-cutoff warning when a proposal needing city money arrives in November', async () => {
    const { setNow } = t();
    const c = await city();
    const draft = await draftFor(
      c.org.id,
      completeProposalFields({ cityBudget: 'new', cityBudgetEstimateYen: 5_000_000 }),
    );
    setNow('2026-11-24T02:00:00Z');
    try {
      const res = await act(c.cookie.proposer, draft.id, { action: 'submit' });
      expect(res.json().proposal.calendarAssessment).toMatchObject({
        afterCutoff: true,
        earliestBudgetFiscalYear: 2028,
        needsCityBudget: true,
        flag: { severity: 'warning', code: 'calendar.after_cutoff' },
      });
      const receipt = (await mailsTo(t().db, c.proposer.email)).find(
        (m) => m.template === 'proposal_received',
      );
      expect(receipt?.textBody).toContain('令和10年度');
    } finally {
      setNow(null);
    }
  });

  it('pauses the first-check clock while more information is requested', async () => {
    const { setNow } = t();
    const c = await city();
    const draft = await draftFor(c.org.id);
    try {
      setNow('2026-11-20T01:00:00Z');
      expect(
        (await act(c.cookie.proposer, draft.id, { action: 'submit' })).json().proposal.dueDate,
      ).toBe('2026-12-07');
      setNow('2026-11-24T01:00:00Z'); // 9 business days left
      const asked = await act(c.cookie.coordinator, draft.id, {
        action: 'request_info',
        reason: '実証の規模と期間を教えてください。',
      });
      expect(asked.json().proposal).toMatchObject({
        status: 'more_info_requested',
        dueDate: null,
        statusLabel: { ja: '追加情報をお願いしています' },
      });
      setNow('2026-12-01T01:00:00Z'); // answered a week later
      const answered = await act(c.cookie.proposer, draft.id, {
        action: 'provide_info',
        message: '30世帯で6か月を想定しています。',
      });
      expect(answered.json().proposal).toMatchObject({
        status: 'submitted',
        dueDate: '2026-12-14',
      });
    } finally {
      setNow(null);
    }
  });

  it('writes nothing when an action fails half-way (bad routing)', async () => {
    const { db } = t();
    const c = await city();
    const p = await createProposal(db, { organizationId: c.org.id, status: 'routing' });
    const outboxBefore = await db.select({ n: count() }).from(outboxEmailsTable);
    for (const [body, path] of [
      [
        { leadDepartmentId: c.parks.id, supportingDepartmentIds: [c.parks.id] },
        'supportingDepartmentIds',
      ],
      [{ leadDepartmentId: c.desk.id }, 'leadDepartmentId'],
      [{ leadDepartmentId: '00000000-0000-4000-8000-000000000000' }, 'leadDepartmentId'],
      [
        {
          leadDepartmentId: c.parks.id,
          supportingDepartmentIds: ['00000000-0000-4000-8000-000000000000'],
        },
        'supportingDepartmentIds.0',
      ],
    ] as const) {
      const res = await act(c.cookie.coordinator, p.id, { action: 'route', ...body });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'workflow.invalid_routing',
        details: [{ path }],
      });
    }
    const [row] = await db.select().from(proposalsTable).where(eq(proposalsTable.id, p.id));
    expect(row).toMatchObject({ status: 'routing', version: p.version, leadDepartmentId: null });
    expect(
      await db.select().from(proposalEventsTable).where(eq(proposalEventsTable.proposalId, p.id)),
    ).toEqual([]);
    expect(await db.select({ n: count() }).from(outboxEmailsTable)).toEqual(outboxBefore);
  });

  it('requires reason codes and a text to decline, and sends both to the proposer', async () => {
    const { db } = t();
    const c = await city();
    const p = await createProposal(db, { organizationId: c.org.id, status: 'submitted' });
    const missing = await act(c.cookie.coordinator, p.id, { action: 'decline', reasonCodes: [] });
    expect(missing.statusCode).toBe(400);
    expect(
      missing
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['reason', 'reasonCodes']);
    const ok = await act(c.cookie.coordinator, p.id, {
      action: 'decline',
      reasonCodes: ['procurement_request', 'not_co_creation'],
      reason: '物品の調達は契約課の窓口をご利用ください。',
    });
    expect(ok.json().proposal).toMatchObject({
      status: 'declined',
      step: 'end',
      declineReasonCodes: ['procurement_request', 'not_co_creation'],
    });
    const mail = (await mailsTo(db, c.proposer.email)).at(-1)!;
    expect(mail.textBody).toContain('物品の調達は契約課の窓口をご利用ください。');
    expect(mail.textBody).toContain('調達・購入のご案内に当たる');
  });

  it('refuses a resume date that is not in the future', async () => {
    const { db } = t();
    const c = await city();
    const p = await createProposal(db, {
      organizationId: c.org.id,
      status: 'internal_review',
      leadDepartmentId: c.parks.id,
    });
    // A decision recorded with a past date (the decision route would refuse it too).
    await createDecision(db, p.id, 'hold', { holdUntil: '2020-04-01', resumeOn: '2020-04-01' });
    const res = await act(c.cookie.parks, p.id, {
      action: 'hold',
      resumeOn: '2020-04-01',
      reason: '予算待ち',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe('resumeOn');
  });

  it('starts the dialogue without an NDA only when nothing is confidential', async () => {
    const { db } = t();
    const c = await city();
    const open = await createProposal(db, {
      organizationId: c.org.id,
      status: 'nda',
      leadDepartmentId: c.parks.id,
      confidentialSections: [],
    });
    const secret = await createProposal(db, {
      organizationId: c.org.id,
      status: 'nda',
      leadDepartmentId: c.parks.id,
      confidentialSections: ['solution'],
    });
    expect((await act(c.cookie.parks, open.id, { action: 'start_dialogue' })).statusCode).toBe(200);
    const refused = await act(c.cookie.parks, secret.id, { action: 'start_dialogue' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('workflow.precondition_failed');
  });
});

describe('what each reader may see of a proposal', () => {
  it('lists the allowed actions for the caller only', async () => {
    const { app, db } = t();
    const c = await city();
    const p = await createProposal(db, { organizationId: c.org.id, status: 'submitted' });
    const as = async (cookie: string) =>
      (
        await app.inject({ method: 'GET', url: `/api/proposals/${p.id}`, headers: { cookie } })
      ).json().proposal.allowedActions;
    expect(await as(c.cookie.coordinator)).toEqual([
      'request_info',
      'accept_for_routing',
      'decline',
    ]);
    expect(await as(c.cookie.proposer)).toEqual(['withdraw']);
  });

  it('hides confidential sections from departments until an NDA is in effect', async () => {
    const { app, db } = t();
    const c = await city();
    const p = await createProposal(db, {
      organizationId: c.org.id,
      status: 'awaiting_department',
      leadDepartmentId: c.parks.id,
      confidentialSections: ['solution', 'kpis'],
    });
    const dept = (
      await app.inject({
        method: 'GET',
        url: `/api/proposals/${p.id}`,
        headers: { cookie: c.cookie.parks },
      })
    ).json().proposal;
    expect(dept).toMatchObject({
      solution: null,
      proposedKpis: null,
      redactedSections: ['solution', 'kpis'],
    });
    expect(dept.problem).toEqual(expect.any(String));
    const desk = (
      await app.inject({
        method: 'GET',
        url: `/api/proposals/${p.id}`,
        headers: { cookie: c.cookie.coordinator },
      })
    ).json().proposal;
    expect(desk.solution).toEqual(expect.any(String));
    expect(desk.redactedSections).toEqual([]);
  });

  it('answers 404 to everyone else, exactly as for a proposal that does not exist', async () => {
    const { app, db, ctx } = t();
    const c = await city();
    const p = await createProposal(db, {
      organizationId: c.org.id,
      status: 'dialogue',
      leadDepartmentId: c.parks.id,
    });
    const stranger = await loginCookie(app, ctx, await createUser(db, { role: 'proposer' }));
    const ghost = await app.inject({
      method: 'GET',
      url: '/api/proposals/00000000-0000-4000-8000-000000000000',
      headers: { cookie: stranger },
    });
    for (const url of [`/api/proposals/${p.id}`, `/api/proposals/${p.id}/events`]) {
      const res = await app.inject({ method: 'GET', url, headers: { cookie: stranger } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(ghost.json());
    }
  });
});
