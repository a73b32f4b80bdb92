import { useState } from 'react';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import type { KpiReportStatus, KpiView } from '@kyoso/contracts/kpis';
import { Alert } from '../../../components/ui/feedback';
import { isApiError } from '../../../lib/api-client';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatYearMonth,
  useI18n,
  useT,
} from '../../../lib/i18n';
import { kpiReportFileHref } from '../api/kpi-report-file-href';
import { KpiChart } from './kpi-chart';
import { KpiAnswerForm, KpiEvidenceForm, KpiReportForm, KpiReviewForm } from './kpi-report-forms';
import { periodState, shownPeriods, type KpiPeriod, type PeriodState } from './kpi-schedule';

export type KpiActions = { report: boolean; verify: boolean };

const REPORT_BADGE: Record<KpiReportStatus, string> = {
  submitted: 'badge',
  verified: 'badge badge--current',
  questioned: 'badge badge--due-soon',
  answered: 'badge',
};

const STATE_BADGE: Record<Exclude<PeriodState, 'reported'>, string> = {
  upcoming: 'badge',
  due: 'badge badge--due-soon',
  overdue: 'badge badge--overdue',
};

function usePeriodLabel() {
  const t = useT(recordsMessages);
  const { language } = useI18n();
  return (kpi: KpiView, period: KpiPeriod) => {
    const first = formatYearMonth(period.periodStart.slice(0, 7), language);
    // A monthly period is named by its first month, as the timeline names it.
    if (
      kpi.period === 'monthly' ||
      period.periodEnd.slice(0, 7) === period.periodStart.slice(0, 7)
    ) {
      return first;
    }
    return t('kpi.periodRange', {
      first,
      last: formatYearMonth(period.periodEnd.slice(0, 7), language),
    });
  };
}

type Open = { kind: 'report' | 'review' | 'answer'; periodStart: string } | null;

