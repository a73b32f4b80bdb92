import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { formatDate, formatFiscalYear, formatNumber, formatYearMonth } from '@kyoso/i18n/format';
import { useI18n, useT } from '../../../lib/i18n';
import type { PublicCase } from '../api/get-public-cases';
import { percent } from '../cells';
import { periodMonths, progressToTarget } from '../case-values';

type Kpi = PublicCase['kpis'][number];

/** One KPI: its baseline, its target and each result the city verified, as a small table. */
function KpiResults({ kpi }: { kpi: Kpi }) {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const number = (value: number) => formatNumber(value, language);
  const progress = progressToTarget(kpi.baseline, kpi.target, kpi.results);
  const caption = t('case.kpi.caption', { name: kpi.name, unit: kpi.unit });
  return (
    <div className="kpi-result">
      <div className="table-wrap" role="region" tabIndex={0} aria-label={caption}>
        <table className="table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.kpi.when')}</th>
              <th scope="col" className="stat-table__number">
                {t('case.kpi.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('case.kpi.baseline')}</th>
              <td className="stat-table__number">{number(kpi.baseline)}</td>
            </tr>
            <tr className="kpi-result__target">
              <th scope="row">{t('case.kpi.target')}</th>
              <td className="stat-table__number">{number(kpi.target)}</td>
            </tr>
            {kpi.results.map((result) => (
              <tr key={result.periodStart}>
                <th scope="row">
                  {t('case.kpi.actual', {
                    period: periodMonths(result.periodStart, result.periodEnd)
                      .map((month) => formatYearMonth(month, language))
                      .join('–'),
                  })}
                </th>
                <td className="stat-table__number">{number(result.actual)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kpi.results.length === 0 ? (
        <p className="results-note">{t('case.kpi.noResults')}</p>
      ) : progress !== null ? (
        <p className="results-note">{t('case.kpi.progress', { value: percent(progress) })}</p>
      ) : null}
    </div>
  );
}

/**
 * A public case: its consented summary, who in the city carries it, the agreement, the dates,
 * where it stands (and the next stage once completed) and its KPIs, target against actual.
 */
export function CaseCard({ item }: { item: PublicCase }) {
  const t = useT(resultsMessages);
  const td = useT(domainMessages);
  const tw = useT(workflowMessages);
  const { language, l } = useI18n();
  const headingId = `case-${item.referenceNumber}`;
  return (
    <li>
      <article className="card case-card" aria-labelledby={headingId}>
        <p className="case-card__meta">
          <span className={`badge badge--stage-${item.stage}`}>
            {t(`cases.stage.${item.stage}`)}
          </span>
          {item.bureau ? <span>{l(item.bureau.name)}</span> : null}
        </p>
        <h2 id={headingId} className="case-card__title">
          {item.title}
        </h2>
        <p className="prewrap">{item.summary}</p>
        <dl className="facts">
          <dt>{t('case.reference')}</dt>
          <dd>{item.referenceNumber}</dd>
          {item.department ? (
            <>
              <dt>{t('case.department')}</dt>
              <dd>{l(item.department.name)}</dd>
            </>
          ) : null}
          <dt>{item.theme ? t('case.theme') : t('case.kind')}</dt>
          <dd>{item.theme ? item.theme.title : td(`kind.${item.kind}`)}</dd>
          {item.agreementType ? (
            <>
              <dt>{t('case.agreementType')}</dt>
              <dd>{t(`case.agreementType.${item.agreementType}`)}</dd>
            </>
          ) : null}
          {item.startsOn && item.endsOn ? (
            <>
              <dt>{t('case.period')}</dt>
              <dd>
                {t('case.periodValue', {
                  starts: formatDate(item.startsOn, language, 'short'),
                  ends: formatDate(item.endsOn, language, 'short'),
                })}
              </dd>
            </>
          ) : null}
          {item.fiscalYear !== null ? (
            <>
              <dt>{t('case.fiscalYear')}</dt>
              <dd>{formatFiscalYear(item.fiscalYear, language)}</dd>
            </>
          ) : null}
          {item.nextStage ? (
            <>
              <dt>{t('case.nextStage')}</dt>
              <dd>{tw(`outcome.${item.nextStage}`)}</dd>
            </>
          ) : null}
        </dl>
        {item.kpis.length > 0 ? (
          <section aria-labelledby={`${headingId}-kpis`}>
            <h3 id={`${headingId}-kpis`}>{t('case.kpis')}</h3>
            <div className="kpi-results">
              {item.kpis.map((kpi) => (
                <KpiResults key={kpi.name} kpi={kpi} />
              ))}
            </div>
          </section>
        ) : null}
      </article>
    </li>
  );
}
