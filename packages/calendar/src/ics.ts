/**
 * The key dates of a fiscal year as an iCalendar file (RFC 5545): the start and end of the year,
 * the council sessions, the October cutoff and the busy season. All-day events, in one language.
 */
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '@kyoso/contracts/calendar';
import { translator } from '@kyoso/i18n/core';
import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { formatFiscalYear } from '@kyoso/i18n/format';
import { pickText, type Language } from '@kyoso/i18n/languages';
import { councilSessionsOf, cutoffDateOf, fiscalYearRange } from './budget-calendar';
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
  const t = translator(calendarMessages, language);
  const { start, end } = fiscalYearRange(fiscalYear, settings);
  const cutoff = cutoffDateOf(fiscalYear, settings);
  const label = formatFiscalYear(fiscalYear, language);
  const dates: KeyDate[] = [
    {
      id: 'fy-start',
      start,
      end: start,
      summary: t('ics.fyStart.summary', { fiscalYear: label }),
      description: t('ics.fyStart.description'),
    },
    {
      id: 'cutoff',
      start: cutoff,
      end: cutoff,
      summary: t('ics.cutoff.summary'),
      description: t('ics.cutoff.description', {
        nextFiscalYear: formatFiscalYear(fiscalYear + 1, language),
      }),
    },
    {
      id: 'busy-season',
      start: addDays(cutoff, 1),
      end: end,
      summary: t('ics.busy.summary'),
      description: t('ics.busy.description'),
    },
    {
      id: 'fy-end',
      start: end,
      end: end,
      summary: t('ics.fyEnd.summary', { fiscalYear: label }),
      description: t('ics.fyEnd.description'),
    },
  ];
  for (const session of councilSessionsOf(fiscalYear, settings)) {
    const [sy, sm] = session.startMonth.split('-').map(Number);
    const [ey, em] = session.endMonth.split('-').map(Number);
    dates.push({
      id: `council-${session.startMonth}`,
      start: makeDate(sy ?? fiscalYear, sm ?? 1, 1),
      end: makeDate(ey ?? fiscalYear, (em ?? 1) + 1, 0),
      summary: pickText(session.label, language),
      description: t(session.passesInitialBudget ? 'ics.council.budget' : 'ics.council.regular'),
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
    `X-WR-CALNAME:${escapeText(translator(calendarMessages, language)('ics.calendarName', { fiscalYear: formatFiscalYear(fiscalYear, language) }))}`,
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
