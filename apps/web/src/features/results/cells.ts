/**
 * The cells of the public statistics. A count of one to four proposals arrives as "<5" and stays
 * so: it is shown as "<5", never as a number, and a chart draws no bar length for it. A median or
 * a share over fewer than five proposals arrives as null: "not published".
 */
import { SUPPRESSED, type CountCell } from '@kyoso/contracts/result-constants';

/** A value of a chart or table: a count cell, a measure, or a measure not published (null). */
export type StatValue = CountCell | number | null;

export type CellKind = 'number' | 'suppressed' | 'notPublished';

/** Whether a cell is "<5" (one to four proposals). */
export function isSuppressed(value: StatValue): value is typeof SUPPRESSED {
  return value === SUPPRESSED;
}

export function cellKind(value: StatValue): CellKind {
  if (value === null) {
    return 'notPublished';
  }
  return isSuppressed(value) ? 'suppressed' : 'number';
}

/** The number of a cell, or null when it may not be shown as one. */
export function cellNumber(value: StatValue): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * A cell as text: "<5" as it is, null as the words for "not published", a number through the
 * caller's formatter (a count, days, a percentage).
 */
export function cellText(
  value: StatValue,
  format: (value: number) => string,
  notPublished: string,
): string {
  if (value === null) {
    return notPublished;
  }
  return isSuppressed(value) ? SUPPRESSED : format(value);
}

/** A share (0–1) as a whole percentage: 0.889 → 89. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

/** Whether any of the values is "<5" (the page then explains it). */
export function anySuppressed(values: readonly StatValue[]): boolean {
  return values.some(isSuppressed);
}
