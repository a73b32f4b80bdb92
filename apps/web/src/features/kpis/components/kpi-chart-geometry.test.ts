import { expect, it } from 'vitest';
import { chartGeometry } from './kpi-chart-geometry';

const box = { width: 120, height: 60, padX: 10, padY: 10 };

it('scales between the lowest and highest value, the highest at the top', () => {
  const g = chartGeometry(
    [
      { plannedValue: 12, report: { actual: 11 } },
      { plannedValue: 9, report: null },
      { plannedValue: 6, report: { actual: 4 } },
    ],
    { baseline: 12, target: 6 },
    box,
  );
  expect(g.planned).toBe('10,10 60,25 110,40');
  expect(g.actual).toEqual([
    { index: 0, x: 10, y: 15, value: 11 },
    { index: 2, x: 110, y: 50, value: 4 },
  ]);
  expect(g.baselineY).toBe(10);
  expect(g.targetY).toBe(40);
});

it('draws a single period in the middle, and a flat KPI without dividing by zero', () => {
  const g = chartGeometry(
    [{ plannedValue: 5, report: { actual: 5 } }],
    { baseline: 5, target: 5 },
    box,
  );
  expect(g.planned).toBe('60,30');
  expect(g.actual[0]).toMatchObject({ x: 60, y: 30 });
});

it('has nothing to draw without periods', () => {
  const g = chartGeometry([], { baseline: 0, target: 10 }, box);
  expect(g.planned).toBe('');
  expect(g.actual).toEqual([]);
});
