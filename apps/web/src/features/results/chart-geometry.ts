/**
 * The geometry of the statistics' bar charts (hand-written SVG, no chart library): the scale, its
 * ticks, the wrapping of labels and where each bar goes. Pure, in the SVG's own units (the chart
 * scales to its box).
 *
 * A "<5" cell gets no bar length: it is drawn as a fixed hatched marker at the start of the axis,
 * the same for every such cell, so that its size says nothing. A value not published (null) gets
 * no mark at all, only words.
 */
import { cellKind, type CellKind, type StatValue } from './cells';

/** The chart's units: its width, and the sizes of text and bars. */
export const CHART = {
  width: 320,
  fontSize: 13,
  lineHeight: 17,
  barHeight: 16,
  barGap: 4,
  rowGap: 12,
  /** Room at the end of the longest bar for its value. */
  valueRoom: 76,
  legendHeight: 24,
  axisHeight: 22,
  /** The marker of a "<5" cell: a square, the same size whatever the count. */
  markerSize: 16,
} as const;

/**
 * The top of a scale: the smallest 1, 2 or 5 × 10ⁿ at or above the largest value (at least 1),
 * so that the ticks are round numbers.
 */
export function niceMax(largest: number): number {
  if (!(largest > 1)) {
    return 1;
  }
  const power = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= largest) {
      return step * power;
    }
  }
  return 10 * power;
}

/**
 * Ticks from 0 to `max` (inclusive). A scale of whole proposals or days gets whole ticks (a top of
 * 5 → 0…5, 20 → every 5, 100 → every 20); a share (0–1) gets quarters.
 */
export function ticksOf(max: number, whole = true): number[] {
  let count = 4;
  if (whole) {
    const power = 10 ** Math.floor(Math.log10(max));
    const leading = Math.round(max / power);
    if (max <= 5) {
      count = Math.max(1, Math.round(max));
    } else if (leading === 2) {
      count = 4;
    } else {
      count = 5;
    }
  }
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

/** Full-width characters (Japanese, fullwidth forms) take 1 em; others about 0.6. */
function charWidth(char: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
    char,
  )
    ? 1
    : 0.6;
}

/** The estimated width of a text, in ems. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += charWidth(char);
  }
  return width;
}

/** Punctuation a Japanese line may not start with (禁則): it stays at the end of the line before. */
const NO_LINE_START =
  /^[、。，．・：；？！）」』】〕〉》〙〗ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ),.:;!?]/u;

/**
 * A label cut into lines no wider than `maxEm`: between words for Latin text, anywhere in
 * Japanese (a space in やさしい日本語 is preferred as a break), except before closing
 * punctuation, which may hang one character past the width.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  // Words keep their following space; a Japanese run is split into characters.
  const pieces = text.match(/[A-Za-z0-9.,'’()%<>/–-]+\s*|\s+|./gu) ?? [];
  for (const piece of pieces) {
    const pieceWidth = textWidth(piece.trimEnd());
    if (line && width + pieceWidth > maxEm && !NO_LINE_START.test(piece)) {
      lines.push(line.trimEnd());
      line = '';
      width = 0;
    }
    if (!line && !piece.trim()) {
      continue;
    }
    line += piece;
    width += textWidth(piece);
  }
  if (line.trim()) {
    lines.push(line.trimEnd());
  }
  return lines.length > 0 ? lines : [''];
}

export type ChartRow = { label: string; values: readonly StatValue[] };

export type BarMark = {
  kind: CellKind;
  series: number;
  x: number;
  y: number;
  /** 0 for a "<5" marker's length on the scale, and for a value not published. */
  width: number;
  height: number;
  /** Where the value's text starts (after the bar or the marker). */
  textX: number;
  textY: number;
};

export type ChartLayout = {
  width: number;
  height: number;
  max: number;
  plotWidth: number;
  legendY: number | null;
  rows: Array<{ label: string; lines: string[]; labelY: number; bars: BarMark[] }>;
  axis: { y: number; top: number; ticks: Array<{ value: number; x: number }> };
};

/**
 * Where everything of a horizontal bar chart goes: each row's label above its bars (one bar per
 * series), the scale from 0 to `max` (by default the round number above the largest value; a
 * "<5" cell does not count towards it) and its ticks under the plot.
 */
export function layoutBarChart(args: {
  rows: readonly ChartRow[];
  series: number;
  max?: number;
  wholeTicks?: boolean;
}): ChartLayout {
  const { width, fontSize, lineHeight, barHeight, barGap, rowGap, valueRoom } = CHART;
  const plotWidth = width - valueRoom;
  const numbers = args.rows.flatMap((r) => r.values.filter((v) => typeof v === 'number'));
  const max = args.max ?? niceMax(Math.max(0, ...numbers));
  const legendY = args.series > 1 ? 0 : null;
  let y = legendY === null ? 0 : CHART.legendHeight;
  const rows = args.rows.map((row) => {
    const lines = wrapText(row.label, width / fontSize);
    const labelY = y + fontSize;
    y += lines.length * lineHeight + 2;
    const bars: BarMark[] = [];
    for (let series = 0; series < args.series; series += 1) {
      const value = row.values[series] ?? null;
      const kind = cellKind(value);
      const length = typeof value === 'number' ? (Math.min(value, max) / max) * plotWidth : 0;
      const visible = kind === 'suppressed' ? CHART.markerSize : length;
      bars.push({
        kind,
        series,
        x: 0,
        y,
        width: length,
        height: barHeight,
        textX: visible + 6,
        textY: y + barHeight - 3,
      });
      y += barHeight + barGap;
    }
    y += rowGap - barGap;
    return { label: row.label, lines, labelY, bars };
  });
  const top = legendY === null ? 0 : CHART.legendHeight;
  const ticks = ticksOf(max, args.wholeTicks ?? true).map((value) => ({
    value,
    x: (value / max) * plotWidth,
  }));
  return {
    width,
    height: y + CHART.axisHeight,
    max,
    plotWidth,
    legendY,
    rows,
    axis: { y, top, ticks },
  };
}
