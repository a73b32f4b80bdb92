/**
 * The city's budget calendar: fiscal years, the October cutoff for next year's initial budget,
 * the council sessions and the phases of the year. No holiday data here (see assessment.ts), so
 * that pages showing the year stay light.
 * Every rule reads its dates from `CalendarSettings` (defaults: April start, 31 October cutoff,
 * council in June, September, December and February–March).
 */
import {
  DEFAULT_CALENDAR_SETTINGS,
  type CalendarFlag,
  type CalendarPhase,
  type CalendarSettings,
  type CouncilSession,
} from '@kyoso/contracts/calendar';
import type { LocalizedText } from '@kyoso/contracts/i18n';
import { formatDate, makeDate, parseDate } from './dates';

/** The fiscal year (年度) a date belongs to: its year from the start month on, else the year before. */
export function fiscalYearOf(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): number {
  const { year, month } = parseDate(date);
  return month >= settings.fiscalYearStartMonth ? year : year - 1;
}

/** 和暦 label of a fiscal year: 令和(FY−2018)年度, 令和元年度 for FY2019, 平成 before it. */
export function fiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear >= 2019) {
    const n = fiscalYear - 2018;
    return `令和${n === 1 ? '元' : n}年度`;
  }
  const n = fiscalYear - 1988;
  return `平成${n === 1 ? '元' : n}年度`;
}

/** Both labels: `{ ja: '令和8年度（2026年度）', en: 'FY2026' }`. */
export function fiscalYearText(fiscalYear: number): LocalizedText {
  return { ja: `${fiscalYearLabel(fiscalYear)}（${fiscalYear}年度）`, en: `FY${fiscalYear}` };
}

/** First and last day of a fiscal year. */
export function fiscalYearRange(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): { start: string; end: string } {
  const start = makeDate(fiscalYear, settings.fiscalYearStartMonth, 1);
  const end = makeDate(fiscalYear + 1, settings.fiscalYearStartMonth, 0);
  return { start, end };
}

/** The year (西暦) in which `month` falls inside a fiscal year. */
function yearOfMonthInFiscalYear(fiscalYear: number, month: number, settings: CalendarSettings) {
  return month >= settings.fiscalYearStartMonth ? fiscalYear : fiscalYear + 1;
}

/** The cutoff for next year's initial budget in a fiscal year (default 31 October). */
export function cutoffDateOf(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): string {
  const year = yearOfMonthInFiscalYear(fiscalYear, settings.cutoffMonth, settings);
  // A cutoff day beyond the month's end (31 in a 30-day month) means the month's last day.
  const lastDay = parseDate(makeDate(year, settings.cutoffMonth + 1, 0)).day;
  return formatDate({
    year,
    month: settings.cutoffMonth,
    day: Math.min(settings.cutoffDay, lastDay),
  });
}

/** Whether `date` is after its fiscal year's cutoff (and so before the next fiscal year starts). */
export function isAfterCutoff(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): boolean {
  return date > cutoffDateOf(fiscalYearOf(date, settings), settings);
}

/**
 * The earliest fiscal year whose initial budget can include a proposal made on `date`: next year
 * when it arrives by the cutoff, the year after next when it arrives after it.
 */
export function earliestBudgetFiscalYear(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): number {
  const fy = fiscalYearOf(date, settings);
  return isAfterCutoff(date, settings) ? fy + 2 : fy + 1;
}

// ---------------------------------------------------------------------------------------------
// Phases of the year
// ---------------------------------------------------------------------------------------------

export type PhaseDefinition = {
  phase: CalendarPhase;
  /** Calendar months (1–12) of the phase. */
  months: readonly number[];
  name: LocalizedText;
  city: LocalizedText;
  advice: LocalizedText;
};

