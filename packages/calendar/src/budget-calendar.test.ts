import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_SETTINGS } from '@kyoso/contracts/calendar';
import { assessSubmission, screeningDueDate } from './assessment';
import {
  councilSessionStartingIn,
  budgetCycleStart,
  calendarFlag,
  cutoffDateOf,
  earliestBudgetFiscalYear,
  fiscalYearLabel,
  fiscalYearOf,
  isAfterCutoff,
  nextCouncilSession,
  phaseOf,
  suggestCouncilSession,
} from './budget-calendar';

// Every expected value below was worked out by hand from the rules in the product brief and the
// 2026–2028 holiday calendar, not computed by the code under test.

describe('fiscal year of a date (April to March)', () => {
  it.each([
    ['2026-03-31', 2025, '令和7年度'],
    ['2026-04-01', 2026, '令和8年度'],
    ['2026-11-22', 2026, '令和8年度'],
    ['2027-01-01', 2026, '令和8年度'],
    ['2027-03-31', 2026, '令和8年度'],
    ['2027-04-01', 2027, '令和9年度'],
    ['2019-04-01', 2019, '令和元年度'],
    ['2019-03-31', 2018, '平成30年度'],
    ['2020-04-01', 2020, '令和2年度'],
    ['2024-02-29', 2023, '令和5年度'],
    ['2028-02-29', 2027, '令和9年度'],
  ])('%s belongs to FY%i (%s)', (date, fy, label) => {
    expect(fiscalYearOf(date)).toBe(fy);
    expect(fiscalYearLabel(fiscalYearOf(date))).toBe(label);
  });
});

describe('the October cutoff and the earliest initial budget', () => {
  it.each([
    // date, after cutoff?, earliest fiscal year whose initial budget can fund it
    ['2026-04-01', false, 2027],
    ['2026-10-30', false, 2027],
    ['2026-10-31', false, 2027],
    ['2026-11-01', true, 2028],
    ['2026-11-22', true, 2028],
    ['2026-12-31', true, 2028],
    ['2027-01-01', true, 2028],
    ['2027-03-31', true, 2028],
    ['2027-04-01', false, 2028],
    ['2028-02-29', true, 2029],
  ])('%s: after cutoff %s, earliest FY%i', (date, after, earliest) => {
    expect(isAfterCutoff(date)).toBe(after);
    expect(earliestBudgetFiscalYear(date)).toBe(earliest);
  });

  it('takes the cutoff from the settings', () => {
    const settings = { ...DEFAULT_CALENDAR_SETTINGS, cutoffMonth: 9, cutoffDay: 30 };
    expect(cutoffDateOf(2026, settings)).toBe('2026-09-30');
    expect(isAfterCutoff('2026-10-15', settings)).toBe(true);
    expect(isAfterCutoff('2026-10-15')).toBe(false);
  });

  it('clamps a cutoff day beyond the end of its month', () => {
    const settings = { ...DEFAULT_CALENDAR_SETTINGS, cutoffMonth: 9, cutoffDay: 31 };
    expect(cutoffDateOf(2026, settings)).toBe('2026-09-30');
  });

  it('puts a cutoff month before April into the next calendar year', () => {
    const settings = { ...DEFAULT_CALENDAR_SETTINGS, cutoffMonth: 1, cutoffDay: 15 };
    expect(cutoffDateOf(2026, settings)).toBe('2027-01-15');
  });
});

describe('first-check due date: 10th business day after submission', () => {
  it.each([
    ['plain weeks', '2026-06-01', '2026-06-15'],
    ['Friday before a Monday holiday (勤労感謝の日)', '2026-11-20', '2026-12-07'],
    ['submitted on a Saturday', '2026-11-21', '2026-12-07'],
    ['submitted on a holiday', '2026-11-23', '2026-12-07'],
    ['Golden Week with a substitute holiday', '2026-04-28', '2026-05-18'],
    ['Silver Week (three holidays in a row)', '2026-09-18', '2026-10-07'],
    ['New Year closure and 成人の日', '2026-12-22', '2027-01-12'],
    ['submitted inside the New Year closure', '2026-12-29', '2027-01-18'],
    ['substitute holiday for a Sunday 春分の日', '2027-03-19', '2027-04-05'],
    ['New Year closure when 1 January is a Saturday', '2027-12-28', '2028-01-18'],
    ['across a leap day', '2028-02-28', '2028-03-13'],
  ])('%s: %s → %s', (_label, submitted, due) => {
    expect(screeningDueDate(submitted)).toBe(due);
  });
});

describe('phases of the year', () => {
  it.each([
    ['2026-04-01', 'execution'],
    ['2026-08-31', 'execution'],
    ['2026-09-01', 'planning'],
    ['2026-10-31', 'planning'],
    ['2026-11-22', 'budget_assessment'],
    ['2026-12-01', 'budget_published'],
    ['2027-01-15', 'mayor_assessment'],
    ['2027-02-10', 'budget_bill'],
    ['2027-03-31', 'council_deliberation'],
  ])('%s is in the %s phase', (date, phase) => {
    expect(phaseOf(date).phase).toBe(phase);
  });
});