/** One KPI: what it measures, and each period with its report, its review and what to do next. */
export function KpiCard({
  proposalId,
  kpi,
  today,
  can,
}: {
  proposalId: string;
  kpi: KpiView;
  today: string;
  can: KpiActions;
}) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const periodLabel = usePeriodLabel();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const value = (n: number) =>
    t('kpi.panel.value', { value: formatNumber(n, language), unit: kpi.unit });
  const headingId = `kpi-${kpi.id}`;
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
    setFileError(null);
  };
  return (
    <section className="card kpi-card" aria-labelledby={headingId}>
      <h4 id={headingId}>{kpi.name}</h4>
      <dl className="facts">
        <dt>{t('kpi.form.baseline')}</dt>
        <dd>{value(kpi.baseline)}</dd>
        <dt>{t('kpi.form.target')}</dt>
        <dd>{value(kpi.target)}</dd>
        <dt>{t('kpi.form.period')}</dt>
        <dd>
          {t('kpi.panel.schedule', {
            period: t(`kpi.period.${kpi.period}`),
            date: formatDate(kpi.startsOn, language),
          })}
        </dd>
        <dt>{t('kpi.form.source')}</dt>
        <dd>{kpi.source}</dd>
      </dl>
      {kpi.periods.length > 0 ? <KpiChart kpi={kpi} periods={kpi.periods} /> : null}
      {done ? (
        <p role="status" className="alert alert--success">
          {done}
        </p>
      ) : null}
      {fileError ? (
        <Alert kind="warning">{t('kpi.report.fileFailed', { reason: fileError })}</Alert>
      ) : null}
      <ol className="kpi-periods">
        {shownPeriods(kpi.periods, today).map((period) => {
          const state = periodState(period, today);
          const label = periodLabel(kpi, period);
          const r = period.report;
          const isOpen = (kind: 'report' | 'review' | 'answer') =>
            open?.kind === kind && open.periodStart === period.periodStart;
          const toggle = (kind: 'report' | 'review' | 'answer') => {
            setDone(null);
            setOpen(isOpen(kind) ? null : { kind, periodStart: period.periodStart });
          };
          return (
            <li key={period.periodStart} className="kpi-period">
              <p className="kpi-period__head">
                <strong>{label}</strong>{' '}
                {r ? (
                  <span className={REPORT_BADGE[r.status]}>
                    {t(`kpi.reportStatus.${r.status}`)}
                  </span>
                ) : state !== 'reported' ? (
                  <span className={STATE_BADGE[state]}>{t(`kpi.state.${state}`)}</span>
                ) : null}
              </p>
              <dl className="facts facts--inline">
                <dt>{t('kpi.panel.planned')}</dt>
                <dd>{value(period.plannedValue)}</dd>
                {r ? (
                  <>
                    <dt>{t('kpi.panel.actual')}</dt>
                    <dd>
                      <strong>{value(r.actual)}</strong>{' '}
                      <span className="muted">
                        {t('kpi.panel.reportedAt', {
                          date: formatDateTime(r.reportedAt, language),
                        })}
                      </span>
                    </dd>
                  </>
                ) : (
                  <>
                    <dt>{t('kpi.panel.dueOn')}</dt>
                    <dd>{formatDate(period.dueOn, language)}</dd>
                  </>
                )}
                {r?.comment ? (
                  <>
                    <dt>{t('kpi.report.comment')}</dt>
                    <dd className="prewrap">{r.comment}</dd>
                  </>
                ) : null}
                {r?.file ? (
                  <>
                    <dt>{t('kpi.panel.evidence')}</dt>
                    <dd>
                      <a href={kpiReportFileHref(proposalId, r.id)} download={r.file.fileName}>
                        {r.file.fileName}
                      </a>
                    </dd>
                  </>
                ) : null}
                {r?.review ? (
                  <>
                    <dt>{t('kpi.panel.review')}</dt>
                    <dd className="prewrap">{r.review}</dd>
                  </>
                ) : null}
                {r?.answer ? (
                  <>
                    <dt>{t('kpi.panel.answer')}</dt>
                    <dd className="prewrap">{r.answer}</dd>
                  </>
                ) : null}
              </dl>
              {!r && can.report && (state === 'due' || state === 'overdue') ? (
                isOpen('report') ? (
                  <KpiReportForm
                    proposalId={proposalId}
                    kpiId={kpi.id}
                    periodStart={period.periodStart}
                    periodLabel={label}
                    unit={kpi.unit}
                    onCancel={() => setOpen(null)}
                    onReported={(fileError) => {
                      finish(t('kpi.report.sent'));
                      setFileError(
                        fileError === null
                          ? null
                          : isApiError(fileError)
                            ? fileError.message
                            : ta('error.generic.body'),
                      );
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => toggle('report')}
                  >
                    {t('kpi.report.open', { period: label })}
                  </button>
                )
              ) : null}
              {r && can.report && r.status !== 'verified' ? (
                <details className="kpi-period__evidence">
                  <summary>{t(r.file ? 'kpi.evidence.replace' : 'kpi.evidence.add')}</summary>
                  <KpiEvidenceForm proposalId={proposalId} reportId={r.id} />
                </details>
              ) : null}
              {r && can.verify && (r.status === 'submitted' || r.status === 'answered') ? (
                isOpen('review') ? (
                  <KpiReviewForm
                    proposalId={proposalId}
                    reportId={r.id}
                    onCancel={() => setOpen(null)}
                    onDone={() => finish(t('kpi.review.sent'))}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => toggle('review')}
                  >
                    {t('kpi.review.open', { period: label })}
                  </button>
                )
              ) : null}
              {r && can.report && r.status === 'questioned' ? (
                isOpen('answer') ? (
                  <KpiAnswerForm
                    proposalId={proposalId}
                    reportId={r.id}
                    unit={kpi.unit}
                    onCancel={() => setOpen(null)}
                    onDone={() => finish(t('kpi.answer.sent'))}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => toggle('answer')}
                  >
                    {t('kpi.answer.open', { period: label })}
                  </button>
                )
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
