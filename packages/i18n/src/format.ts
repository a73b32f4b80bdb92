/**
 * Dates, times, amounts and fiscal years as a person reads them, in every language, from the
 * `formats` catalogue. Dates are plain `YYYY-MM-DD` strings of Japan's calendar; instants are
 * shown in Japan's time whatever the reader's or the server's time zone.
 */
import { translator, type PerLanguage } from './core';
import { formatMessages } from './catalogues/formats';
import { intlLocale, type Language, type LocalizedText } from './languages';

type DateParts = { year: number; month: number; day: number };

function partsOf(date: string): DateParts {
  const [year = 1970, month = 1, day = 1] = date.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** 0 = Sunday, for a calendar date (no time zone involved). */
function weekdayOf({ year, month, day }: DateParts): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The Japanese era of a date: 令和 from 1 May 2019, 平成 from 8 January 1989. */
export function eraOf(date: string): { era: 'reiwa' | 'heisei'; year: number } | null {
  const iso = date.slice(0, 10);
  const { year } = partsOf(iso);
  if (iso >= '2019-05-01') {
    return { era: 'reiwa', year: year - 2018 };
  }
  if (iso >= '1989-01-08') {
    return { era: 'heisei', year: year - 1988 };
  }
  return null;
}

function eraYearText(era: 'reiwa' | 'heisei', year: number, language: Language): string {
  const t = translator(formatMessages, language);
  return `${t(`era.${era}`)}${year === 1 ? t('era.firstYear') : year}`;
}

/** The era and its year of a date: `令和8` / `Reiwa 8`; the 西暦 year before 1989. */
export function formatEraYear(date: string, language: Language): string {
  const era = eraOf(date);
  return era ? eraYearText(era.era, era.year, language) : date.slice(0, 4);
}

export type DateStyle = 'long' | 'short' | 'era';

/**
 * `2026-11-22` → `2026年11月22日（日）` / `Sun 22 Nov 2026`; `era`: `令和8年11月22日（日）`.
 * An empty value gives an empty string.
 */
export function formatDate(
  date: string | null | undefined,
  language: Language,
  style: DateStyle = 'long',
): string {
  if (!date) {
    return '';
  }
  const t = translator(formatMessages, language);
  const parts = partsOf(date);
  const weekday = t(`weekday.${weekdayOf(parts)}` as 'weekday.0');
  const monthName = t(`month.${parts.month}` as 'month.1');
  const era = eraOf(date);
  if (style === 'era' && era) {
    return t('date.era', {
      era: t(`era.${era.era}`),
      eraYear: era.year === 1 ? t('era.firstYear') : era.year,
      year: parts.year,
      month: parts.month,
      monthName,
      day: parts.day,
      weekday,
    });
  }
  return t(style === 'short' ? 'date.short' : 'date.long', {
    year: parts.year,
    month: parts.month,
    monthName,
    day: parts.day,
    weekday,
  });
}

/** `2027-04` → `2027年4月` / `Apr 2027`. */
export function formatYearMonth(value: string | null | undefined, language: Language): string {
  if (!value) {
    return '';
  }
  const t = translator(formatMessages, language);
  const [year = 1970, month = 1] = value.split('-').map(Number);
  return t('date.month', { year, month, monthName: t(`month.${month}` as 'month.1') });
}

/** An instant in Japan's time: `2026年11月22日（日） 14:05` / `Sun 22 Nov 2026, 14:05 (JST)`. */
export function formatDateTime(
  instant: string | Date | null | undefined,
  language: Language,
): string {
  if (!instant) {
    return '';
  }
  const value = typeof instant === 'string' ? new Date(instant) : instant;
  // Japan has no daylight saving time: UTC+9 all year.
  const tokyo = new Date(value.getTime() + 9 * 60 * 60 * 1000);
  const date = `${tokyo.getUTCFullYear()}-${String(tokyo.getUTCMonth() + 1).padStart(2, '0')}-${String(tokyo.getUTCDate()).padStart(2, '0')}`;
  const t = translator(formatMessages, language);
  return t('date.time', {
    date: formatDate(date, language),
    hour: String(tokyo.getUTCHours()).padStart(2, '0'),
    minute: String(tokyo.getUTCMinutes()).padStart(2, '0'),
  });
}

/**
 * A fiscal year: `令和8年度（2026年度）` / `FY2026`; `era` alone: `令和8年度` (where the
 * sentence already says which year, as the city writes it).
 */
export function formatFiscalYear(
  fiscalYear: number,
  language: Language,
  style: 'full' | 'era' = 'full',
): string {
  const t = translator(formatMessages, language);
  // A fiscal year takes the era in force in its May: FY2019 is 令和元年度 (the era changed on
  // 1 May 2019 and the city renamed the year), FY1989 平成元年度.
  const era = eraOf(`${fiscalYear}-05-01`);
  return t(style === 'era' ? 'fiscalYear.era' : 'fiscalYear.label', {
    eraYear: era ? eraYearText(era.era, era.year, language) : String(fiscalYear),
    year: fiscalYear,
  });
}

/** A whole number with the reader's digit grouping: `12,000`. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocale(language)).format(value);
}

/** An amount of yen: `1,200,000円` / `¥1,200,000`. */
export function formatYen(amount: number, language: Language): string {
  return translator(formatMessages, language)('yen', {
    amount: formatNumber(Math.round(amount), language),
  });
}

/** `10営業日` / `10 business days`. */
export function formatBusinessDays(count: number, language: Language): string {
  return translator(formatMessages, language)('businessDays', { count });
}

/** Items joined the reader's way: `A、B` / `A, B`. */
export function formatList(items: readonly string[], language: Language): string {
  return items.join(translator(formatMessages, language)('list.separator'));
}

/** A date as a variable of `textOf` (each language writes it its own way). */
export function dateVar(date: string | null | undefined, style: DateStyle = 'long'): PerLanguage {
  return (language) => formatDate(date, language, style);
}

/** A fiscal year as a variable of `textOf`. */
export function fiscalYearVar(fiscalYear: number, style: 'full' | 'era' = 'full'): PerLanguage {
  return (language) => formatFiscalYear(fiscalYear, language, style);
}

/** A date in every language at once. */
export function dateText(date: string, style: DateStyle = 'long'): Required<LocalizedText> {
  return {
    ja: formatDate(date, 'ja', style),
    en: formatDate(date, 'en', style),
    easy: formatDate(date, 'easy', style),
  };
}
