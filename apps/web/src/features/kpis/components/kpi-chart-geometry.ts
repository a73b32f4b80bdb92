/**
 * Where the planned line and the reported actuals of a KPI fall on a small chart: values scaled
 * between the lowest and highest of baseline, target, plans and actuals, periods evenly spaced.
 * Pure (the chart only draws what this returns).
 */
export type ChartBox = { width: number; height: number; padX: number; padY: number };

export type ChartPeriod = { plannedValue: number; report: { actual: number } | null };

export type ChartGeometry = {
  /** `x,y x,y …` for an SVG polyline through every period's planned value. */
  planned: string;
  /** One point per reported period (in period order), with its index among all periods. */
  actual: Array<{ index: number; x: number; y: number; value: number }>;
  /** The y of the baseline and of the target, for their guide lines. */
  baselineY: number;
  targetY: number;
};

export function chartGeometry(
  periods: readonly ChartPeriod[],
  kpi: { baseline: number; target: number },
  box: ChartBox,
): ChartGeometry {
  const values = [
    kpi.baseline,
    kpi.target,
    ...periods.map((p) => p.plannedValue),
    ...periods.flatMap((p) => (p.report ? [p.report.actual] : [])),
  ];
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const innerW = box.width - box.padX * 2;
  const innerH = box.height - box.padY * 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = (index: number) =>
    round(box.padX + (periods.length <= 1 ? innerW / 2 : (innerW * index) / (periods.length - 1)));
  const y = (value: number) => round(box.padY + innerH * ((max - value) / (max - min)));
  return {
    planned: periods.map((p, i) => `${x(i)},${y(p.plannedValue)}`).join(' '),
    actual: periods.flatMap((p, index) =>
      p.report ? [{ index, x: x(index), y: y(p.report.actual), value: p.report.actual }] : [],
    ),
    baselineY: y(kpi.baseline),
    targetY: y(kpi.target),
  };
}