/** The city's year, April to March, and what a proposer should do in each part of it. */
export const PHASES: readonly PhaseDefinition[] = [
  {
    phase: 'execution',
    months: [4, 5, 6, 7, 8],
    name: { ja: '当初予算の執行期', en: 'Budget execution' },
    city: {
      ja: 'その年度の当初予算を執行しています。新しい発想に最も開かれた時期です。',
      en: 'The city carries out this year’s initial budget. This is when it is most open to new thinking.',
    },
    advice: {
      ja: '課題や知見を共有し、信頼関係を築きましょう。この段階で事業計画は必要ありません。',
      en: 'Share problems and expertise and build trust. No business plan is needed yet.',
    },
  },
  {
    phase: 'planning',
    months: [9, 10],
    name: { ja: '次年度計画の策定期', en: 'Planning next year' },
    city: {
      ja: '次年度の計画を立案し、10月には予算編成方針と各局の予算要求がまとまります。',
      en: 'Next year’s plans are drafted; in October come the budget policy and the departments’ budget requests.',
    },
    advice: {
      ja: '一緒にスキームを設計し、市の計画に位置づけましょう。新しいテーマの対話は10月までに始めてください。',
      en: 'Design the scheme together and get it into the city’s plan. Start the dialogue on a new theme by October.',
    },
  },
  {
    phase: 'budget_assessment',
    months: [11],
    name: { ja: '予算調整・査定', en: 'Budget assessment' },
    city: {
      ja: '予算の調整と査定、市長ヒアリングが行われます。',
      en: 'The budget is adjusted and assessed; the mayor holds hearings.',
    },
    advice: {
      ja: '既に計画に入っている事業は4月の開始に向けて準備しましょう。市の予算が必要な新しい提案は再来年度の当初予算が最短です。',
      en: 'Prepare projects already in the plan for April. A new proposal that needs city money can reach the initial budget of the year after next at the earliest.',
    },
  },
  {
    phase: 'budget_published',
    months: [12],
    name: { ja: '予算編成過程の公表', en: 'Budget process published' },
    city: { ja: '予算編成の過程が公表されます。', en: 'The budget process is made public.' },
    advice: {
      ja: '市の予算を必要としない進め方（自己資金での実証、実証フィールドの提供など）を検討しましょう。',
      en: 'Consider routes that need no city money (a pilot on your own means, a test field from the city).',
    },
  },
  {
    phase: 'mayor_assessment',
    months: [1],
    name: { ja: '市長査定', en: 'Mayor’s assessment' },
    city: { ja: '市長による査定が行われます。', en: 'The mayor assesses the budget.' },
    advice: {
      ja: '繁忙期のため新しい対話の開始には時間がかかります。提案の準備を進めておきましょう。',
      en: 'This is the busy season, so new dialogues start slowly. Keep preparing your proposal.',
    },
  },
  {
    phase: 'budget_bill',
    months: [2],
    name: { ja: '予算案の確定・議会提出', en: 'Budget bill sent to council' },
    city: {
      ja: '予算案が確定し、市議会に提出されます。',
      en: 'The budget bill is fixed and sent to the city council.',
    },
    advice: {
      ja: '4月からの対話に向けて、課題と解決策を整理しておきましょう。',
      en: 'Get your problem and solution ready for dialogue from April.',
    },
  },
  {
    phase: 'council_deliberation',
    months: [3],
    name: { ja: '議会審議・予算成立', en: 'Council deliberation' },
    city: {
      ja: '市議会が予算案を審議し、予算が成立します。',
      en: 'The council deliberates and passes the budget.',
    },
    advice: {
      ja: '新しいテーマの対話は4月からになります。4月の新年度に合わせて提案しましょう。',
      en: 'Dialogue on new themes waits for April. Aim your proposal at the new fiscal year.',
    },
  },
];

export function phaseOf(date: string): PhaseDefinition {
  const { month } = parseDate(date);
  const phase = PHASES.find((p) => p.months.includes(month));
  if (!phase) {
    throw new RangeError(`No phase for month ${month}`);
  }
  return phase;
}

/** Whether `date` is in the city's busy season (November to March). */
export function isBusySeason(date: string): boolean {
  const { month } = parseDate(date);
  return month >= 11 || month <= 3;
}

// ---------------------------------------------------------------------------------------------
// Council sessions
// ---------------------------------------------------------------------------------------------

