/**
 * How a public case's dates read: a KPI period of one calendar month as that month, a longer one
 * as its first and last months. Pure.
 */

/** `{ periodStart: '2026-05-01', periodEnd: '2026-05-31' }` → `['2026-05']`; else both months. */
export function periodMonths(periodStart: string, periodEnd: string): [string] | [string, string] {
  const from = periodStart.slice(0, 7);
  const to = periodEnd.slice(0, 7);
  return from === to ? [from] : [from, to];
}

/**
 * Where a KPI's latest verified result stands against its target: the share of the way from the
 * baseline to the target (0 at the baseline, 1 at the target, more when passed; a KPI that should
 * go down counts the same way). Null without a result or when baseline and target are equal.
 */
export function progressToTarget(
  baseline: number,
  target: number,
  results: ReadonlyArray<{ actual: number }>,
): number | null {
  const latest = results.at(-1);
  if (!latest || baseline === target) {
    return null;
  }
  return (latest.actual - baseline) / (target - baseline);
}
