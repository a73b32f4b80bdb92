import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createOrganization,
  createProposal,
  createTheme,
  createUser,
  loginCookie,
} from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';

const t = useTestApp();

async function desk() {
  const { app, ctx, db } = t();
  return loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
}

describe('routing suggestions', () => {
  it('rank departments by their mission, keywords and accepted proposals, with the matching words', async () => {
    const { app, db } = t();
    const ageing = await createDepartment(db, {
      nameJa: '長寿社会対策課',
      mission: '高齢者が安心して暮らせるよう見守りや介護予防を進める。',
      keywords: ['高齢者', '見守り', '介護'],
    });
    const parks = await createDepartment(db, {
      nameJa: '公園管理課',
      mission: '公園の管理と利活用。',
      keywords: ['公園', '緑地'],
    });
    const org = await createOrganization(db);
    const p = await createProposal(db, {
      organizationId: org.id,
      status: 'routing',
      title: '一人暮らし高齢者の見守りを公園の体操教室から',
      summary: '公園での介護予防体操に合わせて、参加者の見守りを行います。',
    });
    const res = await app.inject({
      method: 'GET',
      url: `/api/proposals/${p.id}/routing-suggestions`,
      headers: { cookie: await desk() },
    });
    expect(res.statusCode).toBe(200);
    const suggestions = res.json().suggestions;
    const mine = suggestions.filter((s: { department: { id: string } }) =>
      [ageing.id, parks.id].includes(s.department.id),
    );
    expect(mine[0]).toMatchObject({
      department: { id: ageing.id, name: { ja: '長寿社会対策課' } },
      reason: 'profile',
      matchedWords: expect.arrayContaining(['高齢者', '見守り', '介護']),
    });
    expect(mine[1]).toMatchObject({ department: { id: parks.id }, matchedWords: ['公園'] });
  });

  it('put the theme’s own department first', async () => {
    const { app, db } = t();
    const owner = await createDepartment(db, { nameJa: '交通政策課' });
    const theme = await createTheme(db, { departmentId: owner.id });
    const p = await createProposal(db, { status: 'submitted', kind: 'theme', themeId: theme.id });
    const [first] = (
      await app.inject({
        method: 'GET',
        url: `/api/proposals/${p.id}/routing-suggestions`,
        headers: { cookie: await desk() },
      })
    ).json().suggestions;
    expect(first).toMatchObject({ department: { id: owner.id }, reason: 'theme' });
  });

  it('are for the desk only', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/routing-suggestions`;
    expect((await as('lead', 'GET', url)).statusCode).toBe(403);
    expect((await as('proposer', 'GET', url)).statusCode).toBe(403);
    expect((await as('otherDepartment', 'GET', url)).statusCode).toBe(404);
  });
});

describe('the routing report', () => {
  it('counts, per department, proposals made lead, returned and accepted, and the transfers', async () => {
    const { app, ctx, db } = t();
    const cookie = await desk();
    const first = await createDepartment(db, { nameJa: '公園管理課' });
    const second = await createDepartment(db, { nameJa: '長寿社会対策課' });
    const firstStaff = await loginCookie(
      app,
      ctx,
      await createUser(db, { role: 'department', departmentId: first.id }),
    );
    const secondStaff = await loginCookie(
      app,
      ctx,
      await createUser(db, { role: 'department', departmentId: second.id }),
    );
    const p = await createProposal(db, { status: 'routing' });
    const act = async (who: string, body: Record<string, unknown>) => {
      const version = (
        await app.inject({ method: 'GET', url: `/api/proposals/${p.id}`, headers: { cookie: who } })
      ).json().proposal.version;
      const res = await app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/transitions`,
        headers: { cookie: who },
        payload: { ...body, version },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().proposal;
    };
    await act(cookie, { action: 'route', leadDepartmentId: first.id, supportingDepartmentIds: [] });
    await act(firstStaff, { action: 'return_assignment', reason: '所管外のため' });
    await act(cookie, {
      action: 'route',
      leadDepartmentId: second.id,
      supportingDepartmentIds: [],
    });
    const accepted = await act(secondStaff, { action: 'accept_assignment' });
    expect(accepted.transferCount).toBe(1);

    const report = await app.inject({
      method: 'GET',
      url: '/api/routing/report',
      headers: { cookie },
    });
    expect(report.statusCode).toBe(200);
    const rows = report.json().rows as Array<{ department: { id: string } }>;
    expect(rows.find((r) => r.department.id === first.id)).toMatchObject({
      routedAsLead: 1,
      returned: 1,
      accepted: 0,
      awaiting: 0,
    });
    expect(rows.find((r) => r.department.id === second.id)).toMatchObject({
      routedAsLead: 1,
      returned: 0,
      accepted: 1,
      averageDaysToAccept: expect.any(Number),
    });
    expect(report.json().totals.transfers).toBeGreaterThanOrEqual(1);
    expect(report.json().totals.proposalsWithTransfers).toBeGreaterThanOrEqual(1);

    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/routing/report',
          headers: { cookie: firstStaff },
        })
      ).statusCode,
    ).toBe(403);
  });
});
