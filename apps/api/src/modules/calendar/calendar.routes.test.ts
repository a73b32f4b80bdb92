import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/build-app';
import { createUser, loginCookie } from '../../../test/factories';

const t = useTestApp();

const assess = (query: string) =>
  t().app.inject({ method: 'GET', url: `/api/calendar/assessment?${query}` });

describe('GET /api/calendar/assessment', () => {
  // Hand-worked expectations: fiscal year, after the cutoff, earliest budget year, first-check due
  // date, next council session and flag for each date.
  it.each([
    ['2026-04-01', false, 2026, false, 2027, '2026-04-15', '2026-06', null],
    ['2026-10-30', true, 2026, false, 2027, '2026-11-16', '2026-12', null],
    ['2026-10-31', true, 2026, false, 2027, '2026-11-16', '2026-12', null],
    ['2026-11-01', true, 2026, true, 2028, '2026-11-16', '2026-12', 'warning'],
    ['2026-11-01', false, 2026, true, 2028, '2026-11-16', '2026-12', 'info'],
    ['2026-11-20', true, 2026, true, 2028, '2026-12-07', '2026-12', 'warning'],
    ['2026-11-23', false, 2026, true, 2028, '2026-12-07', '2026-12', 'info'],
    ['2026-12-25', true, 2026, true, 2028, '2027-01-15', '2026-12', 'warning'],
    ['2026-12-29', true, 2026, true, 2028, '2027-01-18', '2026-12', 'warning'],
    ['2027-01-04', false, 2026, true, 2028, '2027-01-19', '2027-02', 'info'],
    ['2027-03-19', true, 2026, true, 2028, '2027-04-05', '2027-02', 'warning'],
    ['2027-03-31', true, 2026, true, 2028, '2027-04-14', '2027-02', 'warning'],
    ['2027-04-01', true, 2027, false, 2028, '2027-04-15', '2027-06', null],
    ['2027-04-28', true, 2027, false, 2028, '2027-05-18', '2027-06', null],
    ['2028-02-29', true, 2027, true, 2029, '2028-03-14', '2028-02', 'warning'],
    ['2024-02-29', false, 2023, true, 2025, '2024-03-14', '2024-02', 'info'],
    ['2019-05-01', true, 2019, false, 2020, '2019-05-20', '2019-06', null],
  ] as const)(
    '%s (city money needed: %s)',
    async (date, needsBudget, fy, after, earliest, due, council, flag) => {
      const res = await assess(`date=${date}&needsCityBudget=${needsBudget}`);
      expect(res.statusCode).toBe(200);
      const { assessment } = res.json();
      expect(assessment).toMatchObject({
        date,
        fiscalYear: fy,
        afterCutoff: after,
        earliestBudgetFiscalYear: earliest,
        screeningDueDate: due,
        nextCouncilSession: { startMonth: council },
      });
      expect(assessment.flag?.severity ?? null).toBe(flag);
    },
  );

  it('labels the fiscal year in 和暦', async () => {
    expect((await assess('date=2019-05-01')).json().assessment.fiscalYearLabel).toBe('令和元年度');
    expect((await assess('date=2026-11-22')).json().assessment).toMatchObject({
      fiscalYearLabel: '令和8年度',
      fiscalYearLabelEn: 'FY2026',
      cutoffDate: '2026-10-31',
      phase: 'budget_assessment',
    });
  });

  it.each([
    ['', 'date'],
    ['date=', 'date'],
    ['date=2026-02-30', 'date'],
    ['date=2026-13-01', 'date'],
    ['date=22/11/2026', 'date'],
    ['date=2026-11-22&needsCityBudget=maybe', 'needsCityBudget'],
  ])('answers 400 on the field for “%s”', async (query, field) => {
    const res = await assess(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('request.invalid_query');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(field);
  });
});

describe('calendar settings', () => {
  it('are public to read, for administrators to change, and change the assessment', async () => {
    const { app, ctx, db } = t();
    const read = await app.inject({ method: 'GET', url: '/api/calendar/settings' });
    expect(read.json().settings).toEqual({
      fiscalYearStartMonth: 4,
      cutoffMonth: 10,
      cutoffDay: 31,
      councilSessionMonths: [[6], [9], [12], [2, 3]],
    });
    expect(read.json().today).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const proposer = await loginCookie(app, ctx, await createUser(db));
    const refused = await app.inject({
      method: 'PUT',
      url: '/api/calendar/settings',
      headers: { cookie: proposer },
      payload: read.json().settings,
    });
    expect(refused.statusCode).toBe(403);

    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const changed = await app.inject({
      method: 'PUT',
      url: '/api/calendar/settings',
      headers: { cookie: admin },
      payload: { ...read.json().settings, cutoffMonth: 9, cutoffDay: 30 },
    });
    expect(changed.statusCode).toBe(200);
    try {
      const after = (await assess('date=2026-10-15&needsCityBudget=true')).json().assessment;
      expect(after).toMatchObject({
        cutoffDate: '2026-09-30',
        afterCutoff: true,
        flag: { severity: 'warning' },
      });
    } finally {
      await app.inject({
        method: 'PUT',
        url: '/api/calendar/settings',
        headers: { cookie: admin },
        payload: read.json().settings,
      });
    }
  });
});

describe('calendar settings that cannot work', () => {
  it.each([
    [
      'a cutoff on a day the month lacks',
      { cutoffMonth: 2, cutoffDay: 29 },
      'cutoffDay',
      'その月にない日付',
    ],
    [
      'a cutoff on 31 September',
      { cutoffMonth: 9, cutoffDay: 31 },
      'cutoffDay',
      'その月にない日付',
    ],
    [
      'a month in two council sessions',
      { councilSessionMonths: [[6], [9], [12], [12, 1]] },
      'councilSessionMonths.3',
      '同じ月が複数の定例会',
    ],
    ['no council session', { councilSessionMonths: [] }, 'councilSessionMonths', '1件以上'],
    ['month 13', { fiscalYearStartMonth: 13 }, 'fiscalYearStartMonth', '12以下'],
  ])('refuses %s, naming the field', async (_name, change, field, message) => {
    const { app, ctx, db } = t();
    const admin = await loginCookie(app, ctx, await createUser(db, { role: 'admin' }));
    const res = await app.inject({
      method: 'PUT',
      url: '/api/calendar/settings',
      headers: { cookie: admin, 'accept-language': 'ja' },
      payload: {
        fiscalYearStartMonth: 4,
        cutoffMonth: 10,
        cutoffDay: 31,
        councilSessionMonths: [[6], [9], [12], [2, 3]],
        ...change,
      },
    });
    expect(res.statusCode).toBe(400);
    const detail = res.json().error.details.find((d: { path: string }) => d.path === field) as {
      message: string;
    };
    expect(detail.message).toContain(message);
    const read = await app.inject({ method: 'GET', url: '/api/calendar/settings' });
    expect(read.json().settings.cutoffMonth).toBe(10);
  });
});

describe('the key dates as .ics', () => {
  it('downloads the year’s key dates', async () => {
    const res = await t().app.inject({
      method: 'GET',
      url: '/api/calendar/key-dates.ics?fiscalYear=2026&lang=ja',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="kyoso-budget-calendar-FY2026.ics"',
    );
    expect(res.body).toContain('BEGIN:VCALENDAR');
    expect(res.body.replace(/\r\n /g, '')).toContain('SUMMARY:令和8年12月定例会');
    expect(res.body).toContain('UID:2026-cutoff@kyoso.test');
  });
});
