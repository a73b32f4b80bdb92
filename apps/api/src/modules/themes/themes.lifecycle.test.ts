/**
 * A theme from draft to close (issue #10): the department writes and submits, the desk publishes
 * or sends back, the department amends, answers questions and closes early; proposals on a closed
 * theme are refused; drafts on a theme about to close are warned once.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeDraftInput } from '@kyoso/contracts/themes';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createProposal,
  createTheme,
  createUser,
  loginCookie,
  mailsTo,
} from '../../../test/factories';
import { runThemeJobs } from '../jobs/theme-jobs.service';

const t = useTestApp();

function draftInput(overrides: Partial<ThemeDraftInput> = {}): ThemeDraftInput {
  return {
    title: '公園の見守りと利活用',
    summary: '公園の利用状況を把握し、安全で使いやすい公園にするテーマです。',
    policyArea: 'urban',
    background: '市内の公園の多くが整備から30年を過ぎています。',
    problem: '夜間の公園で不安を感じる市民が増えています。',
    whoIsAffected: '公園の近くに住む高齢者と子育て世帯',
    evidence: '令和6年度の市民意識調査で「夜の公園が不安」と答えた人が42%でした。',
    outcomeWanted: '夜間の不安を感じる市民の割合を半分にすること。',
    resources: [
      { kind: 'test_field', description: '市内3か所の公園を実証の場として使えます。' },
      { kind: 'data', description: '公園の利用者数の統計を提供します。' },
    ],
    budget: 'to_be_requested',
    contactDepartmentId: null,
    opensOn: '2026-12-01',
    closesOn: '2027-01-29',
    titleEn: null,
    summaryEn: null,
    textEn: null,
    ...overrides,
  };
}

async function people() {
  const { app, ctx, db } = t();
  const department = await createDepartment(db, { nameJa: '公園課', nameEn: 'Parks Section' });
  const staff = await createUser(db, { role: 'department', departmentId: department.id });
  const otherStaff = await createUser(db, { role: 'department' });
  const desk = await createUser(db, { role: 'coordinator' });
  const proposer = await createUser(db, { role: 'proposer' });
  return {
    department,
    staff: { user: staff, cookie: await loginCookie(app, ctx, staff) },
    otherStaff: { user: otherStaff, cookie: await loginCookie(app, ctx, otherStaff) },
    desk: { user: desk, cookie: await loginCookie(app, ctx, desk) },
    proposer: { user: proposer, cookie: await loginCookie(app, ctx, proposer) },
  };
}

describe('a theme from draft to close', () => {
  it('is written by its department, sent back by the desk with comments, then published', async () => {
    const { app } = t();
    const p = await people();
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
      app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

    const created = await call('POST', '/api/themes/drafts', p.staff.cookie, draftInput());
    expect(created.statusCode).toBe(201);
    const id = created.json().managed.theme.id;
    expect(created.json().managed).toMatchObject({
      status: 'draft',
      theme: {
        department: { name: { ja: '公園課' } },
        contactDepartment: { name: { ja: '公園課' } },
      },
      can: { edit: true, submit: true, publish: false },
    });
    // Not public, not for another department, not for a proposer.
    expect((await app.inject({ method: 'GET', url: `/api/themes/${id}` })).statusCode).toBe(404);
    expect((await call('GET', `/api/themes/${id}/manage`, p.otherStaff.cookie)).statusCode).toBe(
      404,
    );
    expect(
      (await call('PUT', `/api/themes/${id}/draft`, p.otherStaff.cookie, draftInput())).statusCode,
    ).toBe(404);
    // The desk cannot publish a draft; only the department submits it.
    expect((await call('POST', `/api/themes/${id}/publish`, p.desk.cookie)).json().error.code).toBe(
      'themes.wrong_status',
    );
    expect((await call('POST', `/api/themes/${id}/submit`, p.desk.cookie)).statusCode).toBe(403);
    const submitted = await call('POST', `/api/themes/${id}/submit`, p.staff.cookie);
    expect(submitted.json().managed).toMatchObject({ status: 'in_review', can: { edit: false } });
    // The desk's queue.
    const queue = await call('GET', '/api/themes/manage?status=in_review', p.desk.cookie);
    expect(queue.json().themes.map((th: { id: string }) => th.id)).toContain(id);
    // The department cannot publish its own theme.
    expect((await call('POST', `/api/themes/${id}/publish`, p.staff.cookie)).statusCode).toBe(403);
    expect((await mailsTo(t().db, p.desk.user.email)).map((m) => m.template)).toEqual([
      'theme_status',
    ]);
    const back = await call('POST', `/api/themes/${id}/send-back`, p.desk.cookie, {
      comment: '根拠の数字の出典を書いてください。',
    });
    const sentBack = (await mailsTo(t().db, p.staff.user.email)).at(-1)!;
    expect(sentBack.template).toBe('theme_status');
    expect(sentBack.textBody).toContain('根拠の数字の出典を書いてください。');
    expect(back.json().managed).toMatchObject({
      status: 'draft',
      reviewComment: '根拠の数字の出典を書いてください。',
    });
    expect(
      (
        await call('PUT', `/api/themes/${id}/draft`, p.staff.cookie, {
          ...draftInput({ evidence: '令和6年度 市民意識調査（回答2,000人）で42%でした。' }),
          titleEn: 'Safer parks at night',
          summaryEn: 'Make parks feel safe at night.',
        })
      ).statusCode,
    ).toBe(200);
    await call('POST', `/api/themes/${id}/submit`, p.staff.cookie);
    const published = await call('POST', `/api/themes/${id}/publish`, p.desk.cookie);
    expect(published.json().managed).toMatchObject({ status: 'published', reviewComment: null });

    const publicTheme = (await app.inject({ method: 'GET', url: `/api/themes/${id}` })).json()
      .theme;
    expect(publicTheme).toMatchObject({
      whoIsAffected: '公園の近くに住む高齢者と子育て世帯',
      budget: 'to_be_requested',
      resources: [{ kind: 'test_field' }, { kind: 'data' }],
      english: { title: 'Safer parks at night' },
      proposalCount: 0,
      amendments: [],
      closedEarly: null,
    });
    expect(JSON.stringify(publicTheme)).not.toContain('出典を書いて');
  });

  it('refuses a draft whose dates or resources do not hold, naming the field', async () => {
    const { app } = t();
    const p = await people();
    const res = await app.inject({
      method: 'POST',
      url: '/api/themes/drafts',
      headers: { cookie: p.staff.cookie },
      payload: draftInput({
        closesOn: '2026-11-01',
        resources: [
          { kind: 'data', description: 'データを提供します。' },
          { kind: 'data', description: 'もう一度データ。' },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['closesOn', 'resources']));
    const proposer = await app.inject({
      method: 'POST',
      url: '/api/themes/drafts',
      headers: { cookie: p.proposer.cookie },
      payload: draftInput(),
    });
    expect(proposer.statusCode).toBe(403);
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/themes/drafts',
      payload: draftInput(),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('shows amendments with their date and an early close with its reason', async () => {
    const { app, db, setNow } = t();
    const p = await people();
    const theme = await createTheme(db, { departmentId: p.department.id, closesOn: '2027-03-31' });
    setNow('2026-12-10T02:00:00Z');
    try {
      const amended = await app.inject({
        method: 'POST',
        url: `/api/themes/${theme.id}/amendments`,
        headers: { cookie: p.staff.cookie },
        payload: { text: '実証に使える公園を4か所に増やしました。' },
      });
      expect(amended.statusCode).toBe(201);
      const other = await app.inject({
        method: 'POST',
        url: `/api/themes/${theme.id}/amendments`,
        headers: { cookie: p.otherStaff.cookie },
        payload: { text: '他の部署からの変更です。' },
      });
      expect(other.statusCode).toBe(404);
      const closed = await app.inject({
        method: 'POST',
        url: `/api/themes/${theme.id}/close`,
        headers: { cookie: p.staff.cookie },
        payload: { reason: '予定していた予算が確保できなくなったため。' },
      });
      expect(closed.json().managed.status).toBe('closed');
      const page = (await app.inject({ method: 'GET', url: `/api/themes/${theme.id}` })).json()
        .theme;
      expect(page).toMatchObject({
        window: 'closed',
        amendments: [{ text: '実証に使える公園を4か所に増やしました。', amendedOn: '2026-12-10' }],
        closedEarly: {
          closedOn: '2026-12-10',
          reason: '予定していた予算が確保できなくなったため。',
        },
      });
    } finally {
      setNow(null);
    }
  });
});

describe('questions on a theme', () => {
  it('are asked by a proposer, answered by the department, public without the asker, e-mailed', async () => {
    const { app, db } = t();
    const p = await people();
    const theme = await createTheme(db, { departmentId: p.department.id });
    const question = '実証の期間中、夜間の照明を変えることはできますか。';
    for (const [cookie, status] of [
      [p.staff.cookie, 403],
      [undefined, 401],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/themes/${theme.id}/questions`,
        ...(cookie ? { headers: { cookie } } : {}),
        payload: { question },
      });
      expect(res.statusCode).toBe(status);
    }
    const asked = await app.inject({
      method: 'POST',
      url: `/api/themes/${theme.id}/questions`,
      headers: { cookie: p.proposer.cookie },
      payload: { question },
    });
    expect(asked.statusCode).toBe(201);
    const questionId = asked.json().question.id;
    // Not public before it is answered.
    const before = (await app.inject({ method: 'GET', url: `/api/themes/${theme.id}` })).json();
    expect(before.theme.questions).toEqual([]);
    const answerUrl = `/api/themes/${theme.id}/questions/${questionId}/answer`;
    const answer = '照明は公園課と調整のうえ、変更できます。';
    expect(
      (
        await app.inject({
          method: 'POST',
          url: answerUrl,
          headers: { cookie: p.desk.cookie },
          payload: { answer },
        })
      ).statusCode,
    ).toBe(403);
    const answered = await app.inject({
      method: 'POST',
      url: answerUrl,
      headers: { cookie: p.staff.cookie },
      payload: { answer },
    });
    expect(answered.statusCode).toBe(200);
    const again = await app.inject({
      method: 'POST',
      url: answerUrl,
      headers: { cookie: p.staff.cookie },
      payload: { answer },
    });
    expect(again.json().error.code).toBe('themes.already_answered');
    const page = await app.inject({ method: 'GET', url: `/api/themes/${theme.id}` });
    expect(page.json().theme.questions).toMatchObject([{ question, answer }]);
    expect(page.body).not.toContain(p.proposer.user.name);
    expect(page.body).not.toContain(p.proposer.user.email);
    const mails = await mailsTo(db, p.proposer.user.email);
    expect(mails.map((m) => m.template)).toEqual(['theme_question_answered']);
    expect(mails[0]!.textBody).toContain(answer);
  });
});

describe('closing', () => {
  it('refuses a submission after the close date (Japan’s date), naming the theme and the date', async () => {
    const { app, ctx, db, setNow } = t();
    const theme = await createTheme(db, { title: '夜の公園の安全', closesOn: '2026-12-15' });
    const proposer = await createUser(db, { role: 'proposer' });
    const cookie = await loginCookie(app, ctx, proposer);
    const draft = await createProposal(db, {
      organizationId: proposer.organizationId!,
      kind: 'theme',
      themeId: theme.id,
      submittedAt: null,
    });
    const submit = () =>
      app.inject({
        method: 'POST',
        url: `/api/proposals/${draft.id}/transitions`,
        headers: { cookie },
        payload: { action: 'submit', version: draft.version },
      });
    // 16 December 00:30 in Tokyo is still 15 December in UTC: closed all the same.
    setNow('2026-12-15T15:30:00Z');
    try {
      const late = await submit();
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('themes.closed_for_submission');
      expect(late.json().error.message).toContain('夜の公園の安全');
      expect(late.json().error.message).toContain('2026-12-15');
      setNow('2026-12-15T14:30:00Z');
      expect((await submit()).statusCode).toBe(200);
      const count = (await app.inject({ method: 'GET', url: `/api/themes/${theme.id}` })).json()
        .theme.proposalCount;
      expect(count).toBe(1);
    } finally {
      setNow(null);
    }
  });

  it('lets a draft on a closed theme continue as a free proposal, keeping what was written', async () => {
    const { app, ctx, db, setNow } = t();
    const theme = await createTheme(db, { closesOn: '2026-12-15' });
    const proposer = await createUser(db, { role: 'proposer' });
    const cookie = await loginCookie(app, ctx, proposer);
    const draft = await createProposal(db, {
      organizationId: proposer.organizationId!,
      kind: 'theme',
      themeId: theme.id,
      title: '続けたい下書き',
    });
    const other = await loginCookie(app, ctx, await createUser(db, { role: 'proposer' }));
    const url = `/api/proposals/${draft.id}/continue-as-free`;
    expect((await app.inject({ method: 'POST', url, headers: { cookie: other } })).statusCode).toBe(
      404,
    );
    setNow('2026-12-16T03:00:00Z');
    try {
      const res = await app.inject({ method: 'POST', url, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      expect(res.json().proposal).toMatchObject({
        kind: 'free',
        theme: null,
        title: '続けたい下書き',
      });
      const again = await app.inject({ method: 'POST', url, headers: { cookie } });
      expect(again.json().error.code).toBe('proposals.not_on_theme');
      const submitted = await app.inject({
        method: 'POST',
        url: `/api/proposals/${draft.id}/transitions`,
        headers: { cookie },
        payload: { action: 'submit', version: res.json().proposal.version },
      });
      expect(submitted.statusCode).toBe(200);
    } finally {
      setNow(null);
    }
  });

  it('warns a draft once when its theme closes within 3 business days', async () => {
    const { ctx, db } = t();
    // Friday 11 December 2026: three business days later is Wednesday 16 December.
    const soon = await createTheme(db, {
      title: `まもなく終了 ${Math.random()}`,
      closesOn: '2026-12-16',
    });
    const later = await createTheme(db, { closesOn: '2026-12-17' });
    const proposer = await createUser(db, { role: 'proposer' });
    const onSoon = await createProposal(db, {
      organizationId: proposer.organizationId!,
      kind: 'theme',
      themeId: soon.id,
      title: '下書きの提案',
    });
    const onLater = await createProposal(db, {
      organizationId: proposer.organizationId!,
      kind: 'theme',
      themeId: later.id,
    });
    await runThemeJobs({ ctx, today: '2026-12-11' });
    await runThemeJobs({ ctx, today: '2026-12-11' });
    const mails = await mailsTo(db, proposer.email);
    expect(mails.map((m) => m.template)).toEqual(['theme_closing_draft']);
    expect(mails[0]!.textBody).toContain('2026年12月16日');
    expect(mails[0]!.textBody).toContain(`/proposals/${onSoon.id}/edit`);
    expect(mails[0]!.textBody).toContain('/proposals/new');
    // Monday 14 December: the later theme is now 3 business days away; the first is not warned again.
    await runThemeJobs({ ctx, today: '2026-12-14' });
    const after = await mailsTo(db, proposer.email);
    expect(after).toHaveLength(2);
    expect(after[1]!.textBody).toContain(`/proposals/${onLater.id}/edit`);
  });
});
