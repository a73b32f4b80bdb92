/**
 * Plain calendar dates (`YYYY-MM-DD`) without time zones. All arithmetic is done in UTC so that
 * the server's own time zone can never shift a date; "today" is always Japan's today.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DateParts = { year: number; month: number; day: number };

export function parseDate(date: string): DateParts {
  const match = ISO_DATE.exec(date);
  if (!match) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (formatDate(parts) !== date || !isRealDate(parts)) {
    throw new RangeError(`Not a real date: ${date}`);
  }
  return parts;
}

function isRealDate({ year, month, day }: DateParts): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Whether `date` is a real `YYYY-MM-DD` date (2026-02-29 is not). */
export function isValidDate(date: string): boolean {
  const match = ISO_DATE.exec(date);
  return (
    match !== null &&
    isRealDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) })
  );
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function makeDate(year: number, month: number, day: number): string {
  const d = new Date(Date.UTC(year, month - 1, day));
  return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return makeDate(year, month, day + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  const pa = parseDate(a);
  const pb = parseDate(b);
  return Math.round(
    (Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) /
      86_400_000,
  );
}

const TOKYO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The last minute asked and its date: Japan's offset is whole hours, so a date changes only at
// the start of a minute, and every request of that minute (and every row of a list) asks it.
let lastMinute = Number.NaN;
let lastDate = '';

/** The calendar date in Japan (Asia/Tokyo) at `instant`, whatever the machine's time zone. */
export function tokyoDate(instant: Date = new Date()): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    // An invalid date throws here, as before (NaN never equals the last minute).
    lastDate = TOKYO_DATE.format(instant);
    lastMinute = minute;
  }
  return lastDate;
}

/** `YYYY-MM` of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
