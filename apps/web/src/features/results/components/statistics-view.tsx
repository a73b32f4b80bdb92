import type { ReactNode } from 'react';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import {
  formatBusinessDays,
  formatDateTime,
  formatFiscalYear,
  formatNumber,
  formatYearMonth,
} from '@kyoso/i18n/format';
import { SelectField } from '../../../components/ui/field';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useI18n, useT } from '../../../lib/i18n';
import { useStatistics, type Statistics } from '../api/get-statistics';
import { cellText, percent, type StatValue } from '../cells';
import { BarChart } from './bar-chart';
import { OpenDataLinks } from './open-data-links';
import { StatTable } from './stat-table';
import '../../../styles/results-pages.css';

/** A section of the statistics: its heading, what it counts, and its charts with their tables. */
function StatSection({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    // Not a landmark of its own: a page of seven regions would be noise; its heading is enough.
    <section className="card stat-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {lead ? <p>{lead}</p> : null}
      {children}
    </section>
  );
}

/** A chart and the table of its numbers, side by side (one under the other on a phone). */
function ChartPair({ children }: { children: ReactNode }) {
  return <div className="chart-pair">{children}</div>;
}

/** How each kind of value reads: counts, business days, shares. */
function useFormats() {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const notPublished = t('statistics.notPublished');
  const count = (n: number) => formatNumber(n, language);
  const days = (n: number) => formatNumber(n, language);
  const share = (n: number) => t('chart.percent', { value: percent(n) });
  return {
    count,
    days,
    share,
    text: (value: StatValue, format: (n: number) => string) =>
      cellText(value, format, notPublished),
  };
}

/**
 * The statistics of the process for a fiscal year or every year: each measure as a chart with
 * the same numbers in a table, "<5" explained once at the top and under each chart that has one.
 */
export function StatisticsView({
  fiscalYear,
  onFiscalYear,
}: {
  fiscalYear: number | null;
  onFiscalYear: (fiscalYear: number | null) => void;
}) {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const statistics = useStatistics(fiscalYear);

  if (statistics.isPending) {
    return <Loading page />;
  }
  if (statistics.isError) {
    return <LoadError error={statistics.error} onRetry={() => void statistics.refetch()} />;
  }
  const s = statistics.data.statistics;
  const years =
    s.fiscalYears.includes(fiscalYear ?? -1) || fiscalYear === null
      ? s.fiscalYears
      : [fiscalYear, ...s.fiscalYears];

  return (
    <>
      <div className="filters">
        <SelectField
          label={t('statistics.year')}
          name="year"
          value={fiscalYear === null ? '' : String(fiscalYear)}
          onChange={(value) => onFiscalYear(value ? Number(value) : null)}
          placeholder={t('statistics.allYears')}
          options={years.map((year) => ({
            value: String(year),
            label: formatFiscalYear(year, language),
          }))}
        />
      </div>
      <p className="stat-scope">
        {fiscalYear === null
          ? t('statistics.scope.all')
          : t('statistics.scope.year', { year: formatFiscalYear(fiscalYear, language) })}{' '}
        <span className="results-note">
          {t('statistics.computedAt', { date: formatDateTime(s.computedAt, language) })}
        </span>
      </p>
      <section className="alert alert--info" aria-labelledby="small-cells-heading">
        <h2 id="small-cells-heading" className="alert__title">
          {t('statistics.small.title')}
        </h2>
        <p className="alert__body">{t('statistics.small.body')}</p>
      </section>
      <Received statistics={s} />
      <ReachedStep statistics={s} />
      <MedianDays statistics={s} />
      <FirstCheck statistics={s} />
      <Adoption statistics={s} />
      <DeclineReasons statistics={s} />
      <Transfers statistics={s} />
      <OpenDataLinks fiscalYear={fiscalYear} />
    </>
  );
}

