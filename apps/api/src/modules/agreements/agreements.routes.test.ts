import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { agreementInput, createDecision, mailsTo } from '../../../test/factories';
import { multipart, pdfBytes, pngBytes } from '../../../test/files';
import { createScenario, requestAs } from '../../../test/scenario';
import { auditEventsTable } from '../audit/audit.table';

const t = useTestApp();

async function agreementCase() {
  const s = await createScenario(t(), { status: 'agreement', nda: 'in_effect' });
  const as = requestAs(t(), s);
  const base = `/api/proposals/${s.proposal.id}`;
  const proposal = async (role: Parameters<typeof as>[0] = 'lead') =>
    (await as(role, 'GET', base)).json().proposal;
  const upload = (bytes: Buffer, signedOn: string, name = '実証実験協定書.pdf') => {
    const body = multipart({ name, bytes }, { signedOn });
    return as('lead', 'POST', `${base}/agreement/document`, body.payload, body.headers);
  };
  return { s, as, base, proposal, upload };
}

describe('the STEP 5 agreement', () => {
  it('is signed only once recorded, confirmed by the proposer and uploaded as a signed PDF', async () => {
    const { s, as, base, proposal, upload } = await agreementCase();
    const sign = async () =>
      as('lead', 'POST', `${base}/transitions`, {
        action: 'sign_agreement',
        version: (await proposal()).version,
      });

    expect((await proposal()).can).toMatchObject({ recordAgreement: true, readAgreement: true });
    expect((await proposal()).can.actions).not.toContain('sign_agreement');
    const early = await sign();
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details[0]).toMatchObject({
      path: 'action',
      code: 'workflow.agreement_ready',
    });

    const recorded = await as('lead', 'PUT', `${base}/agreement`, agreementInput());
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().agreement).toMatchObject({
      version: 1,
      type: 'pilot',
      confirmedAt: null,
      recordedBy: { name: s.users.lead.name },
    });

    // The proposer reads the terms (without the civil servant's name) and confirms them.
    const seen = await proposal('proposer');
    expect(seen.agreement).toMatchObject({ version: 1, recordedBy: null });
    expect(seen.can.confirmAgreement).toBe(true);
    expect((await as('proposer', 'PUT', `${base}/agreement`, agreementInput())).statusCode).toBe(
      403,
    );
    const stale = await as('proposer', 'POST', `${base}/agreement/confirm`, { version: 2 });
    expect(stale.json().error.code).toBe('agreements.stale_version');
    const confirmed = await as('proposer', 'POST', `${base}/agreement/confirm`, { version: 1 });
    expect(confirmed.json().agreement.confirmedAt).not.toBeNull();
    expect((await sign()).statusCode).toBe(409);

    // The signed document is checked by its bytes and its date.
    const png = await upload(pngBytes(), '2026-11-27', '協定書.pdf');
    expect(png.statusCode).toBe(400);
    expect(png.json().error.details[0]).toMatchObject({ path: 'file', code: 'agreements.not_pdf' });
    const future = await upload(pdfBytes(), '2099-01-01');
    expect(future.json().error.details[0].path).toBe('signedOn');
    const badDate = await upload(pdfBytes(), 'yesterday');
    expect(badDate.json().error.details[0].path).toBe('signedOn');
    const ok = await upload(pdfBytes('signed'), '2026-11-27');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().agreement).toMatchObject({
      signedOn: '2026-11-27',
      document: { fileName: '実証実験協定書.pdf' },
    });
    const downloaded = await as('proposer', 'GET', `${base}/agreement/document`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.rawPayload.equals(pdfBytes('signed'))).toBe(true);
    expect((await as('otherProposer', 'GET', `${base}/agreement/document`)).statusCode).toBe(404);

    const signed = await sign();
    expect(signed.statusCode).toBe(200);
    expect(signed.json().proposal.status).toBe('in_progress');
    const timeline = (await as('proposer', 'GET', `${base}/events`)).json().events;
    const titles = timeline.map((e: { title: { ja: string } }) => e.title.ja);
    expect(titles).toEqual(
      expect.arrayContaining([
        '協定・契約の内容を記録しました（第1版）',
        '提案者が協定・契約の内容（第1版）を確認しました',
        '署名済みの協定書・契約書を登録しました（署名日 2026年11月27日（金））',
      ]),
    );
    const audits = await t()
      .db.select()
      .from(auditEventsTable)
      .where(eq(auditEventsTable.subjectId, s.proposal.id));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'agreement.recorded',
        'agreement.confirmed',
        'agreement.document_added',
      ]),
    );
  });

  it('keeps every version, and a changed version must be confirmed again', async () => {
    const { as, base } = await agreementCase();
    await as('lead', 'PUT', `${base}/agreement`, agreementInput());
    await as('proposer', 'POST', `${base}/agreement/confirm`, { version: 1 });
    const changed = await as(
      'lead',
      'PUT',
      `${base}/agreement`,
      agreementInput({ endsOn: '2028-03-31', expectedVersion: 1 }),
    );
    expect(changed.json().agreement).toMatchObject({ version: 2, confirmedAt: null });
    const conflict = await as(
      'lead',
      'PUT',
      `${base}/agreement`,
      agreementInput({ expectedVersion: 1 }),
    );
    expect(conflict.json().error.code).toBe('agreements.version_conflict');
    const versions = (await as('coordinator', 'GET', `${base}/agreement/versions`)).json().versions;
    expect(
      versions.map((v: { version: number; confirmedAt: string | null }) => [
        v.version,
        v.confirmedAt !== null,
      ]),
    ).toEqual([
      [2, false],
      [1, true],
    ]);
    expect((await as('proposer', 'GET', `${base}/agreement/versions`)).statusCode).toBe(403);
  });

  it('names the missing fields, tells of an open call, and takes the council session from the calendar', async () => {
    const { s, as, base } = await agreementCase();
    await createDecision(t().db, s.proposal.id, 'adopt', {
      fiscalBurden: 'new_budget',
      fiscalAmountYen: 8_000_000,
      budgetFiscalYear: 2028,
      takenAt: new Date(),
    });
    const paths = async (body: unknown) =>
      (await as('lead', 'PUT', `${base}/agreement`, body))
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort();
    expect(await paths(agreementInput({ type: 'contract' }))).toEqual(['contractMethod']);
    expect(
      await paths(agreementInput({ type: 'contract', contractMethod: 'tender', openCall: false })),
    ).toEqual(['openCall']);
    expect(await paths(agreementInput({ openCall: true }))).toEqual(['openCallProtection']);
    expect(await paths(agreementInput({ endsOn: '2026-12-01' }))).toEqual(['endsOn']);
    expect(await paths(agreementInput({ councilVote: 'budget' }))).toEqual(['councilSessionMonth']);
    expect(
      await paths(agreementInput({ councilVote: 'budget', councilSessionMonth: '2027-07' })),
    ).toEqual(['councilSessionMonth']);

    // The decision needs a new budget in FY2028's initial budget: on 30 November 2026 the
    // calendar suggests the session that passes it (February–March 2028).
    t().setNow('2026-11-30T03:00:00Z');
    const got = (await as('lead', 'GET', `${base}/agreement`)).json();
    t().setNow(null);
    expect(got.suggestion.councilSession).toMatchObject({
      startMonth: '2028-02',
      passesInitialBudget: true,
    });
    const ordinance = await as(
      'lead',
      'GET',
      `${base}/agreement/council-suggestion?vote=ordinance&on=2027-04-10`,
    );
    expect(ordinance.json().councilSession.startMonth).toBe('2027-09');
    expect(
      (await as('proposer', 'GET', `${base}/agreement/council-suggestion?vote=budget`)).statusCode,
    ).toBe(403);

    const tendered = await as(
      'lead',
      'PUT',
      `${base}/agreement`,
      agreementInput({
        type: 'contract',
        contractMethod: 'open_proposal',
        openCall: true,
        openCallProtection: '提案者の原価資料は公募要項に載せず、審査委員にも開示しません。',
        councilVote: 'budget',
        councilSessionMonth: '2027-02',
      }),
    );
    expect(tendered.statusCode).toBe(200);
    // The proposer is told of the open call, and how their material is protected, by e-mail.
    const mail = (await mailsTo(t().db, s.users.proposer.email)).at(-1)!;
    expect(mail.template).toBe('case_update');
    expect(mail.subject).toContain('協定・契約の内容を記録しました');
    expect(mail.textBody).toContain('公募');
    expect(mail.textBody).toContain('原価資料は公募要項に載せず');
    const seen = (await as('proposer', 'GET', `${base}/agreement`)).json();
    expect(seen.agreement).toMatchObject({
      openCall: true,
      openCallProtection: expect.stringContaining('原価資料'),
      councilSession: { startMonth: '2027-02', endMonth: '2027-03' },
    });
    expect(seen.suggestion).toBeNull();
  });

  it('publishes a summary only with the proposer’s consent to its very text', async () => {
    const { as, base } = await agreementCase();
    const text = '介護施設の夜間オンコール体制を3施設で実証します。';
    expect(
      (await as('proposer', 'PUT', `${base}/agreement/public-summary`, { text })).statusCode,
    ).toBe(403);
    await as('lead', 'PUT', `${base}/agreement/public-summary`, { text });
    const wrongText = await as('proposer', 'POST', `${base}/agreement/public-summary/consent`, {
      consent: true,
      text: '別の文面',
    });
    expect(wrongText.json().error.code).toBe('agreements.summary_changed');
    const consented = await as('proposer', 'POST', `${base}/agreement/public-summary/consent`, {
      consent: true,
      text,
    });
    expect(consented.json().agreement).toBeNull();
    const staffView = (await as('lead', 'GET', base)).json().proposal;
    expect(staffView.can.writePublicSummary).toBe(true);
    // Rewriting the text withdraws the consent until the proposer reads it again.
    await as('lead', 'PUT', `${base}/agreement/public-summary`, { text: `${text}（改）` });
    await as('lead', 'PUT', `${base}/agreement`, agreementInput());
    const after = (await as('proposer', 'GET', `${base}/agreement`)).json().agreement;
    expect(after.publicSummary).toMatchObject({ text: `${text}（改）`, consentedAt: null });
  });
});
