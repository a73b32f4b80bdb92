import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createUser, ensureTestNdaTemplate, loginCookie, mailsTo } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';
import { proposalAttachmentsTable } from '../attachments/attachments.table';
import { proposalsTable } from '../proposals/proposals.table';
import { DEFAULT_NDA_BODY } from './default-template';
import { sha256Of } from './ndas.repository';

const t = useTestApp();

beforeAll(async () => {
  await ensureTestNdaTemplate(t().db);
});

/** The text of every page of a PDF, as a reader (pdf.js) extracts it. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  return pages.join('\n');
}

describe('the NDA of a proposal', () => {
  it('is opened, signed by the proposer, countersigned by the lead department, and then lets the department read confidential content', async () => {
    const s = await createScenario(t(), { status: 'nda' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/nda`;

    // Before: the department sees that something is confidential, not what.
    const before = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
    expect(before.redactedSections).toEqual(['solution', 'kpis']);
    expect(JSON.stringify(before)).not.toContain(s.marker);

    const state = (await as('proposer', 'GET', url)).json();
    expect(state).toMatchObject({ nda: null, skippable: false, can: { open: true } });
    expect((await as('lead', 'GET', url)).json().can.open).toBe(true);
    expect((await as('supporting', 'GET', url)).json().can.open).toBe(false);

    const opened = await as('lead', 'POST', url);
    expect(opened.statusCode).toBe(201);
    const nda = opened.json().nda;
    expect(nda).toMatchObject({
      status: 'awaiting_proposer',
      template: { body: DEFAULT_NDA_BODY },
    });
    expect(nda.template.sha256).toBe(sha256Of(DEFAULT_NDA_BODY));
    expect((await as('proposer', 'POST', url)).json().error.code).toBe('ndas.already_open');

    // The city cannot sign in the proposer's place; consent is required.
    const signature = {
      fullName: '見守 花子',
      title: '代表取締役',
      organization: '株式会社みまもりテック',
      consent: true,
      templateSha256: nda.template.sha256,
    };
    expect((await as('lead', 'POST', `${url}/sign`, signature)).statusCode).toBe(403);
    const noConsent = await as('proposer', 'POST', `${url}/sign`, { ...signature, consent: false });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.details[0]).toMatchObject({ path: 'consent' });
    const stale = await as('proposer', 'POST', `${url}/sign`, {
      ...signature,
      templateSha256: 'a'.repeat(64),
    });
    expect(stale.json().error.code).toBe('ndas.text_changed');

    const signed = await t().app.inject({
      method: 'POST',
      url: `${url}/sign`,
      headers: { cookie: s.cookies.proposer!, 'user-agent': 'Mozilla/5.0 (Test) Chromium' },
      payload: signature,
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().nda).toMatchObject({
      status: 'awaiting_city',
      proposerSignature: {
        fullName: '見守 花子',
        title: '代表取締役',
        organization: '株式会社みまもりテック',
        ip: '127.0.0.1',
        userAgent: 'Mozilla/5.0 (Test) Chromium',
      },
      citySignature: null,
    });
    expect((await mailsTo(t().db, s.users.lead.email)).map((m) => m.template)).toContain(
      'nda_update',
    );
    // Still not in effect: the department still cannot read.
    expect(
      (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal.solution,
    ).toBeNull();

    // Only the lead department countersigns.
    const countersign = {
      fullName: '長寿 一郎',
      title: '長寿社会対策課長',
      consent: true,
      templateSha256: nda.template.sha256,
    };
    expect((await as('supporting', 'POST', `${url}/countersign`, countersign)).statusCode).toBe(
      403,
    );
    expect((await as('coordinator', 'POST', `${url}/countersign`, countersign)).statusCode).toBe(
      403,
    );
    const effective = await as('lead', 'POST', `${url}/countersign`, countersign);
    expect(effective.statusCode).toBe(200);
    expect(effective.json().nda).toMatchObject({
      status: 'in_effect',
      citySignature: { fullName: '長寿 一郎', department: { ja: s.departments.lead.nameJa } },
    });
    expect((await as('lead', 'POST', `${url}/countersign`, countersign)).json().error.code).toBe(
      'ndas.not_signable',
    );
    const proposerMails = await mailsTo(t().db, s.users.proposer.email);
    expect(proposerMails.find((m) => m.template === 'nda_update')?.subject).toContain('締結');

    // After: the lead and supporting departments read the confidential sections.
    for (const role of ['lead', 'supporting'] as const) {
      const after = (await as(role, 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal;
      expect(after.redactedSections).toEqual([]);
      expect(after.solution).toContain(s.marker);
    }
    // And the dialogue can start.
    const version = (await as('lead', 'GET', `/api/proposals/${s.proposal.id}`)).json().proposal
      .version;
    const started = await as('lead', 'POST', `/api/proposals/${s.proposal.id}/transitions`, {
      action: 'start_dialogue',
      version,
    });
    expect(started.statusCode).toBe(200);

    // The timeline shows the three NDA steps to the proposer.
    const events = (await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/events`)).json()
      .events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['nda_opened', 'nda_signed', 'nda_in_effect']),
    );
  });

  it('gives both sides a PDF with the exact text and both signatures, in Japanese', async () => {
    const s = await createScenario(t(), { status: 'nda' });
    const as = requestAs(t(), s);
    const url = `/api/proposals/${s.proposal.id}/nda`;
    const nda = (await as('proposer', 'POST', url)).json().nda;
    await as('proposer', 'POST', `${url}/sign`, {
      fullName: '見守 花子',
      title: '代表取締役',
      organization: '株式会社みまもりテック',
      consent: true,
      templateSha256: nda.template.sha256,
    });
    await as('lead', 'POST', `${url}/countersign`, {
      fullName: '長寿 一郎',
      title: '長寿社会対策課長',
      consent: true,
      templateSha256: nda.template.sha256,
    });

    for (const role of ['proposer', 'lead', 'coordinator'] as const) {
      const res = await as(role, 'GET', `/api/proposals/${s.proposal.id}/nda.pdf`);
      expect(res.statusCode, role).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toContain('attachment');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const text = (await pdfText(res.rawPayload)).replace(/\s+/g, '');
      expect(text).toContain('官民共創の提案に関する秘密保持契約書');
      expect(text).toContain('第3条（秘密保持）');
      expect(text).toContain('見守花子');
      expect(text).toContain('株式会社みまもりテック');
      expect(text).toContain('長寿一郎');
      expect(text).toContain(s.departments.lead.nameJa);
      expect(text).toContain(nda.template.sha256);
      expect(text).toContain('127.0.0.1');
      // Labels from the catalogue, times as the portal writes them (Japan's time, weekday).
      expect(text).toContain('乙（提案者）');
      expect(text).toContain('甲（北九州市）');
      expect(text).toMatch(/署名日時:\d{4}年\d{1,2}月\d{1,2}日（[日月火水木金土]）\d{2}:\d{2}/);
      expect(text).toMatch(
        /この文書は官民共創ポータルが\d{4}年\d{1,2}月\d{1,2}日（[日月火水木金土]）/,
      );
    }
    for (const role of ['otherProposer', 'otherDepartment', 'admin'] as const) {
      expect((await as(role, 'GET', `/api/proposals/${s.proposal.id}/nda.pdf`)).statusCode).toBe(
        404,
      );
    }
  });

  it('may be skipped only when nothing is confidential, neither a section nor a file', async () => {
    const s = await createScenario(t(), { status: 'nda' });
    const as = requestAs(t(), s);
    const skippable = async () =>
      (await as('proposer', 'GET', `/api/proposals/${s.proposal.id}/nda`)).json().skippable;
    expect(await skippable()).toBe(false);
    // No confidential section left, but the confidential file still needs an NDA.
    await t()
      .db.update(proposalsTable)
      .set({ confidentialSections: [] })
      .where(eq(proposalsTable.id, s.proposal.id));
    expect(await skippable()).toBe(false);
    await t()
      .db.update(proposalAttachmentsTable)
      .set({ confidential: false })
      .where(eq(proposalAttachmentsTable.proposalId, s.proposal.id));
    expect(await skippable()).toBe(true);
  });
});

describe('NDA templates', () => {
  it('are versioned by administrators, each version identified by the SHA-256 of its text', async () => {
    const { app, ctx, db } = t();
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const coordinator = await loginCookie(app, ctx, await createUser(db, { role: 'coordinator' }));
    const list = await app.inject({
      method: 'GET',
      url: '/api/nda-templates',
      headers: { cookie: admin },
    });
    expect(list.statusCode).toBe(200);
    const before = list.json().templates;
    expect(before[0]).toMatchObject({ current: true, sha256: sha256Of(before[0].body) });

    const body = `${DEFAULT_NDA_BODY}\n\n第12条（特約）\n本契約に定めのない事項は、甲乙協議のうえ定める。`;
    const created = await app.inject({
      method: 'POST',
      url: '/api/nda-templates',
      headers: { cookie: admin },
      payload: { title: '秘密保持契約書（第2版）', body },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().template).toMatchObject({
      version: before[0].version + 1,
      current: true,
      sha256: sha256Of(body),
    });
    const after = (
      await app.inject({ method: 'GET', url: '/api/nda-templates', headers: { cookie: admin } })
    ).json().templates;
    expect(after.filter((x: { current: boolean }) => x.current)).toHaveLength(1);

    // New NDAs use the current version.
    const s = await createScenario(t(), { status: 'nda' });
    const nda = (
      await requestAs(t(), s)('lead', 'POST', `/api/proposals/${s.proposal.id}/nda`)
    ).json().nda;
    expect(nda.template.sha256).toBe(sha256Of(body));

    // Restore the standard text for the other tests (the same text is the same version).
    await app.inject({
      method: 'POST',
      url: '/api/nda-templates',
      headers: { cookie: admin },
      payload: { title: before[0].title, body: before[0].body },
    });
    const restored = (
      await app.inject({ method: 'GET', url: '/api/nda-templates', headers: { cookie: admin } })
    ).json().templates;
    expect(restored.find((x: { current: boolean }) => x.current).version).toBe(before[0].version);

    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/nda-templates',
          headers: { cookie: coordinator },
        })
      ).statusCode,
    ).toBe(403);
  });
});
