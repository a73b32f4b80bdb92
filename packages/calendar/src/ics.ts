/**
 * The key dates of a fiscal year as an iCalendar file (RFC 5545): the start and end of the year,
 * the council sessions, the October cutoff and the busy season. All-day events, in one language.
 */
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '@kyoso/contracts/calendar';
import type { Language } from '@kyoso/contracts/i18n';
import {
  councilSessionsOf,
  cutoffDateOf,
  fiscalYearLabel,
  fiscalYearRange,
} from './budget-calendar';
import { addDays, makeDate, parseDate } from './dates';

export type KeyDate = {
  id: string;
  start: string;
  end: string;
  summary: string;
  description: string;
};

/** The year's key dates; `end` is the last day (inclusive). */
export function keyDatesOf(
  fiscalYear: number,
  language: Language,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): KeyDate[] {
  const ja = language === 'ja';
  const { start, end } = fiscalYearRange(fiscalYear, settings);
  const cutoff = cutoffDateOf(fiscalYear, settings);
  const label = ja ? fiscalYearLabel(fiscalYear) : `FY${fiscalYear}`;
  const dates: KeyDate[] = [
    {
      id: 'fy-start',
      start,
      end: start,
      summary: ja ? `${label}開始` : `${label} begins`,
      description: ja
        ? '新しい年度の当初予算の執行が始まります。新しいテーマの対話を始めやすい時期です。'
        : 'The new initial budget starts. A good time to start a dialogue on a new theme.',
    },
    {
      id: 'cutoff',
      start: cutoff,
      end: cutoff,
      summary: ja
        ? '次年度予算に向けた新規提案の締切の目安'
        : 'Cutoff for proposals aiming at next year’s budget',
      description: ja
        ? `市の予算が必要な新しい提案は、この日までに対話を始めると${fiscalYearLabel(fiscalYear + 1)}の当初予算に間に合う可能性があります。`
        : `A new proposal that needs city money can reach the FY${fiscalYear + 1} initial budget if the dialogue starts by this day.`,
    },
    {
      id: 'busy-season',
      start: addDays(cutoff, 1),
      end: end,
      summary: ja ? '予算編成の繁忙期' : 'Budget busy season',
      description: ja
        ? '予算の調整・査定と議会対応で、新しい対話の開始に時間がかかる時期です。'
        : 'Budget assessment and the council keep the city busy; new dialogues start slowly.',
    },
    {
      id: 'fy-end',
      start: end,
      end: end,
      summary: ja ? `${label}終了` : `${label} ends`,
      description: ja ? '年度の最終日です。' : 'The last day of the fiscal year.',
    },
  ];
  for (const session of councilSessionsOf(fiscalYear, settings)) {
    const [sy, sm] = session.startMonth.split('-').map(Number);
    const [ey, em] = session.endMonth.split('-').map(Number);
    dates.push({
      id: `council-${session.startMonth}`,
      start: makeDate(sy ?? fiscalYear, sm ?? 1, 1),
      end: makeDate(ey ?? fiscalYear, (em ?? 1) + 1, 0),
      summary: session.label[language],
      description: session.passesInitialBudget
        ? ja
          ? '次年度の当初予算を審議する議会です。'
          : 'The session that passes next year’s initial budget.'
        : ja
          ? '市議会の定例会です（日程は市議会の発表をご確認ください）。'
          : 'A regular council session (check the council’s own schedule for dates).',
    });
  }
  return dates.sort((a, b) => a.start.localeCompare(b.start));
}

function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Octets of a character in UTF-8. */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if ([...line].reduce((n, c) => n + utf8Length(c), 0) <= 75) {
    return line;
  }
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const charSize = utf8Length(char);
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: string) => date.replace(/-/g, '');

/** The key dates of a fiscal year as an `.ics` file's text. */
export function keyDatesIcs(
  fiscalYear: number,
  language: Language,
  options: { settings?: CalendarSettings; now: Date; host: string },
): string {
  const stamp = options.now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//kyoso//budget calendar//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(language === 'ja' ? `官民共創 予算カレンダー ${fiscalYearLabel(fiscalYear)}` : `Co-creation budget calendar FY${fiscalYear}`)}`,
    'X-WR-TIMEZONE:Asia/Tokyo',
  ];
  for (const date of keyDatesOf(fiscalYear, language, options.settings)) {
    parseDate(date.start);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${fiscalYear}-${date.id}@${options.host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(date.start)}`,
      `DTEND;VALUE=DATE:${compact(addDays(date.end, 1))}`,
      `SUMMARY:${escapeText(date.summary)}`,
      `DESCRIPTION:${escapeText(date.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
