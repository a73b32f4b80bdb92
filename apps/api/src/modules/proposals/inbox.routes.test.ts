/**
 * The city's inbox: the desk sees every submitted proposal, a department only its own; filters,
 * Japanese substring search, sorting, paging, the CSV export and taking the first check.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assessSubmission } from '@kyoso/calendar/assessment';
import { proposalListQuerySchema } from '@kyoso/contracts/proposals';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createOrganization,
  createProposal,
  createTheme,
  createUser,
  loginCookie,
  unique,
} from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { findInbox } from './inbox.repository';

const t = useTestApp();

let desk: string;
let otherDesk: string;
let parksStaff: string;
let parks: { id: string };
let ageing: { id: string };
let tag: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const { app, ctx, db } = t();
  // Every title carries this file's tag, so searches only find this file's proposals.
  tag = unique('tag');
  parks = await createDepartment(db, { nameJa: '公園管理課' });
  ageing = await createDepartment(db, { nameJa: '長寿社会対策課' });
  const org = await createOrganization(db);
  const theme = await createTheme(db, { departmentId: parks.id });
  desk = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
  otherDesk = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
  parksStaff = await loginCookie(
    app,
    ctx,
    await createUser(db, { role: 'department', departmentId: parks.id }),
  );
  const make = async (key: string, values: Parameters<typeof createProposal>[1]) => {
    const p = await createProposal(db, { organizationId: org.id, ...values });
    ids[key] = p.id;
  };
  await make('watch', {
    status: 'submitted',
    title: `${tag} 高齢者の見守りサービス`,
    screeningDueOn: '2026-11-19', // overdue on 2026-11-20
  });
  await make('park', {
    status: 'awaiting_department',
    kind: 'theme',
    themeId: theme.id,
    title: `${tag} 公園のキッチンカー`,
    leadDepartmentId: parks.id,
    departmentDueOn: '2026-11-24', // due soon
    transferCount: 1,
  });
  await make('secret', {
    status: 'dialogue',
    title: `${tag} 介護施設の夜間支援`,
    solution: `遠隔看護チーム（${tag}-極秘技術）が判断を代行します。`,
    confidentialSections: ['solution'],
    leadDepartmentId: ageing.id,
    supportingDepartmentIds: [parks.id],
  });
  await make('flagged', {
    status: 'routing',
    title: `${tag} 市バスのオンデマンド運行`,
    // Submitted in November, needing city money: after the budget cutoff.
    calendarAssessment: assessSubmission('2026-11-20', true),
    screeningDueOn: '2026-12-10',
  });
  await make('draft', { status: 'draft', title: `${tag} 下書きの提案` });
  t().setNow('2026-11-20T01:00:00Z');
});

const inbox = async (cookie: string, query: Record<string, string> = {}) => {
  const res = await t().app.inject({
    method: 'GET',
    url: '/api/proposals',
    query: { scope: 'inbox', q: tag, pageSize: '100', ...query },
    headers: { cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    proposals: Array<Record<string, unknown> & { id: string }>;
    total: number;
    totalCapped: boolean;
  }>();
};
const keys = (list: { proposals: Array<{ id: string }> }) =>
  list.proposals.map((p) => Object.entries(ids).find(([, id]) => id === p.id)?.[0]);

describe('the co-creation desk’s inbox', () => {
  it('lists every submitted proposal, never a draft, earliest due first', async () => {
    const list = await inbox(desk);
    expect(keys(list)).toEqual(['watch', 'park', 'flagged', 'secret']);
    expect(list.total).toBe(4);
    const park = list.proposals.find((p) => p.id === ids.park)!;
    expect(park).toMatchObject({
      dueState: 'due_soon',
      transferCount: 1,
      leadDepartment: { id: parks.id },
    });
    expect(list.proposals.find((p) => p.id === ids.watch)).toMatchObject({ dueState: 'overdue' });
  });

  it.each([
    [{ status: 'routing' }, ['flagged']],
    [{ step: '3' }, ['secret']],
    [{ kind: 'theme' }, ['park']],
    [{ overdue: 'true' }, ['watch']],
    [{ due: 'due_soon' }, ['park']],
    [{ calendarFlag: 'warning' }, ['flagged']],
    [{ sort: 'submitted' }, undefined],
  ] as const)('filters with %j', async (query, expected) => {
    const list = await inbox(desk, query);
    if (expected) {
      expect(keys(list)).toEqual(expected);
    } else {
      expect(list.total).toBe(4);
    }
  });

  it('filters by department and theme', async () => {
    expect(keys(await inbox(desk, { departmentId: ageing.id }))).toEqual(['secret']);
    expect(keys(await inbox(desk, { departmentId: parks.id })).toSorted()).toEqual([
      'park',
      'secret',
    ]);
  });

  it('finds proposals by a Japanese substring, two characters included', async () => {
    const { app } = t();
    const run = async (q: string) => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/proposals',
        query: { scope: 'inbox', q, pageSize: '100' },
        headers: { cookie: desk },
      });
      return keys(res.json()).filter(Boolean);
    };
    expect(await run('見守り')).toContain('watch');
    expect(await run('見守')).toContain('watch');
    expect(await run('キッチン')).toContain('park');
    expect(await run(`${tag}-極秘技術`)).toEqual(['secret']);
    expect(await run('ｷｯﾁﾝｶｰ')).toContain('park'); // half-width katakana, normalised
    expect(await run('存在しない語句')).toEqual([]);
  });

  it('stops counting at the cap and says so', async () => {
    const query = proposalListQuerySchema.parse({ scope: 'inbox', q: tag });
    const found = (countCap: number) =>
      findInbox(t().db, {
        scope: { kind: 'all' },
        query,
        today: '2026-11-20',
        actorId: '00000000-0000-4000-8000-000000000000',
        countCap,
      });
    expect(await found(2)).toMatchObject({ total: 2, totalCapped: true });
    expect(await found(4)).toMatchObject({ total: 4, totalCapped: false });
    expect((await inbox(desk)).totalCapped).toBe(false);
  });

  it('pages', async () => {
    const first = await inbox(desk, { pageSize: '2', page: '1' });
    const second = await inbox(desk, { pageSize: '2', page: '2' });
    expect(first.total).toBe(4);
    expect([...keys(first), ...keys(second)]).toEqual(['watch', 'park', 'flagged', 'secret']);
  });

  it('lets a coordinator take the first check, visible to the others, and let it go', async () => {
    const { app } = t();
    const take = (cookie: string, method: 'POST' | 'DELETE' = 'POST') =>
      app.inject({ method, url: `/api/proposals/${ids.watch}/assignee`, headers: { cookie } });
    const taken = await take(desk);
    expect(taken.statusCode).toBe(200);
    const me = taken.json().proposal.assignedCoordinator;
    expect(me).toEqual({ id: expect.any(String), name: expect.any(String) });
    expect(
      (await inbox(otherDesk, { unassigned: 'true' })).proposals.map((p) => p.id),
    ).not.toContain(ids.watch);
    expect(
      (await inbox(otherDesk)).proposals.find((p) => p.id === ids.watch)?.assignedCoordinator,
    ).toEqual(me);
    expect(keys(await inbox(desk, { assignedToMe: 'true' }))).toEqual(['watch']);
    const second = await take(otherDesk);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('proposals.already_assigned');
    expect((await take(parksStaff)).statusCode).toBe(404);
    expect((await take(desk, 'DELETE')).json().proposal.assignedCoordinator).toBeNull();
    expect((await take(otherDesk)).statusCode).toBe(200);
    await take(otherDesk, 'DELETE');
  });
});

describe('a department’s inbox', () => {
  it('holds only the proposals it leads or supports, with its role', async () => {
    const list = await inbox(parksStaff);
    expect(keys(list).toSorted()).toEqual(['park', 'secret']);
    expect(list.proposals.find((p) => p.id === ids.secret)?.departmentRole).toBe('supporting');
    expect(list.proposals.find((p) => p.id === ids.park)?.departmentRole).toBe('lead');
  });

  it('does not find a proposal by words of a section it may not read yet', async () => {
    const { app } = t();
    const res = await app.inject({
      method: 'GET',
      url: '/api/proposals',
      query: { scope: 'inbox', q: `${tag}-極秘技術` },
      headers: { cookie: parksStaff },
    });
    expect(res.json()).toEqual({ proposals: [], total: 0, totalCapped: false });
  });

  it('is refused to proposers and administrators', async () => {
    const { app, ctx, db } = t();
    for (const role of ['proposer', 'admin'] as const) {
      const cookie = await loginCookie(app, ctx, await createUser(db, { role }));
      const res = await app.inject({
        method: 'GET',
        url: '/api/proposals?scope=inbox',
        headers: { cookie },
      });
      expect(res.statusCode, role).toBe(403);
    }
  });
});

describe('the CSV export', () => {
  it('opens in Excel: BOM, CRLF, Japanese headers, formulas defused, the inbox’s filters', async () => {
    const { app, db } = t();
    const org = await createOrganization(db, {
      name: '=HYPERLINK("http://evil.example","株式会社")',
    });
    await createProposal(db, {
      organizationId: org.id,
      status: 'submitted',
      title: `${tag} +81 で始まる提案名`,
    });
    const res = await app.inject({
      method: 'GET',
      url: '/api/proposals/export.csv',
      query: { q: tag },
      headers: { cookie: desk },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="kyoso-proposals-2026-11-20\.csv"/,
    );
    const text = res.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toContain('"受付番号","提案名","概要"');
    expect(lines).toHaveLength(1 + 5 + 1); // header, five proposals, final CRLF
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""株式会社"")"`);
    expect(text).toContain('公園のキッチンカー');
    // Never a confidential section, even for the desk.
    expect(text).not.toContain('極秘技術');
    expect(text).not.toContain('遠隔看護チーム');
    // Labels in Japanese; dates as Excel in Japan reads dates (so the columns sort), never ISO.
    const watch = lines.find((line) => line.includes('高齢者の見守りサービス'))!;
    expect(watch).toContain('"2026/11/19","期限超過"');
    // When it was submitted (the real clock's moment, in Japan's time): yyyy/mm/dd hh:mm.
    expect(watch).toMatch(/"\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}"/);
    expect(watch).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const park = lines.find((line) => line.includes('公園のキッチンカー'))!;
    expect(park).toContain('"公園管理課"');
    expect(park).toContain('"2026/11/24","期限間近"');
    const flagged = lines.find((line) => line.includes('市バスのオンデマンド運行'))!;
    expect(flagged).toContain('"締切後の提出（令和10年度予算から）"');
    expect(lines.slice(1).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const filtered = await app.inject({
      method: 'GET',
      url: '/api/proposals/export.csv',
      query: { q: tag, status: 'routing' },
      headers: { cookie: desk },
    });
    expect(filtered.body.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('gives a department only its own proposals', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/proposals/export.csv',
      query: { q: tag },
      headers: { cookie: parksStaff },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('公園のキッチンカー');
    expect(res.body).not.toContain('見守りサービス');
  });

  it('is not for proposers', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const res = await requestAs(t(), s)('proposer', 'GET', '/api/proposals/export.csv');
    expect(res.statusCode).toBe(403);
  });
});
