import { describe, expect, it } from 'vitest';
import { tokyoDate } from '@kyoso/calendar/dates';
import { useTestApp } from '../../../test/build-app';
import { createUser, loginCookie } from '../../../test/factories';
import { createScenario, requestAs, SCENARIO_ROLES } from '../../../test/scenario';

const t = useTestApp();

type Entry = {
  kind: string;
  action: string;
  actor: { name: string | null; department: { id: string } | null } | null;
  proposal: { referenceNumber: string | null } | null;
  details: Array<{ key: string; value: string }>;
  at: string;
};

describe('the audit log (administrators)', () => {
  it('lists changes and confidential reads newest first, filtered by proposal, person, department, action and dates, and never names a confidential file', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    const reference = s.proposal.referenceNumber!;
    expect((await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).statusCode).toBe(200);
    expect(
      (
        await as(
          'coordinator',
          'GET',
          `/api/proposals/${s.proposal.id}/attachments/${s.files.confidential}`,
        )
      ).statusCode,
    ).toBe(200);
    // A change: the administrator renames a staff account.
    expect(
      (await as('admin', 'PATCH', `/api/admin/users/${s.users.lead.id}`, { name: '監査 太郎' }))
        .statusCode,
    ).toBe(200);

    const list = async (query: string) => {
      const res = await as('admin', 'GET', `/api/admin/audit?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ entries: Entry[]; total: number; actions: string[] }>();
    };

    const byProposal = await list(`reference=${encodeURIComponent(reference.toLowerCase())}`);
    expect(byProposal.entries.map((e) => e.action)).toEqual([
      'confidential.file_opened',
      'confidential.sections_viewed',
    ]);
    expect(byProposal.total).toBe(2);
    expect(byProposal.entries[0]).toMatchObject({
      kind: 'confidential_read',
      proposal: { referenceNumber: reference },
      details: [{ key: 'attachmentId', value: s.files.confidential }],
    });
    expect(byProposal.entries[1]?.details).toEqual([{ key: 'sections', value: 'solution,kpis' }]);
    // Newest first.
    expect(byProposal.entries[0]!.at >= byProposal.entries[1]!.at).toBe(true);

    const everything = await as('admin', 'GET', '/api/admin/audit?pageSize=200');
    expect(everything.body).not.toContain(s.fileMarker);
    expect(everything.body).not.toContain(s.marker);

    const byDepartment = await list(`departmentId=${s.departments.lead.id}&reference=${reference}`);
    expect(byDepartment.entries.map((e) => e.action)).toEqual(['confidential.sections_viewed']);

    const byAction = await list('action=user.staff_updated&pageSize=200');
    const renamed = byAction.entries.find((e) =>
      e.details.some((d) => d.key === 'name' && d.value === '監査 太郎'),
    );
    expect(renamed).toMatchObject({ kind: 'change', actor: { name: s.users.admin.name } });
    expect(byAction.actions).toEqual(
      expect.arrayContaining(['user.staff_updated', 'confidential.sections_viewed']),
    );

    const byPerson = await list(`person=${encodeURIComponent(s.users.admin.name)}`);
    expect(byPerson.entries.length).toBeGreaterThan(0);
    expect(byPerson.entries.every((e) => e.actor?.name === s.users.admin.name)).toBe(true);

    // The filter's dates are Japan's (from 15:00 UTC Japan is already on the next day).
    const today = tokyoDate(new Date());
    const yesterday = tokyoDate(new Date(Date.now() - 86_400_000));
    const future = await list(`reference=${reference}&from=2099-01-01`);
    expect(future.total).toBe(0);
    const recent = await list(`reference=${reference}&from=${yesterday}&to=${today}`);
    expect(recent.total).toBe(2);
    const past = await list(`reference=${reference}&to=2020-01-01`);
    expect(past.total).toBe(0);

    const paged = await list(`reference=${reference}&pageSize=1&page=2`);
    expect(paged.entries.map((e) => e.action)).toEqual(['confidential.sections_viewed']);
    expect(paged.total).toBe(2);

    expect((await list('reference=KY-1999-99999')).entries).toEqual([]);
  });

  it('shows the workflow transitions of the timeline as changes, with the statuses', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const res = await as('coordinator', 'POST', `/api/proposals/${s.proposal.id}/transitions`, {
      action: 'accept_for_routing',
      version: s.proposal.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const log = (
      await as('admin', 'GET', `/api/admin/audit?reference=${s.proposal.referenceNumber}`)
    ).json<{ entries: Entry[]; actions: string[] }>();
    // The coordinator also read the confidential sections the answer carried.
    expect(log.entries.map((e) => e.action).sort()).toEqual([
      'confidential.sections_viewed',
      'workflow.accept_for_routing',
    ]);
    expect(log.entries.find((e) => e.kind === 'change')).toMatchObject({
      kind: 'change',
      action: 'workflow.accept_for_routing',
      actor: { name: s.users.coordinator.name, department: { id: s.departments.desk.id } },
      proposal: { referenceNumber: s.proposal.referenceNumber },
      details: expect.arrayContaining([
        { key: 'from', value: 'submitted' },
        { key: 'to', value: 'routing' },
      ]),
    });
    expect(log.actions).toContain('workflow.adopt');
  });

  it('downloads the same filtered entries as an Excel-safe CSV', async () => {
    const s = await createScenario(t(), { status: 'dialogue', nda: 'in_effect' });
    const as = requestAs(t(), s);
    expect((await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).statusCode).toBe(200);
    const res = await as(
      'admin',
      'GET',
      `/api/admin/audit.csv?reference=${s.proposal.referenceNumber}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="kyoso-audit-/);
    expect(res.body.startsWith('\uFEFF"日時","種別","操作","操作コード","実施者"')).toBe(true);
    const lines = res.body.slice(1).split('\r\n');
    expect(lines).toHaveLength(3); // the header, one entry, the final CRLF
    // The action in words (Japanese, as the whole file) and as its code.
    expect(lines[1]).toMatch(
      /^"\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}","機密情報の閲覧","提案の機密項目を閲覧しました","confidential\.sections_viewed",/,
    );
    expect(lines[1]).toContain(`"${s.proposal.referenceNumber}"`);
    expect(lines[1]).toContain('"sections=solution,kpis"');
  });

  it('defuses a formula in a name a person typed', async () => {
    const s = await createScenario(t(), { status: 'dialogue' });
    const { app, ctx, db } = t();
    const admin = await createUser(db, { role: 'admin', name: '=HYPERLINK("x")' });
    const cookie = await loginCookie(app, ctx, admin);
    await app.inject({
      method: 'PATCH',
      url: `/api/admin/users/${s.users.lead.id}`,
      headers: { cookie },
      payload: { name: '改名 花子' },
    });
    const res = await app.inject({
      method: 'GET',
      url: `/api/admin/audit.csv?person=${encodeURIComponent('=HYPERLINK')}`,
      headers: { cookie },
    });
    expect(res.body).toContain(`"'=HYPERLINK(""x"")","管理者"`);
  });

  it('is for administrators only', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    const outcomes: Record<string, number[]> = {};
    for (const role of SCENARIO_ROLES) {
      outcomes[role] = [
        (await as(role, 'GET', '/api/admin/audit')).statusCode,
        (await as(role, 'GET', '/api/admin/audit.csv')).statusCode,
      ];
    }
    expect(outcomes).toEqual({
      proposer: [403, 403],
      otherProposer: [403, 403],
      coordinator: [403, 403],
      lead: [403, 403],
      supporting: [403, 403],
      otherDepartment: [403, 403],
      admin: [200, 200],
      anonymous: [401, 401],
    });
  });

  it('refuses a malformed filter with 400', async () => {
    const s = await createScenario(t(), { status: 'submitted' });
    const as = requestAs(t(), s);
    expect((await as('admin', 'GET', '/api/admin/audit?from=2026-13-40')).statusCode).toBe(400);
    expect((await as('admin', 'GET', '/api/admin/audit?departmentId=x')).statusCode).toBe(400);
    expect((await as('admin', 'GET', '/api/admin/audit?pageSize=1000')).statusCode).toBe(400);
  });
});
