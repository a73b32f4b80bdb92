/**
 * The city's business days: Monday to Friday, except Japan's national holidays (substitute
 * holidays included, from the maintained `@holiday-jp/holiday_jp` data) and the city's New Year
 * closure from 29 December to 3 January.
 */
import holidaysData from '@holiday-jp/holiday_jp/lib/holidays.js';
import { addDays, dayOfWeek, parseDate } from './dates';

type HolidayEntry = { name: string; name_en: string };
const NATIONAL_HOLIDAYS = holidaysData as unknown as Readonly<Record<string, HolidayEntry>>;

/** The national holiday on `date`, if any (名称 in both languages). */
export function nationalHoliday(date: string): { ja: string; en: string } | null {
  const entry = NATIONAL_HOLIDAYS[date];
  return entry ? { ja: entry.name, en: entry.name_en } : null;
}

/** Whether `date` falls in the city's New Year closure (29 December – 3 January). */
export function isNewYearClosure(date: string): boolean {
  const { month, day } = parseDate(date);
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}

export function isWeekend(date: string): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function isBusinessDay(date: string): boolean {
  return !isWeekend(date) && nationalHoliday(date) === null && !isNewYearClosure(date);
}

/**
 * The `count`-th business day after `date`; `date` itself is never counted. With `count` = 0 the
 * result is `date` when it is a business day, else the next business day.
 */
export function addBusinessDays(date: string, count: number): string {
  if (count < 0 || !Number.isInteger(count)) {
    throw new RangeError('count must be a non-negative integer');
  }
  let current = date;
  if (count === 0) {
    while (!isBusinessDay(current)) {
      current = addDays(current, 1);
    }
    return current;
  }
  let remaining = count;
  while (remaining > 0) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) {
      remaining -= 1;
    }
  }
  return current;
}

/**
 * Business days after `from` up to and including `to` (0 when `to` is not after `from`).
 * `businessDaysBetween(d, addBusinessDays(d, n)) === n`.
 */
export function businessDaysBetween(from: string, to: string): number {
  if (to <= from) {
    return 0;
  }
  let count = 0;
  let current = from;
  while (current < to) {
    current = addDays(current, 1);
    if (isBusinessDay(current)) {
      count += 1;
    }
  }
  return count;
}
