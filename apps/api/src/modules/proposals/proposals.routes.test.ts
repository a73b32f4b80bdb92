import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import {
  completeProposalFields,
  createDepartment,
  createOrganization,
  createProposal,
  createTheme,
  createUser,
  loginCookie,
  mailsTo,
} from '../../../test/factories';
import { exeBytes, multipart, officeBytes, pdfBytes, pngBytes } from '../../../test/files';
import { proposalAttachmentsTable } from '../attachments/attachments.table';
import { proposalEventsTable } from './proposals.table';
import { proposalsTable } from './proposals.table';

const t = useTestApp();

async function proposer() {
  const { app, ctx, db } = t();
  const org = await createOrganization(db);
  const user = await createUser(db, { role: 'proposer', organizationId: org.id });
  return { org, user, cookie: await loginCookie(app, ctx, user) };
}

describe('drafts', () => {
  it('starts a free proposal and saves it field by field; a colleague sees it, nobody else does', async () => {
    const { app, ctx, db } = t();
    const me = await proposer();
    const created = await app.inject({
      method: 'POST',
      url: '/api/proposals',
      headers: { cookie: me.cookie },
      payload: { kind: 'free' },
    });
    expect(created.statusCode).toBe(201);
    const draft = created.json().proposal;
    expect(draft).toMatchObject({
      kind: 'free',
      status: 'draft',
      step: 1,
      referenceNumber: null,
      contactEmail: me.user.email,
      allowedActions: ['submit'],
    });

    const saved = await app.inject({
      method: 'PATCH',
      url: `/api/proposals/${draft.id}`,
      headers: { cookie: me.cookie },
      payload: {
        version: draft.version,
        title: '見守りの実証',
        kpis: [{ name: '通知までの時間', target: '30分' }],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().proposal).toMatchObject({
      title: '見守りの実証',
      version: draft.version + 1,
    });

    const colleague = await loginCookie(
      app,
      ctx,
      await createUser(db, { organizationId: me.org.id }),
    );
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${draft.id}`,
          headers: { cookie: colleague },
        })
      ).json().proposal.title,
    ).toBe('見守りの実証');
    const mine = await app.inject({
      method: 'GET',
      url: '/api/proposals?scope=mine',
      headers: { cookie: colleague },
    });
    expect(mine.json().proposals.map((p: { id: string }) => p.id)).toContain(draft.id);

    for (const role of ['proposer', 'coordinator', 'department', 'admin'] as const) {
      const other = await loginCookie(app, ctx, await createUser(db, { role }));
      expect(
        (
          await app.inject({
            method: 'GET',
            url: `/api/proposals/${draft.id}`,
            headers: { cookie: other },
          })
        ).statusCode,
      ).toBe(404);
      expect(
        (
          await app.inject({
            method: 'PATCH',
            url: `/api/proposals/${draft.id}`,
            headers: { cookie: other },
            payload: { title: 'x' },
          })
        ).statusCode,
      ).toBe(404);
    }
  });

  it('refuses a save based on an old version, so that two tabs never overwrite each other silently', async () => {
    const { app } = t();
    const me = await proposer();
    const draft = (
      await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'free' },
      })
    ).json().proposal;
    await app.inject({
      method: 'PATCH',
      url: `/api/proposals/${draft.id}`,
      headers: { cookie: me.cookie },
      payload: { version: draft.version, title: 'タブ1' },
    });
    const stale = await app.inject({
      method: 'PATCH',
      url: `/api/proposals/${draft.id}`,
      headers: { cookie: me.cookie },
      payload: { version: draft.version, title: 'タブ2' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('workflow.version_conflict');
  });

  it('enforces the shared limits with field paths', async () => {
    const { app } = t();
    const me = await proposer();
    const draft = (
      await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'free' },
      })
    ).json().proposal;
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/proposals/${draft.id}`,
      headers: { cookie: me.cookie },
      payload: {
        title: 'あ'.repeat(101),
        kpis: Array(11).fill({ name: 'a', target: 'b' }),
        cityBudget: 'lots',
        desiredStart: '2027-13',
        resourcesWanted: ['money'],
        confidentialSections: ['title'],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual([
      'cityBudget',
      'confidentialSections.0',
      'desiredStart',
      'kpis',
      'resourcesWanted.0',
      'title',
    ]);
  });

  it('cannot be edited once submitted', async () => {
    const { app, db } = t();
    const me = await proposer();
    const p = await createProposal(db, { organizationId: me.org.id, status: 'submitted' });
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/proposals/${p.id}`,
      headers: { cookie: me.cookie },
      payload: { title: '後から変更' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('proposals.not_editable');
  });

  it('is not for city staff to start', async () => {
    const { app, ctx, db } = t();
    const cookie = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/proposals',
          headers: { cookie },
          payload: { kind: 'free' },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('proposals on a theme', () => {
  it('answers a theme only while its window is open', async () => {
    const { app, db, setNow } = t();
    const me = await proposer();
    const open = await createTheme(db, { opensOn: '2026-10-01', closesOn: '2026-12-31' });
    const closed = await createTheme(db, { opensOn: '2026-04-01', closesOn: '2026-09-30' });
    const draft = await createTheme(db, { status: 'draft' });
    setNow('2026-11-22T03:00:00Z');
    try {
      const ok = await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'theme', themeId: open.id },
      });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().proposal.theme).toEqual({ id: open.id, title: open.title });
      const late = await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'theme', themeId: closed.id },
      });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('themes.closed');
      const hidden = await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'theme', themeId: draft.id },
      });
      expect(hidden.statusCode).toBe(404);
      const missing = await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'theme' },
      });
      expect(missing.json().error.details[0].path).toBe('themeId');
    } finally {
      setNow(null);
    }
  });
});

describe('submitting twice', () => {
  it('with the same Idempotency-Key acts once: one reference number, one event, one receipt', async () => {
    const { app, db } = t();
    const me = await proposer();
    const p = await createProposal(db, {
      organizationId: me.org.id,
      status: 'draft',
      referenceNumber: null,
      submittedAt: null,
      fiscalYear: null,
    });
    const send = () =>
      app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/transitions`,
        headers: { cookie: me.cookie, 'idempotency-key': `submit-${p.id}` },
        payload: { action: 'submit', version: p.version },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode], b.body).toEqual([200, 200]);
    expect(a.json().proposal.referenceNumber).toBe(b.json().proposal.referenceNumber);
    const again = await send();
    expect(again.statusCode).toBe(200);
    expect(again.json().proposal.referenceNumber).toBe(a.json().proposal.referenceNumber);
    const [events] = await db
      .select({ n: count() })
      .from(proposalEventsTable)
      .where(eq(proposalEventsTable.proposalId, p.id));
    expect(events?.n).toBe(1);
    expect(
      (await mailsTo(db, me.user.email)).filter((m) => m.template === 'proposal_received'),
    ).toHaveLength(1);
  });

  it('without a key, the second click is refused rather than acted on twice', async () => {
    const { app, db } = t();
    const me = await proposer();
    const p = await createProposal(db, {
      organizationId: me.org.id,
      status: 'draft',
      referenceNumber: null,
      submittedAt: null,
      fiscalYear: null,
    });
    const send = () =>
      app.inject({
        method: 'POST',
        url: `/api/proposals/${p.id}/transitions`,
        headers: { cookie: me.cookie },
        payload: { action: 'submit', version: p.version },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('never creates two drafts for one double-clicked “start”', async () => {
    const { app, db } = t();
    const me = await proposer();
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie, 'idempotency-key': `start-${me.user.id}` },
        payload: { kind: 'free', title: '二重クリック' },
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().proposal.id).toBe(b.json().proposal.id);
    const [n] = await db
      .select({ n: count() })
      .from(proposalsTable)
      .where(eq(proposalsTable.organizationId, me.org.id));
    expect(n?.n).toBe(1);
  });

  it('refuses a key reused for a different request', async () => {
    const { app } = t();
    const me = await proposer();
    const headers = { cookie: me.cookie, 'idempotency-key': `reuse-${me.user.id}` };
    await app.inject({
      method: 'POST',
      url: '/api/proposals',
      headers,
      payload: { kind: 'free', title: 'A' },
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/proposals',
      headers,
      payload: { kind: 'free', title: 'B' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('request.idempotency_mismatch');
  });
});

describe('attachments', () => {
  async function draftOf(orgId: string) {
    return createProposal(t().db, {
      organizationId: orgId,
      status: 'draft',
      referenceNumber: null,
      submittedAt: null,
    });
  }
  const upload = (
    id: string,
    cookie: string,
    file: { name: string; bytes: Buffer },
    fields: Record<string, string> = {},
  ) => {
    const body = multipart(file, fields);
    return t().app.inject({
      method: 'POST',
      url: `/api/proposals/${id}/attachments`,
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
  };

  it('accepts a PDF and gives it back as a download with its Japanese name', async () => {
    const { app } = t();
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const res = await upload(p.id, me.cookie, { name: '事業計画書.pdf', bytes: pdfBytes() });
    expect(res.statusCode).toBe(201);
    const { attachment } = res.json();
    expect(attachment).toMatchObject({
      fileName: '事業計画書.pdf',
      kind: 'pdf',
      confidential: false,
      redacted: false,
    });
    const download = await app.inject({
      method: 'GET',
      url: `/api/proposals/${p.id}/attachments/${attachment.id}`,
      headers: { cookie: me.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('事業計画書.pdf')}`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdfBytes())).toBe(true);
    const proposal = (
      await app.inject({
        method: 'GET',
        url: `/api/proposals/${p.id}`,
        headers: { cookie: me.cookie },
      })
    ).json().proposal;
    expect(proposal.attachments.map((a: { id: string }) => a.id)).toEqual([attachment.id]);
  });

  it('recognises Office files and images from their bytes, whatever their names', async () => {
    const me = await proposer();
    const p = await draftOf(me.org.id);
    expect(
      (await upload(p.id, me.cookie, { name: 'slides.pptx', bytes: officeBytes('pptx') })).json()
        .attachment.kind,
    ).toBe('pptx');
    expect(
      (await upload(p.id, me.cookie, { name: 'photo.jpg', bytes: pngBytes() })).json().attachment
        .kind,
    ).toBe('png');
  });

  it('refuses a program renamed to .pdf, with a message that says why', async () => {
    const { db } = t();
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const res = await upload(p.id, me.cookie, { name: '提案書.pdf', bytes: exeBytes() });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'attachments.unsupported_type',
      message: expect.stringContaining('中身で判定'),
    });
    expect(
      await db
        .select()
        .from(proposalAttachmentsTable)
        .where(eq(proposalAttachmentsTable.proposalId, p.id)),
    ).toEqual([]);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]);
    const res = await upload(p.id, me.cookie, { name: 'big.pdf', bytes: big });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('attachments.too_large');
  });

  it('refuses an eleventh file', async () => {
    const me = await proposer();
    const p = await draftOf(me.org.id);
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await upload(p.id, me.cookie, { name: `資料${i}.pdf`, bytes: pdfBytes(String(i)) }))
          .statusCode,
      ).toBe(201);
    }
    const res = await upload(p.id, me.cookie, { name: '資料10.pdf', bytes: pdfBytes('10') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('attachments.too_many');
  });

  it('keeps confidential files from departments without an NDA, but not from the desk', async () => {
    const { app, ctx, db } = t();
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const { attachment } = (
      await upload(
        p.id,
        me.cookie,
        { name: '原価の内訳.xlsx', bytes: officeBytes('xlsx') },
        { confidential: 'true' },
      )
    ).json();
    expect(attachment.confidential).toBe(true);
    const lead = await createDepartment(db);
    await db
      .update(proposalsTable)
      .set({
        status: 'awaiting_department',
        leadDepartmentId: lead.id,
        referenceNumber: `KY-2026-A${p.id.slice(0, 6)}`,
      })
      .where(eq(proposalsTable.id, p.id));
    const { proposalDepartmentsTable } = await import('./proposals.table');
    await db
      .insert(proposalDepartmentsTable)
      .values({ proposalId: p.id, departmentId: lead.id, role: 'lead' });

    const staff = await loginCookie(
      app,
      ctx,
      await createUser(db, { role: 'department', departmentId: lead.id }),
    );
    const seen = (
      await app.inject({
        method: 'GET',
        url: `/api/proposals/${p.id}/attachments`,
        headers: { cookie: staff },
      })
    ).json().attachments;
    expect(seen).toEqual([
      expect.objectContaining({
        id: attachment.id,
        fileName: null,
        redacted: true,
        confidential: true,
      }),
    ]);
    const blocked = await app.inject({
      method: 'GET',
      url: `/api/proposals/${p.id}/attachments/${attachment.id}`,
      headers: { cookie: staff },
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('attachments.confidential');

    const desk = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${p.id}/attachments/${attachment.id}`,
          headers: { cookie: desk },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('answers 404 to other organisations, for the list and the file alike', async () => {
    const { app, db } = t();
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const { attachment } = (
      await upload(p.id, me.cookie, { name: 'a.pdf', bytes: pdfBytes() })
    ).json();
    const other = await proposer();
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${p.id}/attachments`,
          headers: { cookie: other.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/proposals/${p.id}/attachments/${attachment.id}`,
          headers: { cookie: other.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await upload(p.id, other.cookie, { name: 'b.pdf', bytes: pdfBytes() })).statusCode,
    ).toBe(404);
    expect(
      await db
        .select()
        .from(proposalAttachmentsTable)
        .where(eq(proposalAttachmentsTable.proposalId, p.id)),
    ).toHaveLength(1);
  });

  it('removes a file from a draft, but not after submission', async () => {
    const { app, db } = t();
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const first = (await upload(p.id, me.cookie, { name: 'a.pdf', bytes: pdfBytes() })).json()
      .attachment;
    const second = (await upload(p.id, me.cookie, { name: 'b.pdf', bytes: pdfBytes() })).json()
      .attachment;
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/proposals/${p.id}/attachments/${first.id}`,
          headers: { cookie: me.cookie },
        })
      ).statusCode,
    ).toBe(200);
    await db.update(proposalsTable).set({ status: 'submitted' }).where(eq(proposalsTable.id, p.id));
    const late = await app.inject({
      method: 'DELETE',
      url: `/api/proposals/${p.id}/attachments/${second.id}`,
      headers: { cookie: me.cookie },
    });
    expect(late.json().error.code).toBe('proposals.not_editable');
  });

  it('needs a file in the request', async () => {
    const me = await proposer();
    const p = await draftOf(me.org.id);
    const res = await t().app.inject({
      method: 'POST',
      url: `/api/proposals/${p.id}/attachments`,
      headers: { cookie: me.cookie, 'content-type': 'application/json' },
      payload: { file: 'x' },
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('my proposals', () => {
  it('lists the organisation’s proposals with label, STEP, department (once accepted) and next date', async () => {
    const { app, db } = t();
    const me = await proposer();
    const dept = await createDepartment(db, {
      nameJa: '道路維持課',
      nameEn: 'Road Maintenance Section',
    });
    await createProposal(db, {
      organizationId: me.org.id,
      status: 'dialogue',
      leadDepartmentId: dept.id,
      title: '対話中の提案',
    });
    await createProposal(db, {
      organizationId: me.org.id,
      status: 'awaiting_department',
      leadDepartmentId: dept.id,
      title: '調整中の提案',
      departmentDueOn: '2026-12-01',
    });
    await createProposal(db, { title: '他社の提案' });
    const res = await app.inject({
      method: 'GET',
      url: '/api/proposals?scope=mine',
      headers: { cookie: me.cookie },
    });
    const list = res.json().proposals as Array<{
      title: string;
      statusLabel: { ja: string };
      step: number;
      leadDepartment: unknown;
    }>;
    expect(list.map((p) => p.title).sort()).toEqual(['対話中の提案', '調整中の提案']);
    expect(list.find((p) => p.title === '対話中の提案')).toMatchObject({
      step: 3,
      statusLabel: { ja: '道路維持課と協議中' },
      leadDepartment: { name: { ja: '道路維持課' } },
    });
    expect(list.find((p) => p.title === '調整中の提案')).toMatchObject({
      step: 2,
      statusLabel: { ja: '担当部署を調整中' },
      leadDepartment: null,
    });
  });

  it('is for proposers (the desk uses the inbox)', async () => {
    const { app, ctx, db } = t();
    const cookie = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    expect(
      (await app.inject({ method: 'GET', url: '/api/proposals?scope=mine', headers: { cookie } }))
        .statusCode,
    ).toBe(403);
  });

  it('submits a complete draft made through the API', async () => {
    const { app } = t();
    const me = await proposer();
    const draft = (
      await app.inject({
        method: 'POST',
        url: '/api/proposals',
        headers: { cookie: me.cookie },
        payload: { kind: 'free', ...completeProposalFields() },
      })
    ).json().proposal;
    const res = await app.inject({
      method: 'POST',
      url: `/api/proposals/${draft.id}/transitions`,
      headers: { cookie: me.cookie },
      payload: { action: 'submit', version: draft.version },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().proposal).toMatchObject({
      status: 'submitted',
      step: 2,
      referenceNumber: expect.stringMatching(/^KY-\d{4}-\d{5}$/),
      calendarAssessment: expect.objectContaining({ fiscalYear: expect.any(Number) }),
    });
  });
});
