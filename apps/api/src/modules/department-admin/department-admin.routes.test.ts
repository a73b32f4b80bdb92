import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  createDepartment,
  createTheme,
  createUser,
  mailsTo,
  unique,
} from '../../../test/factories';
import { createScenario, requestAs, SCENARIO_ROLES } from '../../../test/scenario';
import { proposalDepartmentsTable, proposalsTable } from '../proposals/proposals.table';
import { themesTable } from '../themes/themes.table';

const t = useTestApp();

describe('the organisation chart, administered', () => {
  it('adds a bureau, a division under it and a section under that, renames and moves, each with an audit event', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const add = async (body: Record<string, unknown>) => {
      const res = await as('admin', 'POST', '/api/admin/departments', body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().department as { id: string; level: string; fullName: { ja: string } };
    };
    const code = `t${Date.now()}`;
    const bureau = await add({
      parentId: null,
      code: `${code}-b`,
      nameJa: '未来局',
      nameEn: 'Future Bureau',
    });
    const division = await add({
      parentId: bureau.id,
      code: `${code}-d`,
      nameJa: '企画部',
      nameEn: 'Planning Division',
    });
    const section = await add({
      parentId: division.id,
      code: `${code}-s`,
      nameJa: '共創課',
      nameEn: 'Co-creation Section',
    });
    expect([bureau.level, division.level, section.level]).toEqual([
      'bureau',
      'division',
      'section',
    ]);
    expect(section.fullName.ja).toBe('未来局 企画部 共創課');

    // A section cannot go under a section; a code is unique.
    const under = await as('admin', 'POST', '/api/admin/departments', {
      parentId: section.id,
      code: `${code}-x`,
      nameJa: 'x',
      nameEn: 'x',
    });
    expect(under.statusCode).toBe(400);
    expect(under.json().error.code).toBe('departments.invalid_parent');
    const taken = await as('admin', 'POST', '/api/admin/departments', {
      parentId: null,
      code: `${code}-b`,
      nameJa: 'x',
      nameEn: 'x',
    });
    expect(taken.statusCode).toBe(409);

    const renamed = await as('admin', 'PATCH', `/api/admin/departments/${section.id}`, {
      nameJa: '共創推進課',
      mission: '市民と企業の共創を進める',
      keywords: ['共創', 'オープンイノベーション'],
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().department).toMatchObject({
      name: { ja: '共創推進課' },
      keywords: ['共創', 'オープンイノベーション'],
    });

    const otherDivision = await add({
      parentId: bureau.id,
      code: `${code}-d2`,
      nameJa: '事業部',
      nameEn: 'Operations Division',
    });
    const moved = await as('admin', 'PATCH', `/api/admin/departments/${section.id}`, {
      parentId: otherDivision.id,
    });
    expect(moved.json().department.fullName.ja).toBe('未来局 事業部 共創推進課');
    const wrongLevel = await as('admin', 'PATCH', `/api/admin/departments/${section.id}`, {
      parentId: bureau.id,
    });
    expect(wrongLevel.statusCode).toBe(400);

    const audit = await as('admin', 'GET', `/api/admin/audit?departmentId=${section.id}`);
    const actions = (
      audit.json().entries as Array<{
        action: string;
        details: Array<{ key: string; value: string }>;
      }>
    ).map((e) => e.action);
    expect(actions).toEqual(['department.updated', 'department.updated', 'department.created']);
    expect(audit.json().entries[0].department).toMatchObject({ name: { ja: '共創推進課' } });
    const rename = audit.json().entries[1];
    expect(rename.details).toEqual(
      expect.arrayContaining([
        { key: 'nameJa', value: '共創推進課' },
        { key: 'before', value: expect.stringContaining('共創課') },
      ]),
    );
  });

  it('refuses to retire a department with open proposals, naming how many; hands them over in one transaction; then retires it', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const { lead, supporting } = s.departments;
    const target = await createDepartment(t().db, {
      nameJa: '引継先課',
      nameEn: 'Successor Section',
    });

    const refused = await as('admin', 'POST', `/api/admin/departments/${lead.id}/retire`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'departments.has_open_proposals',
      message: expect.stringContaining('1件'),
    });

    // Not to a retired department, the desk, a bureau or itself.
    for (const bad of [s.departments.desk.id, lead.id]) {
      const res = await as('admin', 'POST', `/api/admin/departments/${lead.id}/handover`, {
        toDepartmentId: bad,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe('toDepartmentId');
    }

    const handed = await as('admin', 'POST', `/api/admin/departments/${lead.id}/handover`, {
      toDepartmentId: target.id,
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toEqual({ moved: 1, themes: 0 });
    const [proposal] = await t()
      .db.select()
      .from(proposalsTable)
      .where(eq(proposalsTable.id, s.proposal.id));
    expect(proposal).toMatchObject({
      leadDepartmentId: target.id,
      version: s.proposal.version + 1,
    });
    const assignments = await t()
      .db.select({
        departmentId: proposalDepartmentsTable.departmentId,
        role: proposalDepartmentsTable.role,
      })
      .from(proposalDepartmentsTable)
      .where(eq(proposalDepartmentsTable.proposalId, s.proposal.id));
    expect(assignments).toEqual(
      expect.arrayContaining([
        { departmentId: target.id, role: 'lead' },
        { departmentId: supporting.id, role: 'supporting' },
      ]),
    );
    expect(assignments).toHaveLength(2);

    // The desk reads the handover on the timeline; the proposer does not.
    const staffEvents = (
      await as('coordinator', 'GET', `/api/proposals/${s.proposal.id}/events`)
    ).json();
    const handover = (staffEvents.events as Array<{ type: string; title: { ja: string } }>).find(
      (e) => e.type === 'departments_handed_over',
    );
    expect(handover?.title.ja).toBe(
      `部署の再編により、担当が${lead.nameJa}から引継先課に引き継がれました`,
    );
    const proposerEvents = (
      await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/events`)
    ).json();
    expect(JSON.stringify(proposerEvents)).not.toContain('departments_handed_over');

    // The supporting department, handed to a department that already takes part, just leaves.
    const supportHanded = await as(
      'admin',
      'POST',
      `/api/admin/departments/${supporting.id}/handover`,
      {
        toDepartmentId: target.id,
      },
    );
    expect(supportHanded.json()).toEqual({ moved: 1, themes: 0 });
    const after = await t()
      .db.select({
        departmentId: proposalDepartmentsTable.departmentId,
        role: proposalDepartmentsTable.role,
      })
      .from(proposalDepartmentsTable)
      .where(eq(proposalDepartmentsTable.proposalId, s.proposal.id));
    expect(after).toEqual([{ departmentId: target.id, role: 'lead' }]);

    const retired = await as('admin', 'POST', `/api/admin/departments/${lead.id}/retire`);
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json().department.retiredAt).not.toBeNull();
    expect(
      (await as('admin', 'POST', `/api/admin/departments/${lead.id}/retire`)).json().error.code,
    ).toBe('departments.retired');
    // No longer offered: not in the public chart, not a routing target.
    const chart = (await as('anonymous', 'GET', '/api/departments')).json();
    expect(JSON.stringify(chart)).not.toContain(lead.id);
    const toRetired = await as(
      'admin',
      'POST',
      `/api/admin/departments/${supporting.id}/handover`,
      {
        toDepartmentId: lead.id,
      },
    );
    expect(toRetired.statusCode).toBe(400);

    const audit = (
      await as('admin', 'GET', `/api/admin/audit?reference=${s.proposal.referenceNumber}`)
    ).json();
    expect(
      (audit.entries as Array<{ action: string }>).filter(
        (e) => e.action === 'department.proposal_handed_over',
      ),
    ).toHaveLength(2);
    const retiredAudit = (
      await as('admin', 'GET', `/api/admin/audit?action=department.retired&departmentId=${lead.id}`)
    ).json();
    expect(retiredAudit.total).toBe(1);
  });

  it('e-mails every active member of the receiving section what it now holds, digest opt-out or not, and nothing when there was nothing to hand over', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const { db } = t();
    const { lead } = s.departments;
    const target = await createDepartment(db, { nameJa: '引継先課', nameEn: 'Successor Section' });
    const staff = await createUser(db, { role: 'department', departmentId: target.id });
    const optedOut = await createUser(db, {
      role: 'department',
      departmentId: target.id,
      digestOptOut: true,
      language: 'en',
    });
    const disabled = await createUser(db, {
      role: 'department',
      departmentId: target.id,
      disabledAt: new Date(),
    });
    const reference = s.proposal.referenceNumber!;

    const handed = await as('admin', 'POST', `/api/admin/departments/${lead.id}/handover`, {
      toDepartmentId: target.id,
    });
    expect(handed.statusCode, handed.body).toBe(200);

    const [mail, ...others] = await mailsTo(db, staff.email);
    expect(others).toEqual([]);
    expect(mail).toMatchObject({ template: 'department_handover', language: 'ja' });
    expect(mail!.subject).toContain(`${lead.nameJa}の担当を引継先課が引き継ぎました`);
    expect(mail!.textBody).toContain('組織の再編に伴い');
    expect(mail!.textBody).toContain(`${reference} ${s.proposal.title}（主担当）`);
    expect(mail!.textBody).toContain(`/proposals/${s.proposal.id}`);
    expect(mail!.textBody).toContain('/inbox');
    const english = await mailsTo(db, optedOut.email);
    expect(english).toHaveLength(1);
    expect(english[0]!.subject).toContain(`Successor Section takes over from ${lead.nameEn}`);
    expect(english[0]!.textBody).toContain(`${reference} ${s.proposal.title} (lead department)`);
    expect(await mailsTo(db, disabled.email)).toEqual([]);
    // Nobody of the department handing over, nor of the supporting one, is written to.
    expect(await mailsTo(db, s.users.lead.email)).toEqual([]);
    expect(await mailsTo(db, s.users.supporting.email)).toEqual([]);

    // Handing over again moves nothing, and writes to no one.
    const again = await as('admin', 'POST', `/api/admin/departments/${lead.id}/handover`, {
      toDepartmentId: target.id,
    });
    expect(again.json()).toEqual({ moved: 0, themes: 0 });
    expect(await mailsTo(db, staff.email)).toHaveLength(1);
    expect(await mailsTo(db, optedOut.email)).toHaveLength(1);
  });

  it('writes nothing to a section that already leads what it receives', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const as = requestAs(t(), s);
    const { lead, supporting } = s.departments;
    // The supporting section hands over to the lead one: the proposal stays with its lead.
    const handed = await as('admin', 'POST', `/api/admin/departments/${supporting.id}/handover`, {
      toDepartmentId: lead.id,
    });
    expect(handed.json()).toEqual({ moved: 1, themes: 0 });
    expect(await mailsTo(t().db, s.users.lead.email)).toEqual([]);
  });

  it('hands the themes in use over with the proposals and refuses retiring before, naming them; closed themes keep the retired department, still named on the public pages', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const { db } = t();
    const owner = await createDepartment(db, { nameJa: '旧企画課', nameEn: 'Former Planning' });
    const target = await createDepartment(db, { nameJa: '新企画課', nameEn: 'New Planning' });
    const staff = await createUser(db, { role: 'department', departmentId: target.id });
    const theme = (title: string, values: Partial<typeof themesTable.$inferInsert>) =>
      createTheme(db, { title: `${title}${unique('')}`, departmentId: owner.id, ...values });
    const draft = await theme('下書きのテーマ', { status: 'draft' });
    const inReview = await theme('審査中のテーマ', { status: 'in_review' });
    const open = await theme('募集中のテーマ', { status: 'published' });
    const upcoming = await theme('募集前のテーマ', { status: 'published', opensOn: '2099-04-01' });
    const contactOnly = await createTheme(db, {
      title: `窓口だけのテーマ${unique('')}`,
      departmentId: s.departments.other.id,
      contactDepartmentId: owner.id,
      status: 'published',
    });
    const past = await theme('募集を終えたテーマ', {
      status: 'published',
      opensOn: '2021-04-01',
      closesOn: '2021-06-30',
    });
    const closed = await theme('締め切ったテーマ', {
      status: 'closed',
      closedOn: '2022-01-31',
      closedReason: '予定数に達したため',
    });
    const inUse = [draft, inReview, open, upcoming, contactOnly];

    const chart = (await as('admin', 'GET', '/api/admin/departments')).json();
    const listed = chart.departments.find((d: { id: string }) => d.id === owner.id);
    expect(listed).toMatchObject({ openProposals: 0, openThemes: inUse.length });

    const refused = await as('admin', 'POST', `/api/admin/departments/${owner.id}/retire`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'departments.has_open_themes',
      message: expect.stringContaining(`${inUse.length}件`),
      details: [{ path: 'openThemes', code: 'departments.has_open_themes' }],
    });
    for (const x of inUse) {
      expect(refused.json().error.message).toContain(`「${x.title}」`);
    }
    expect(refused.json().error.message).not.toContain(past.title);
    expect(refused.json().error.message).not.toContain(closed.title);

    const handed = await as('admin', 'POST', `/api/admin/departments/${owner.id}/handover`, {
      toDepartmentId: target.id,
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toEqual({ moved: 0, themes: inUse.length });
    const rows = new Map(
      (
        await db
          .select({
            id: themesTable.id,
            departmentId: themesTable.departmentId,
            contactDepartmentId: themesTable.contactDepartmentId,
          })
          .from(themesTable)
      ).map((r) => [r.id, r]),
    );
    for (const x of [draft, inReview, open, upcoming]) {
      expect(rows.get(x.id)).toMatchObject({ departmentId: target.id, contactDepartmentId: null });
    }
    expect(rows.get(contactOnly.id)).toMatchObject({
      departmentId: s.departments.other.id,
      contactDepartmentId: target.id,
    });
    for (const x of [past, closed]) {
      expect(rows.get(x.id)).toMatchObject({ departmentId: owner.id });
    }

    // The receiving section's staff are told, with the themes' titles.
    const [mail, ...more] = await mailsTo(db, staff.email);
    expect(more).toEqual([]);
    for (const x of inUse) {
      expect(mail!.textBody).toContain(x.title);
      expect(mail!.textBody).toContain(`/staff/themes/${x.id}`);
    }
    expect(mail!.textBody).not.toContain(closed.title);

    const audit = (
      await as('admin', 'GET', '/api/admin/audit?action=department.theme_handed_over&pageSize=200')
    ).json<{ entries: Array<{ subjectId: string }> }>();
    const audited = audit.entries.filter((e) => inUse.some((x) => x.id === e.subjectId));
    expect(audited).toHaveLength(inUse.length);

    const retired = await as('admin', 'POST', `/api/admin/departments/${owner.id}/retire`);
    expect(retired.statusCode, retired.body).toBe(200);

    // The public pages still show the closed themes, under the retired department's name.
    for (const x of [closed, past]) {
      const page = await as('anonymous', 'GET', `/api/themes/${x.id}`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().theme).toMatchObject({
        window: 'closed',
        department: { id: owner.id, name: { ja: '旧企画課' } },
      });
    }
    const list = (await as('anonymous', 'GET', '/api/themes?window=closed')).json<{
      themes: Array<{ id: string; department: { name: { ja: string } } }>;
    }>();
    expect(list.themes.find((x) => x.id === closed.id)?.department.name.ja).toBe('旧企画課');
    const moved = (await as('anonymous', 'GET', `/api/themes/${open.id}`)).json();
    expect(moved.theme.department.name.ja).toBe('新企画課');
  });

  it('refuses to retire a division while a section under it is in use', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const division = await createDepartment(t().db, { level: 'division' });
    await createDepartment(t().db, { parentId: division.id });
    const res = await as('admin', 'POST', `/api/admin/departments/${division.id}/retire`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('departments.has_children');
  });

  it('previews the routing suggestion for a sample text with a profile as edited, without saving it', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const section = await createDepartment(t().db, { nameJa: '空き家対策課', keywords: [] });
    const word = `空き家${Date.now()}`;
    const before = await as('admin', 'POST', '/api/admin/departments/routing-preview', {
      text: `${word}の活用を提案します`,
    });
    expect(before.statusCode, before.body).toBe(200);
    expect(JSON.stringify(before.json())).not.toContain(section.id);
    const preview = await as('admin', 'POST', '/api/admin/departments/routing-preview', {
      text: `${word}の活用を提案します`,
      profile: { departmentId: section.id, mission: '', keywords: [word] },
    });
    expect(preview.json().suggestions[0]).toMatchObject({
      department: { id: section.id },
      reason: 'profile',
      matchedWords: [word.toLowerCase()],
    });
    const list = (await as('admin', 'GET', '/api/admin/departments')).json();
    expect(list.departments.find((d: { id: string }) => d.id === section.id).keywords).toEqual([]);
  });

  it('no longer offers a retired department: no new staff, no routing to it; its present staff can still be managed', async () => {
    const s = await createScenario(t(), { status: 'routing' });
    const as = requestAs(t(), s);
    const retired = await createDepartment(t().db, { retiredAt: new Date() });
    const staff = await createUser(t().db, { role: 'department', departmentId: retired.id });
    const created = await as('admin', 'POST', '/api/admin/users', {
      email: `${unique('staff')}@city.example.jp`,
      name: '新任 職員',
      role: 'department',
      departmentId: retired.id,
    });
    expect(created.statusCode).toBe(409);
    expect(created.json().error.details[0]).toMatchObject({ path: 'departmentId' });
    const disabled = await as('admin', 'PATCH', `/api/admin/users/${staff.id}`, {
      disabled: true,
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    const routed = await as('coordinator', 'POST', `/api/proposals/${s.proposal.id}/transitions`, {
      action: 'route',
      leadDepartmentId: retired.id,
      supportingDepartmentIds: [],
      version: s.proposal.version,
    });
    expect(routed.statusCode).toBe(400);
    expect(routed.json().error.details[0]).toMatchObject({ path: 'leadDepartmentId' });
  });

  it('is for administrators only', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const id = s.departments.other.id;
    const calls = [
      ['GET', '/api/admin/departments', undefined],
      ['POST', '/api/admin/departments', { parentId: null, code: 'zz', nameJa: 'x', nameEn: 'x' }],
      ['PATCH', `/api/admin/departments/${id}`, { nameJa: '乗っ取り' }],
      ['POST', `/api/admin/departments/${id}/handover`, { toDepartmentId: id }],
      ['POST', `/api/admin/departments/${id}/retire`, undefined],
      ['POST', '/api/admin/departments/routing-preview', { text: '公園' }],
    ] as const;
    const outcomes: Record<string, number[]> = {};
    for (const role of SCENARIO_ROLES.filter((r) => r !== 'admin')) {
      outcomes[role] = [];
      for (const [method, url, body] of calls) {
        outcomes[role].push((await as(role, method, url, body)).statusCode);
      }
    }
    const refused = calls.map(() => 403);
    expect(outcomes).toEqual({
      proposer: refused,
      otherProposer: refused,
      coordinator: refused,
      lead: refused,
      supporting: refused,
      otherDepartment: refused,
      anonymous: calls.map(() => 401),
    });
  });
});
