import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { KpiView } from '@kyoso/contracts/kpis';
import { formatNumber, useI18n, useT } from '../../../lib/i18n';
import { chartGeometry } from './kpi-chart-geometry';

const BOX = { width: 320, height: 140, padX: 12, padY: 14 };

/**
 * The planned line from the baseline to the target and the actuals reported so far. The figures
 * themselves are in the list of periods under it; the chart says in words what it shows.
 */
export function KpiChart({ kpi, periods }: { kpi: KpiView; periods: KpiView['periods'] }) {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  const g = chartGeometry(periods, kpi, BOX);
  const latest = g.actual.at(-1);
  return (
    <figure className="kpi-chart">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={
          latest
            ? t('kpi.chart.label', {
                kpi: kpi.name,
                baseline: formatNumber(kpi.baseline, language),
                target: formatNumber(kpi.target, language),
                latest: formatNumber(latest.value, language),
                unit: kpi.unit,
              })
            : t('kpi.chart.labelEmpty', {
                kpi: kpi.name,
                baseline: formatNumber(kpi.baseline, language),
                target: formatNumber(kpi.target, language),
                unit: kpi.unit,
              })
        }
      >
        <line
          className="kpi-chart__target"
          x1={BOX.padX}
          x2={BOX.width - BOX.padX}
          y1={g.targetY}
          y2={g.targetY}
        />
        <polyline className="kpi-chart__planned" points={g.planned} />
        {g.actual.length > 1 ? (
          <polyline
            className="kpi-chart__actual"
            points={g.actual.map((p) => `${p.x},${p.y}`).join(' ')}
          />
        ) : null}
        {g.actual.map((p) => (
          <circle key={p.index} className="kpi-chart__point" cx={p.x} cy={p.y} r={3.5} />
        ))}
      </svg>
      <figcaption className="kpi-chart__legend">
        <span className="kpi-chart__key kpi-chart__key--planned">{t('kpi.chart.planned')}</span>
        <span className="kpi-chart__key kpi-chart__key--actual">{t('kpi.chart.actual')}</span>
        <span className="kpi-chart__key kpi-chart__key--target">{t('kpi.chart.target')}</span>
      </figcaption>
    </figure>
  );
}