describe('next council session (or the one under way)', () => {
  it.each([
    ['2026-04-10', '2026-06', '2026-06', false],
    ['2026-07-01', '2026-09', '2026-09', false],
    ['2026-11-22', '2026-12', '2026-12', false],
    ['2026-12-15', '2026-12', '2026-12', false],
    ['2027-01-10', '2027-02', '2027-03', true],
    ['2027-03-20', '2027-02', '2027-03', true],
    ['2027-04-05', '2027-06', '2027-06', false],
  ])('on %s: %s–%s (passes the initial budget: %s)', (date, start, end, passes) => {
    const session = nextCouncilSession(date);
    expect(session.startMonth).toBe(start);
    expect(session.endMonth).toBe(end);
    expect(session.passesInitialBudget).toBe(passes);
  });

  it('names the session in 和暦 and in English', () => {
    expect(nextCouncilSession('2026-11-22').label).toMatchObject({
      ja: '令和8年12月定例会',
      en: 'December 2026 council session',
    });
    expect(nextCouncilSession('2027-01-10').label.ja).toBe('令和9年2月〜3月定例会');
  });
});

describe('the after-cutoff flag', () => {
  it.each([
    ['2026-10-31', true, null],
    ['2026-10-31', false, null],
    ['2026-11-01', true, 'warning'],
    ['2026-11-01', false, 'info'],
    ['2027-03-31', true, 'warning'],
    ['2027-04-01', true, null],
  ] as const)('%s, needs city budget %s → %s', (date, needsBudget, severity) => {
    const flag = calendarFlag(date, needsBudget);
    expect(flag?.severity ?? null).toBe(severity);
    if (flag) {
      expect(flag.code).toBe('calendar.after_cutoff');
    }
  });

  it('tells a proposer needing money in November which initial budget is the earliest', () => {
    const flag = calendarFlag('2026-11-22', true);
    expect(flag?.message.ja).toContain('令和9年度の当初予算には間に合いません');
    expect(flag?.message.ja).toContain('令和10年度');
    expect(flag?.message.en).toContain('FY2028');
  });
});

describe('assessSubmission', () => {
  it('puts every rule together for a November submission that needs city money', () => {
    expect(assessSubmission('2026-11-22', true)).toMatchObject({
      date: '2026-11-22',
      fiscalYear: 2026,
      fiscalYearLabel: '令和8年度',
      fiscalYearLabelEn: 'FY2026',
      phase: 'budget_assessment',
      afterCutoff: true,
      cutoffDate: '2026-10-31',
      earliestBudgetFiscalYear: 2028,
      earliestBudgetFiscalYearLabel: '令和10年度',
      screeningDueDate: '2026-12-07',
      nextCouncilSession: { startMonth: '2026-12' },
      needsCityBudget: true,
      flag: { severity: 'warning', code: 'calendar.after_cutoff' },
    });
  });

  it('raises no flag in October', () => {
    expect(assessSubmission('2026-10-01', true).flag).toBeNull();
  });

  it('refuses a date that does not exist', () => {
    expect(() => assessSubmission('2026-02-29', true)).toThrow(RangeError);
  });
});

describe('holding a proposal until a budget cycle', () => {
  it.each([
    [2027, '2026-09-01'],
    [2028, '2027-09-01'],
  ])('the budget cycle of FY%i starts on %s', (fy, start) => {
    expect(budgetCycleStart(fy)).toBe(start);
  });
});

describe('the council session a vote can still reach', () => {
  it.each([
    // An ordinance decided in November: December is too close, the February–March session is next.
    ['2026-11-22', 'ordinance', null, '2027-02'],
    // In April: June is too close (two months to prepare the bill), September is next.
    ['2026-04-20', 'ordinance', null, '2026-09'],
    ['2026-05-01', 'budget', null, '2026-09'],
    // A new budget for FY2028's initial budget goes to the session of February–March 2028.
    ['2026-11-22', 'budget', 2028, '2028-02'],
    // The initial budget of FY2027 passes in February–March 2027, still reachable in November.
    ['2026-11-22', 'both', 2027, '2027-02'],
    // Too late for FY2027's initial budget in February 2027: the next session takes a
    // supplementary budget instead.
    ['2027-02-10', 'budget', 2027, '2027-06'],
  ] as const)(
    'on %s, a %s vote (initial budget of FY%s) goes to the session of %s',
    (date, kind, fy, start) => {
      expect(suggestCouncilSession(date, { kind, budgetFiscalYear: fy }).startMonth).toBe(start);
    },
  );
});

describe('councilSessionStartingIn', () => {
  it.each([
    ['2027-06', '2027-06'],
    ['2027-09', '2027-09'],
    ['2028-02', '2028-03'],
    ['2026-12', '2026-12'],
  ])('finds the session that starts in %s (ends %s)', (month, endMonth) => {
    expect(councilSessionStartingIn(month)?.endMonth).toBe(endMonth);
  });

  it.each(['2027-07', '2028-03', '2027-03', '2027-13', 'soon'])('finds none starting in %s', (month) => {
    expect(councilSessionStartingIn(month)).toBeNull();
  });
});
