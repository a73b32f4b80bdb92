import { expect, it } from 'vitest';
import {
  nextReportDue,
  openReports,
  periodState,
  shownPeriods,
  type KpiPeriod,
} from './kpi-schedule';

function period(start: string, end: string, overrides: Partial<KpiPeriod> = {}): KpiPeriod {
  return {
    periodStart: start,
    periodEnd: end,
    dueOn: end,
    plannedValue: 0,
    report: null,
    overdue: false,
    ...overrides,
  };
}

const report: NonNullable<KpiPeriod['report']> = {
  id: 'r',
  periodStart: '2026-09-01',
  periodEnd: '2026-09-30',
  actual: 1,
  comment: '',
  status: 'submitted',
  file: null,
  reportedAt: '2026-10-02T00:00:00Z',
  review: null,
  reviewedAt: null,
  answer: null,
  answeredAt: null,
};

it.each([
  ['reported, whatever the dates', period('2026-09-01', '2026-09-30', { report }), 'reported'],
  ['late, as the API says', period('2026-09-01', '2026-09-30', { overdue: true }), 'overdue'],
  ['ended and not late yet', period('2026-10-01', '2026-10-31'), 'due'],
  ['ending today: ended', period('2026-11-01', '2026-11-20'), 'due'],
  ['still running', period('2026-11-01', '2026-11-30'), 'upcoming'],
] as const)('a period %s', (_name, p, expected) => {
  expect(periodState(p, '2026-11-20')).toBe(expected);
});

it('finds the next report due among the periods not reported, across KPIs', () => {
  expect(nextReportDue([])).toBeNull();
  expect(
    nextReportDue([
      { periods: [period('2026-09-01', '2026-09-30', { report, dueOn: '2026-10-07' })] },
      {
        periods: [
          period('2026-10-01', '2026-10-31', { dueOn: '2026-11-09' }),
          period('2026-11-01', '2026-11-30', { dueOn: '2026-12-07' }),
        ],
      },
      { periods: [period('2026-08-01', '2026-10-31', { dueOn: '2026-11-10' })] },
    ]),
  ).toBe('2026-11-09');
});

it('counts the periods waiting for a report', () => {
  expect(
    openReports(
      [
        {
          periods: [
            period('2026-08-01', '2026-08-31', { overdue: true }),
            period('2026-09-01', '2026-09-30', { report }),
            period('2026-10-01', '2026-10-31'),
            period('2026-11-01', '2026-11-30'),
          ],
        },
      ],
      '2026-11-20',
    ),
  ).toEqual({ due: 1, overdue: 1 });
});

it('shows the periods up to the first still running', () => {
  const periods = [
    period('2026-09-01', '2026-09-30', { report }),
    period('2026-10-01', '2026-10-31'),
    period('2026-11-01', '2026-11-30'),
    period('2026-12-01', '2026-12-31'),
  ];
  expect(shownPeriods(periods, '2026-11-20').map((p) => p.periodStart)).toEqual([
    '2026-09-01',
    '2026-10-01',
    '2026-11-01',
  ]);
  expect(shownPeriods(periods, '2027-01-05')).toHaveLength(4);
});