function Received({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const td = useT(domainMessages);
  const { language } = useI18n();
  const f = useFormats();
  const byKind = s.received.byKind.map((k) => ({ label: td(`kind.${k.kind}`), values: [k.count] }));
  const byMonth = s.received.byMonth.map((m) => ({
    label: formatYearMonth(m.month, language),
    values: [m.count],
  }));
  return (
    <StatSection
      id="received"
      title={t('statistics.received.title')}
      lead={
        <>
          {t('statistics.received.total')}:{' '}
          <strong data-count="">{f.text(s.received.total, f.count)}</strong>
        </>
      }
    >
      <ChartPair>
        <BarChart title={t('statistics.received.byKind')} rows={byKind} format={f.count} counts />
        <StatTable
          caption={t('statistics.received.byKind')}
          head={[t('table.kind'), t('table.count')]}
          rows={byKind.map((row) => ({
            label: row.label,
            cells: [{ text: f.text(row.values[0]!, f.count), count: true }],
          }))}
        />
      </ChartPair>
      {byMonth.length > 0 ? (
        <>
          <ChartPair>
            <BarChart
              title={t('statistics.received.byMonth')}
              rows={byMonth}
              format={f.count}
              counts
            />
            <StatTable
              caption={t('statistics.received.byMonth')}
              head={[t('table.month'), t('table.count')]}
              rows={byMonth.map((row) => ({
                label: row.label,
                cells: [{ text: f.text(row.values[0]!, f.count), count: true }],
              }))}
            />
          </ChartPair>
        </>
      ) : null}
    </StatSection>
  );
}

function useStepLabel() {
  const t = useT(resultsMessages);
  const tw = useT(workflowMessages);
  return (step: number) =>
    t('statistics.step', { step, name: tw(`step.${step}.name` as 'step.2.name') });
}

function ReachedStep({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const f = useFormats();
  const stepLabel = useStepLabel();
  const rows = s.reachedStep.map((r) => ({ label: stepLabel(r.step), values: [r.count] }));
  return (
    <StatSection id="reached" title={t('statistics.reached.title')}>
      <ChartPair>
        <BarChart title={t('statistics.reached.title')} rows={rows} format={f.count} counts />
        <StatTable
          caption={t('statistics.reached.title')}
          head={[t('table.step'), t('table.count')]}
          rows={rows.map((row) => ({
            label: row.label,
            cells: [{ text: f.text(row.values[0]!, f.count), count: true }],
          }))}
        />
      </ChartPair>
    </StatSection>
  );
}

function MedianDays({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const f = useFormats();
  const stepLabel = useStepLabel();
  return (
    <StatSection id="median" title={t('statistics.median.title')}>
      <ChartPair>
        <BarChart
          title={t('statistics.median.title')}
          rows={s.medianBusinessDays.map((m) => ({ label: stepLabel(m.step), values: [m.median] }))}
          format={f.days}
        />
        <StatTable
          caption={t('statistics.median.title')}
          head={[t('table.step'), t('table.median'), t('statistics.median.proposals')]}
          rows={s.medianBusinessDays.map((m) => ({
            label: stepLabel(m.step),
            cells: [
              { text: f.text(m.median, f.days) },
              { text: f.text(m.proposals, f.count), count: true },
            ],
          }))}
        />
      </ChartPair>
    </StatSection>
  );
}

function FirstCheck({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const f = useFormats();
  const { firstCheck } = s;
  return (
    <StatSection
      id="first-check"
      title={t('statistics.firstCheck.title')}
      lead={t('statistics.firstCheck.lead', {
        days: formatBusinessDays(firstCheck.targetBusinessDays, language),
      })}
    >
      <ChartPair>
        <BarChart
          title={t('statistics.firstCheck.title')}
          rows={[{ label: t('statistics.firstCheck.within'), values: [firstCheck.withinTarget] }]}
          max={1}
          wholeTicks={false}
          format={f.share}
        />
        <StatTable
          caption={t('statistics.firstCheck.title')}
          head={[t('table.item'), t('table.value')]}
          rows={[
            {
              label: t('statistics.firstCheck.checked'),
              cells: [{ text: f.text(firstCheck.checked, f.count), count: true }],
            },
            {
              label: t('statistics.firstCheck.median'),
              cells: [{ text: f.text(firstCheck.medianBusinessDays, f.days) }],
            },
            {
              label: t('statistics.firstCheck.within'),
              cells: [{ text: f.text(firstCheck.withinTarget, f.share) }],
            },
          ]}
        />
      </ChartPair>
    </StatSection>
  );
}

function Adoption({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const td = useT(domainMessages);
  const f = useFormats();
  return (
    <StatSection
      id="adoption"
      title={t('statistics.adoption.title')}
      lead={t('statistics.adoption.lead')}
    >
      <ChartPair>
        <BarChart
          title={t('statistics.adoption.title')}
          rows={s.adoption.map((a) => ({ label: td(`kind.${a.kind}`), values: [a.rate] }))}
          max={1}
          wholeTicks={false}
          format={f.share}
        />
        <StatTable
          caption={t('statistics.adoption.title')}
          head={[
            t('table.kind'),
            t('statistics.adoption.decided'),
            t('statistics.adoption.adopted'),
            t('statistics.adoption.rate'),
          ]}
          rows={s.adoption.map((a) => ({
            label: td(`kind.${a.kind}`),
            cells: [
              { text: f.text(a.decided, f.count), count: true },
              { text: f.text(a.adopted, f.count), count: true },
              { text: f.text(a.rate, f.share) },
            ],
          }))}
        />
      </ChartPair>
    </StatSection>
  );
}

function DeclineReasons({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const tw = useT(workflowMessages);
  const f = useFormats();
  const rows = s.declineReasons.map((d) => ({
    label: tw(`declineReason.${d.code}`),
    values: [d.step2, d.step4],
  }));
  const series = [t('statistics.declines.step2'), t('statistics.declines.step4')];
  return (
    <StatSection
      id="declines"
      title={t('statistics.declines.title')}
      lead={t('statistics.declines.lead')}
    >
      <ChartPair>
        <BarChart
          title={t('statistics.declines.title')}
          rows={rows}
          series={series}
          format={f.count}
          counts
        />
        <StatTable
          caption={t('statistics.declines.title')}
          head={[t('statistics.declines.reason'), ...series]}
          rows={rows.map((row) => ({
            label: row.label,
            cells: row.values.map((value) => ({ text: f.text(value, f.count), count: true })),
          }))}
        />
      </ChartPair>
    </StatSection>
  );
}

function Transfers({ statistics: s }: { statistics: Statistics }) {
  const t = useT(resultsMessages);
  const f = useFormats();
  const rows = (['none', 'once', 'more'] as const).map((k) => ({
    label: t(`statistics.transfers.${k}`),
    values: [s.transfers[k]],
  }));
  return (
    <StatSection
      id="transfers"
      title={t('statistics.transfers.title')}
      lead={t('statistics.transfers.lead')}
    >
      <ChartPair>
        <BarChart title={t('statistics.transfers.title')} rows={rows} format={f.count} counts />
        <StatTable
          caption={t('statistics.transfers.title')}
          head={[t('table.item'), t('table.count')]}
          rows={rows.map((row) => ({
            label: row.label,
            cells: [{ text: f.text(row.values[0]!, f.count), count: true }],
          }))}
        />
      </ChartPair>
    </StatSection>
  );
}
