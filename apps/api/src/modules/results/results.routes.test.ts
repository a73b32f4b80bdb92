import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createAgreement, createDecision, createTheme, kpiInput } from '../../../test/factories';
import { createScenario, requestAs } from '../../../test/scenario';

const t = useTestApp();

/** A running project; with `consent`, its proposer agreed to publish the summary. */
async function project(consent: boolean) {
  const s = await createScenario(t(), { status: 'in_progress', nda: 'in_effect' });
  await createDecision(t().db, s.proposal.id, 'adopt', { takenAt: new Date() });
  await createAgreement(t().db, s.proposal.id, {
    ready: true,
    startsOn: '2026-08-01',
    endsOn: '2027-07-31',
  });
  const as = requestAs(t(), s);
  const base = `/api/proposals/${s.proposal.id}`;
  const kpis = (await as('lead', 'PUT', `${base}/kpis`, { kpis: [kpiInput()] })).json().kpis;
  const report = (
    await as('proposer', 'POST', `${base}/kpis/${kpis[0].id}/reports`, {
      periodStart: '2026-08-01',
      actual: 11,
      comment: '内部の集計メモ',
    })
  ).json().report;
  await as('lead', 'POST', `${base}/kpi-reports/${report.id}/review`, {
    verdict: 'verify',
    comment: '',
  });
  // A second report waits for verification: not public.
  await as('proposer', 'POST', `${base}/kpis/${kpis[0].id}/reports`, {
    periodStart: '2026-09-01',
    actual: 99,
    comment: '',
  });
  const text = `公開用の概要 ${s.marker.slice(0, 4)}-summary`;
  await as('lead', 'PUT', `${base}/agreement/public-summary`, { text });
  if (consent) {
    await as('proposer', 'POST', `${base}/agreement/public-summary/consent`, {
      consent: true,
      text,
    });
  }
  return { s, text };
}

describe('public results', () => {
  it('list only the cases whose proposer consented, with verified results and nothing confidential', async () => {
    const published = await project(true);
    const hidden = await project(false);
    const res = await t().app.inject({ method: 'GET', url: '/api/public/cases?pageSize=100' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const refs = body.cases.map((c: { referenceNumber: string }) => c.referenceNumber);
    expect(refs).toContain(published.s.proposal.referenceNumber);
    expect(refs).not.toContain(hidden.s.proposal.referenceNumber);
    const shown = body.cases.find(
      (c: { referenceNumber: string }) =>
        c.referenceNumber === published.s.proposal.referenceNumber,
    );
    expect(shown).toMatchObject({
      summary: published.text,
      stage: 'running',
      agreementType: 'pilot',
      startsOn: '2026-08-01',
      kpis: [{ name: '夜間の救急搬送件数', results: [{ periodStart: '2026-08-01', actual: 11 }] }],
    });
    // Never a confidential section, a person, a contact or an unverified figure.
    const raw = res.body;
    expect(raw).not.toContain(published.s.marker);
    expect(raw).not.toContain(published.s.users.proposer.email);
    expect(raw).not.toContain('contact@example.test');
    expect(raw).not.toContain('内部の集計メモ');
    expect(raw).not.toContain('"actual":99');

    const search = await t().app.inject({
      method: 'GET',
      url: `/api/public/cases?q=${encodeURIComponent(published.text.slice(-12))}`,
    });
    expect(search.json().cases).toHaveLength(1);

    // A theme's page lists the cases proposed on it, and only those.
    const theme = await createTheme(t().db);
    await t().db.execute(
      sql`update proposals set theme_id = ${theme.id}, kind = 'theme' where id = ${published.s.proposal.id}`,
    );
    const onTheme = await t().app.inject({
      method: 'GET',
      url: `/api/public/cases?themeId=${theme.id}`,
    });
    expect(onTheme.json().cases.map((c: { referenceNumber: string }) => c.referenceNumber)).toEqual(
      [published.s.proposal.referenceNumber],
    );
    expect(onTheme.json().cases[0].theme).toEqual({ id: theme.id, title: theme.title });
    const otherTheme = await createTheme(t().db);
    const none = await t().app.inject({
      method: 'GET',
      url: `/api/public/cases?themeId=${otherTheme.id}`,
    });
    expect(none.json()).toMatchObject({ cases: [], total: 0 });
    const bad = await t().app.inject({ method: 'GET', url: '/api/public/cases?fiscalYear=abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('fiscalYear');

    // Withdrawn consent: gone from every public output.
    await requestAs(t(), published.s)(
      'proposer',
      'POST',
      `/api/proposals/${published.s.proposal.id}/agreement/public-summary/consent`,
      { consent: false, text: published.text },
    );
    const after = await t().app.inject({ method: 'GET', url: '/api/open-data/cases.csv' });
    expect(after.body).not.toContain(published.text);
  });

  it('publish statistics with small cells suppressed, and open data in JSON and Excel-safe CSV', async () => {
    await project(true);
    const stats = await t().app.inject({ method: 'GET', url: '/api/public/statistics' });
    expect(stats.statusCode).toBe(200);
    const s = stats.json().statistics;
    expect(s.fiscalYear).toBeNull();
    // Three proposals in this file's database: fewer than five, so "<5" wherever counted.
    expect(s.received.total).toBe('<5');
    expect(s.reachedStep.find((r: { step: number }) => r.step === 2).count).toBe('<5');
    expect(s.medianBusinessDays.every((m: { median: number | null }) => m.median === null)).toBe(
      true,
    );

    const csv = await t().app.inject({ method: 'GET', url: '/api/open-data/statistics.csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers.link).toContain('creativecommons.org/licenses/by/4.0');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('"fiscal_year","metric","dimension","value"');
    expect(lines).toContain('"","received","total","<5"');

    const json = await t().app.inject({ method: 'GET', url: '/api/open-data/cases.json' });
    expect(json.json()).toMatchObject({
      licence: { name: 'CC BY 4.0' },
      columns: expect.arrayContaining([expect.objectContaining({ name: 'reference_number' })]),
    });
    const cases = await t().app.inject({ method: 'GET', url: '/api/open-data/cases.csv' });
    expect(cases.body.slice(1).split('\r\n')[0]).toContain('"reference_number","title","summary"');
  });

  it('serve the statistics from memory until a proposal changes', async () => {
    const read = async () =>
      (await t().app.inject({ method: 'GET', url: '/api/public/statistics' })).json().statistics;
    try {
      await createScenario(t(), { status: 'submitted' });
      t().setNow('2026-11-02T01:00:00Z');
      const first = await read();
      expect(first.computedAt).toBe('2026-11-02T01:00:00.000Z');
      t().setNow('2026-11-02T01:05:00Z');
      // Twenty visitors at once, nothing changed: the figures computed at 01:00.
      const many = await Promise.all(Array.from({ length: 20 }, read));
      expect(new Set(many.map((m) => m.computedAt))).toEqual(new Set([first.computedAt]));
      // A new proposal is submitted: the next visitor gets figures that count it.
      await createScenario(t(), { status: 'submitted' });
      const after = await read();
      expect(after.computedAt).toBe('2026-11-02T01:05:00.000Z');
    } finally {
      t().setNow(null);
    }
  });
});