const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function sessionLabel(months: readonly number[], startYear: number): LocalizedText {
  const first = months[0] ?? 1;
  const last = months[months.length - 1] ?? first;
  const era = (y: number) => (y >= 2019 ? `令和${y - 2018 === 1 ? '元' : y - 2018}年` : `${y}年`);
  const ja =
    months.length === 1
      ? `${era(startYear)}${first}月定例会`
      : `${era(startYear)}${first}月〜${last}月定例会`;
  const en =
    months.length === 1
      ? `${MONTH_EN[first - 1]} ${startYear} council session`
      : `${MONTH_EN[first - 1]}–${MONTH_EN[last - 1]} ${startYear} council session`;
  return { ja, en };
}

/** The council sessions of a fiscal year, in order. */
export function councilSessionsOf(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CouncilSession[] {
  const sessions = settings.councilSessionMonths.map((months) => {
    const first = months[0] ?? 1;
    const last = months[months.length - 1] ?? first;
    const startYear = yearOfMonthInFiscalYear(fiscalYear, first, settings);
    const endYear = yearOfMonthInFiscalYear(fiscalYear, last, settings);
    return {
      startMonth: `${startYear}-${String(first).padStart(2, '0')}`,
      endMonth: `${endYear}-${String(last).padStart(2, '0')}`,
      label: sessionLabel(months, startYear),
      passesInitialBudget: false,
    };
  });
  sessions.sort((a, b) => a.startMonth.localeCompare(b.startMonth));
  const lastSession = sessions[sessions.length - 1];
  if (lastSession) {
    lastSession.passesInitialBudget = true;
  }
  return sessions;
}

/** The council session under way on `date`, or else the next one. */
export function nextCouncilSession(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CouncilSession {
  const month = date.slice(0, 7);
  const fy = fiscalYearOf(date, settings);
  const candidates = [...councilSessionsOf(fy, settings), ...councilSessionsOf(fy + 1, settings)];
  const session = candidates.find((s) => s.endMonth >= month);
  if (!session) {
    throw new RangeError('No council session found');
  }
  return session;
}

// ---------------------------------------------------------------------------------------------
// Assessment
// ---------------------------------------------------------------------------------------------

/** The after-cutoff flag, if any, for a proposal made on `date`. */
export function calendarFlag(
  date: string,
  needsCityBudget: boolean,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CalendarFlag | null {
  if (!isAfterCutoff(date, settings)) {
    return null;
  }
  const fy = fiscalYearOf(date, settings);
  const cutoff = parseDate(cutoffDateOf(fy, settings));
  const cutoffJa = `${cutoff.month}月${cutoff.day}日`;
  const cutoffEn = `${cutoff.day} ${MONTH_EN[cutoff.month - 1]}`;
  if (needsCityBudget) {
    return {
      severity: 'warning',
      code: 'calendar.after_cutoff',
      message: {
        ja:
          `${cutoffJa}の締切を過ぎたため、市の予算が必要なこの提案は${fiscalYearLabel(fy + 1)}の当初予算には間に合いません。` +
          `当初予算での実施は最短で${fiscalYearLabel(fy + 2)}（${fy + 2}年度）です。` +
          '補正予算の活用や、市の予算を使わない進め方（自己資金での実証、実証フィールドの提供、規制面の調整など）もご検討ください。',
        en:
          `This proposal needs city money and arrives after the ${cutoffEn} cutoff, so it cannot enter the FY${fy + 1} initial budget. ` +
          `The earliest initial budget that can fund it is FY${fy + 2}. ` +
          'A supplementary budget, or a route that needs no city money (a pilot on your own means, a city test field, regulatory coordination), may be faster.',
      },
    };
  }
  return {
    severity: 'info',
    code: 'calendar.after_cutoff',
    message: {
      ja:
        `${cutoffJa}の締切を過ぎていますが、市の予算を必要としない提案なので受け付けに影響はありません。` +
        'ただし11月から3月は予算編成の繁忙期のため、新しい対話の開始に時間がかかることがあります。',
      en:
        `The ${cutoffEn} cutoff has passed, but this proposal needs no city money, so it is not held back. ` +
        'November to March is the city’s busy budget season, however, and new dialogues may start more slowly.',
    },
  };
}
