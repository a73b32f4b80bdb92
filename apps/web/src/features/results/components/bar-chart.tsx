import { useId } from 'react';
import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { formatList } from '@kyoso/i18n/format';
import { useI18n, useT } from '../../../lib/i18n';
import { anySuppressed, cellText } from '../cells';
import { CHART, layoutBarChart, type ChartRow } from '../chart-geometry';

/** The colours of the series (3:1 or more against white, as WCAG asks of graphics). */
const SERIES_COLOURS = ['#0b5cad', '#a34e00'] as const;

/**
 * A horizontal bar chart in hand-written SVG: one image for assistive technology (`role="img"`,
 * its title and a description that reads out every value), each row's label above its bars.
 * A "<5" cell is a hatched marker of fixed size (never a length), a value not published has no
 * mark; the note under the chart says so whenever a "<5" is drawn. The same numbers are in the
 * table beside it.
 */
export function BarChart({
  title,
  rows,
  series,
  max,
  wholeTicks = true,
  format,
  counts = false,
}: {
  title: string;
  rows: readonly ChartRow[];
  /** The names of the series when each row has several bars (a legend is drawn). */
  series?: readonly string[];
  /** The top of the scale (1 for shares); by default the round number above the largest value. */
  max?: number;
  wholeTicks?: boolean;
  format: (value: number) => string;
  /** Whether the values are counts of proposals (marked for the checks of "<5"). */
  counts?: boolean;
}) {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const id = useId().replace(/[^\w-]/g, '');
  const seriesCount = series?.length ?? 1;
  const layout = layoutBarChart({ rows, series: seriesCount, max, wholeTicks });
  const notPublished = t('statistics.notPublished');
  const text = (value: ChartRow['values'][number]) => cellText(value, format, notPublished);
  const description = formatList(
    rows.map((row) =>
      t('chart.item', {
        label: row.label,
        value: series
          ? formatList(
              series.map((name, i) =>
                t('chart.item', { label: name, value: text(row.values[i] ?? null) }),
              ),
              language,
            )
          : text(row.values[0] ?? null),
      }),
    ),
    language,
  );
  const suppressed = anySuppressed(rows.flatMap((row) => row.values));

  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        className="chart__svg"
        fontSize={CHART.fontSize}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <pattern
            id={`${id}-hatch`}
            patternUnits="userSpaceOnUse"
            width="5"
            height="5"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#4a4a4a" strokeWidth="2.5" />
          </pattern>
        </defs>
        {series && layout.legendY !== null
          ? series.map((name, i) => (
              <g key={name} transform={`translate(${i * (layout.width / 2)}, 0)`}>
                <rect y="3" width="12" height="12" fill={SERIES_COLOURS[i % 2]} />
                <text x="17" y="14" fill="#1a1a1a">
                  {name}
                </text>
              </g>
            ))
          : null}
        {layout.axis.ticks.map((tick) => (
          <g key={tick.value}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={layout.axis.top}
              y2={layout.axis.y}
              stroke="#d5d9df"
              strokeWidth="1"
            />
            <text
              x={tick.x}
              y={layout.axis.y + 15}
              textAnchor={tick.x === 0 ? 'start' : 'middle'}
              fill="#4a4a4a"
              fontSize={CHART.fontSize - 2}
            >
              {format(tick.value)}
            </text>
          </g>
        ))}
        {layout.rows.map((row, r) => (
          <g key={r}>
            {/* A white halo keeps the label legible over the grid lines. */}
            <text
              y={row.labelY}
              fill="#1a1a1a"
              stroke="#ffffff"
              strokeWidth="3"
              paintOrder="stroke"
              strokeLinejoin="round"
            >
              {row.lines.map((line, i) => (
                <tspan key={i} x="0" dy={i === 0 ? 0 : CHART.lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
            {row.bars.map((bar) => {
              const value = rows[r]!.values[bar.series] ?? null;
              return (
                <g key={bar.series} className={`chart__bar chart__bar--${bar.kind}`}>
                  {bar.kind === 'number' && bar.width > 0 ? (
                    <rect
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={bar.height}
                      fill={SERIES_COLOURS[bar.series % 2]}
                    />
                  ) : null}
                  {bar.kind === 'suppressed' ? (
                    <rect
                      x={bar.x + 1}
                      y={bar.y + 1}
                      width={CHART.markerSize - 2}
                      height={bar.height - 2}
                      fill={`url(#${id}-hatch)`}
                      stroke={SERIES_COLOURS[bar.series % 2]}
                      strokeWidth="2"
                    />
                  ) : null}
                  <text
                    x={bar.textX}
                    y={bar.textY}
                    fill="#1a1a1a"
                    data-count={counts ? '' : undefined}
                  >
                    {text(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        <line x1="0" x2="0" y1={layout.axis.top} y2={layout.axis.y} stroke="#4a4a4a" />
      </svg>
      {suppressed ? (
        <figcaption className="results-note">{t('statistics.suppressedMark')}</figcaption>
      ) : null}
    </figure>
  );
}
