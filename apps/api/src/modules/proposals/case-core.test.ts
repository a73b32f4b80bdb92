/**
 * The case core and the defects found when the portal was tried as a new user would: every
 * answer carries what the caller may do (`can`), every timeline event has words, a STEP record is
 * written once, review waits for the proposer's confirmation of Dialogue ② (or a reason they
 * read), errors name the field, the access log groups repeated views, and the inbox finds a
 * proposal by its organisation's name and its reference number.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { PROPOSAL_EVENT_TYPES } from '@kyoso/contracts/proposals';
import { WORKFLOW_ACTIONS } from '@kyoso/contracts/workflow';
import { useTestApp } from '../../../test/build-app';
import { createDialogue, createUser, loginCookie, mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { createCases } from '../../case-plugins';
import { confidentialAccessLogTable } from '../access-log/access-log.table';
import { ndasCase } from '../ndas/ndas.case';
import { createCaseCore } from './proposals.case';
import { eventTitle } from './proposals.presenter';
import { proposalsTable } from './proposals.table';

const t = useTestApp();

const record = (round: 1 | 2) => ({
  round,
  heldOn: '2027-01-14',
  cityAttendees: '長寿社会対策課 係長',
  proposerAttendees: '代表取締役',
  minutes: round === 1 ? '目的と役割分担を確認した。' : '個人情報保護条例とKPIを確認した。',
  actionItems: [],
});

describe('the case core', () => {
  it('refuses to start when a guard of the workflow table has no plugin to answer for it', () => {
    expect(() => createCaseCore([])).toThrow(/No case plugin answers for the workflow guard/);
    expect(() => createCaseCore([ndasCase, ndasCase])).toThrow(/Two case plugins are named/);
    expect(() => createCases()).not.toThrow();
  });

  it('has words for every timeline event, core or plugin', () => {
    const core = createCases();
    for (const type of PROPOSAL_EVENT_TYPES) {
      const actions = type === 'transition' ? WORKFLOW_ACTIONS : [null];
      for (const action of actions) {
        const title = eventTitle(core, { type, action, data: { round: 2, coordinatorId: 'x' } });
        expect(title.ja.length, `${type} ${action}`).toBeGreaterThan(0);
        expect(title.en.length, `${type} ${action}`).toBeGreaterThan(0);
      }
    }
  });

  it('tells each caller what they may do, and the web needs nothing else', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    const can = async (role: Parameters<typeof as>[0]) =>
      (await as(role, 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal.can;

    expect(await can('proposer')).toMatchObject({
      editDraft: false,
      readMessages: true,
      writeMessages: true,
      readNotes: false,
      writeNotes: false,
      readDialogues: true,
      recordDialogue: false,
      readNda: true,
      countersignNda: false,
      readAccessLog: true,
      takeFirstCheck: false,
    });
    expect(await can('lead')).toMatchObject({
      readNotes: true,
      writeNotes: true,
      writeMessages: true,
      recordDialogue: true,
      confirmDialogue: false,
      readAccessLog: false,
    });
    expect(await can('supporting')).toMatchObject({
      readMessages: true,
      writeMessages: false,
      readNotes: true,
      recordDialogue: false,
    });
    expect(await can('coordinator')).toMatchObject({
      readAccessLog: true,
      readNotes: true,
      takeFirstCheck: true,
    });
    // `actions` is `allowedActions`, and send_to_review waits for Dialogue ②.
    const lead = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(lead.can.actions).toEqual(lead.allowedActions);
    expect(lead.allowedActions).not.toContain('send_to_review');
  });

  it('gives every event of the timeline its words: taking the first check, the NDA, the dialogues', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    expect(
      (await as('lead', 'POST', `/api/proposals/${s.proposal.id}/dialogues`, record(1))).statusCode,
    ).toBe(201);
    const coordinatorCase = await as(
      'coordinator',
      'POST',
      `/api/proposals/${s.proposal.id}/assignee`,
    );
    expect(coordinatorCase.statusCode).toBe(200);
    const events = (await as('coordinator', 'GET', `/api/proposals/${s.proposal.id}/events`)).json()
      .events as Array<{ type: string; title: { ja: string } }>;
    expect(events.every((e) => e.title.ja.length > 0)).toBe(true);
    expect(events.map((e) => e.title.ja)).toEqual(
      expect.arrayContaining([
        '対話①の記録を登録しました',
        '共創窓口の担当者が一次確認を引き受けました',
      ]),
    );
  });
});

describe('Dialogue ② and the review (defects)', () => {
  it('records each round once: a second Dialogue ② is refused and sends no second e-mail', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/dialogues`;
    expect((await as('lead', 'POST', url, record(1))).statusCode).toBe(201);
    expect((await as('lead', 'POST', url, record(2))).statusCode).toBe(201);
    const mails = (await mailsTo(t().db, s.users.proposer.email)).length;
    const again = await as('lead', 'POST', url, record(2));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('dialogues.round_recorded');
    expect((await mailsTo(t().db, s.users.proposer.email)).length).toBe(mails);
    const both = (await as('lead', 'GET', url)).json().dialogues as Array<{ round: number }>;
    expect(both.map((d) => d.round).sort()).toEqual([1, 2]);
  });

  it('waits for the proposer to confirm Dialogue ②, or for a reason the proposer reads', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    await createDialogue(t().db, s.proposal.id, 1, { confirmedAt: new Date() });
    await createDialogue(t().db, s.proposal.id, 2);
    const send = async (extra: Record<string, unknown> = {}) => {
      const version = (
        await t().db.select().from(proposalsTable).where(eq(proposalsTable.id, s.proposal.id))
      )[0]!.version;
      return as('lead', 'POST', `/api/proposals/${s.proposal.id}/transitions`, {
        action: 'send_to_review',
        version,
        ...extra,
      });
    };

    const lead = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(lead.can.actionsWithOverride).toEqual(['send_to_review']);

    const refused = await send();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'workflow.precondition_failed',
      details: [{ path: 'overrideReason', code: 'workflow.override_reason_required' }],
    });
    expect(refused.json().error.details[0].message).toContain('理由');

    const reason =
      '議会日程の都合で、確認を待たずに庁内検討を始めます。確認は並行してお願いします。';
    const sent = await send({ overrideReason: reason });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().proposal.status).toBe('internal_review');

    const events = (await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/events`)).json()
      .events as Array<{ type: string; reason: string | null; title: { ja: string } }>;
    const override = events.find((e) => e.type === 'review_override');
    expect(override).toMatchObject({ reason });
    expect(override?.title.ja).toContain('確認を待たずに');
    const mail = (await mailsTo(t().db, s.users.proposer.email)).at(-1)!;
    expect(mail.textBody).toContain(reason);
  });

  it('goes to review without a reason once the proposer confirmed Dialogue ②', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    await createDialogue(t().db, s.proposal.id, 1, { confirmedAt: new Date() });
    const second = await createDialogue(t().db, s.proposal.id, 2);
    const confirm = await as(
      'proposer',
      'POST',
      `/api/proposals/${s.proposal.id}/dialogues/${second.id}/confirm`,
    );
    expect(confirm.statusCode).toBe(200);
    const lead = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(lead.allowedActions).toContain('send_to_review');
    expect(lead.can.actionsWithOverride).toEqual([]);
    const sent = await as('lead', 'POST', `/api/proposals/${s.proposal.id}/transitions`, {
      action: 'send_to_review',
      version: lead.version,
    });
    expect(sent.statusCode).toBe(200);
  });
});

describe('errors that name the field (defects)', () => {
  it.each([
    [
      'routing without a lead department',
      'routing',
      'coordinator',
      { action: 'route', leadDepartmentId: '' },
      'leadDepartmentId',
      '「主担当の部署」を選んでください（必須）。',
    ],
    [
      'an empty question to the proposer',
      'submitted',
      'coordinator',
      { action: 'request_info', reason: '   ' },
      'reason',
      '「窓口からの質問」は必須です。入力してください。',
    ],
    [
      'a hold without its resume date',
      'internal_review',
      'lead',
      { action: 'hold', resumeOn: '', reason: '予算待ち' },
      'resumeOn',
      '「再開予定日」の日付を入力してください（必須）。',
    ],
  ] as const)('%s', async (_label, status, role, body, path, message) => {
    const s = await createScenario(t(), { status });
    const res = await requestAs(t(), s)(
      role,
      'POST',
      `/api/proposals/${s.proposal.id}/transitions`,
      {
        ...body,
        version: s.proposal.version,
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([expect.objectContaining({ path, message })]);
  });

  it('names the department when a staff account is created without one', async () => {
    const admin = await createUser(t().db, { role: 'admin' });
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { cookie: await loginCookie(t().app, t().ctx, admin) },
      payload: {
        email: 'new.staff@city.example',
        name: '新任 職員',
        role: 'department',
        departmentId: '',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({
        path: 'departmentId',
        message: '「所属部署」を選んでください（必須）。',
      }),
    ]);
  });
});

describe('the confidential access log (defect)', () => {
  it('groups repeated views of a department and keeps every view for audit', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    for (let i = 0; i < 5; i += 1) {
      expect((await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).statusCode).toBe(200);
    }
    const raw = await t()
      .db.select()
      .from(confidentialAccessLogTable)
      .where(eq(confidentialAccessLogTable.proposalId, s.proposal.id));
    expect(raw.filter((r) => r.resource === 'sections')).toHaveLength(5);
    const entries = (
      await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/access-log`)
    ).json().entries as Array<{ resource: string; views: number; user: { name: string | null } }>;
    const sections = entries.filter((e) => e.resource === 'sections');
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ views: 5, user: { name: null } });
  });
});

describe('the inbox search (defect)', () => {
  it('finds proposals by their organisation’s name and by their reference number', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const search = async (q: string) =>
      (await as('coordinator', 'GET', `/api/proposals?scope=inbox&q=${encodeURIComponent(q)}`))
        .json()
        .proposals.map((p: { id: string }) => p.id) as string[];
    const name = s.organization.name;
    expect(await search(name.slice(1, 5))).toContain(s.proposal.id);
    const reference = 'KY-2026-04242';
    await t()
      .db.update(proposalsTable)
      .set({ referenceNumber: reference })
      .where(eq(proposalsTable.id, s.proposal.id));
    expect(await search(reference)).toContain(s.proposal.id);
    expect(await search(reference.toLowerCase())).toContain(s.proposal.id);
    expect(await search('4242')).toContain(s.proposal.id);
    expect(await search('04242')).toContain(s.proposal.id);
    expect(await search('存在しない組織名ZZZ')).not.toContain(s.proposal.id);
  });
});
