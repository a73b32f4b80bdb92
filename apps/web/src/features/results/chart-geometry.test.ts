import { describe, expect, it } from 'vitest';
import { CHART, layoutBarChart, niceMax, textWidth, ticksOf, wrapText } from './chart-geometry';

describe('niceMax', () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 5],
    [5, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [21, 50],
    [120, 200],
    [0.4, 1],
  ])('%d → %d', (largest, expected) => {
    expect(niceMax(largest)).toBe(expected);
  });
});

describe('ticksOf', () => {
  it.each([
    [1, true, [0, 1]],
    [2, true, [0, 1, 2]],
    [5, true, [0, 1, 2, 3, 4, 5]],
    [10, true, [0, 2, 4, 6, 8, 10]],
    [20, true, [0, 5, 10, 15, 20]],
    [50, true, [0, 10, 20, 30, 40, 50]],
    [200, true, [0, 50, 100, 150, 200]],
    [1, false, [0, 0.25, 0.5, 0.75, 1]],
  ])('a scale to %d (whole: %s) has round ticks', (max, whole, expected) => {
    expect(ticksOf(max, whole)).toEqual(expected);
  });
});

describe('wrapText', () => {
  it('measures Japanese as one em a character and Latin as narrower', () => {
    expect(textWidth('提案')).toBe(2);
    expect(textWidth('ab')).toBeCloseTo(1.2);
  });

  it.each([
    ['short', 10, ['short']],
    ['Reasons of a no at the decision', 12, ['Reasons of a no at', 'the decision']],
    ['官民共創の提案に当たらない', 6, ['官民共創の提', '案に当たらな', 'い']],
    ['ていあんの かず', 6, ['ていあんの', 'かず']],
    ['', 5, ['']],
  ])('cuts %j into lines of at most %d ems', (text, max, expected) => {
    const lines = wrapText(text, max);
    expect(lines).toEqual(expected);
    for (const line of lines) {
      expect(textWidth(line)).toBeLessThanOrEqual(max);
    }
  });
});

describe('wrapText with Japanese punctuation', () => {
  it('never starts a line with closing punctuation: it hangs at the end of the line before', () => {
    expect(wrapText('提案に当たらない（営業など）', 13)).toEqual(['提案に当たらない（営業など）']);
    expect(wrapText('あいうえお、かきくけこ。', 5)).toEqual(['あいうえお、', 'かきくけこ。']);
  });
});

describe('layoutBarChart', () => {
  const layout = layoutBarChart({
    rows: [
      { label: 'theme', values: ['<5'] },
      { label: 'free', values: [8] },
      { label: 'none', values: [0] },
      { label: 'median', values: [null] },
    ],
    series: 1,
  });
  const bars = layout.rows.map((r) => r.bars[0]!);

  it('scales to the round number above the largest value, ignoring "<5"', () => {
    expect(layout.max).toBe(10);
    expect(bars[1]!.width).toBeCloseTo((8 / 10) * layout.plotWidth);
    expect(bars[2]!.width).toBe(0);
  });

  it('gives a "<5" cell no length on the scale, only the fixed marker', () => {
    expect(bars[0]).toMatchObject({ kind: 'suppressed', width: 0 });
    // Its value's text follows the marker, whose size is the same for every "<5".
    expect(bars[0]!.textX).toBe(CHART.markerSize + 6);
  });

  it('marks a value not published as such, with no length', () => {
    expect(bars[3]).toMatchObject({ kind: 'notPublished', width: 0, textX: 6 });
  });

  it('places rows one under another, within the chart', () => {
    const ys = bars.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(layout.axis.y).toBeGreaterThan(ys.at(-1)!);
    expect(layout.height).toBeGreaterThan(layout.axis.y);
    for (const bar of bars) {
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plotWidth);
    }
    expect(layout.axis.ticks.at(-1)).toEqual({ value: 10, x: layout.plotWidth });
  });

  it('draws one bar per series under each label, with room for a legend', () => {
    const grouped = layoutBarChart({
      rows: [{ label: 'reason', values: [6, '<5'] }],
      series: 2,
    });
    expect(grouped.legendY).toBe(0);
    const [first, second] = grouped.rows[0]!.bars;
    expect(first).toMatchObject({ series: 0, kind: 'number' });
    expect(second).toMatchObject({ series: 1, kind: 'suppressed', width: 0 });
    expect(second!.y).toBeGreaterThan(first!.y);
    expect(grouped.rows[0]!.labelY).toBeGreaterThan(CHART.legendHeight);
  });

  it('keeps a share on a fixed scale of 0–1 and never draws past it', () => {
    const shares = layoutBarChart({ rows: [{ label: 'x', values: [1.2] }], series: 1, max: 1 });
    expect(shares.rows[0]!.bars[0]!.width).toBe(shares.plotWidth);
  });
});
