import { Link } from 'react-router';
import { fiscalYearOf } from '@kyoso/calendar/budget-calendar';
import { tokyoDate } from '@kyoso/calendar/dates';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatFiscalYear, formatNumber } from '@kyoso/i18n/format';
import { paths } from '../../../config/paths';
import { useI18n, useT } from '../../../lib/i18n';
import { useStatistics } from '../api/get-statistics';
import { anySuppressed, cellText } from '../cells';
import '../../../styles/results-pages.css';

/**
 * The home page's headline figures of this fiscal year: proposals received, the median business
 * days to the first check, and the proposals that signed an agreement (reached STEP 6), with the
 * links to the cases and the statistics. "<5" stays "<5". Nothing while the figures load or if
 * they cannot (the home page does not depend on them).
 */
export function HeadlineFigures() {
  const t = useT(appMessages);
  const { language } = useI18n();
  const fiscalYear = fiscalYearOf(tokyoDate());
  const statistics = useStatistics(fiscalYear);
  const s = statistics.data?.statistics;
  const signed = s?.reachedStep.find((r) => r.step === 6)?.count ?? 0;
  const number = (value: number) => formatNumber(value, language);
  const notPublished = t('home.figures.notPublished');
  // The labels are there from the first paint and the values fill in, so nothing below moves.
  const figures = [
    { key: 'received', label: t('home.figures.received'), value: s?.received.total, count: true },
    {
      key: 'firstCheck',
      label: t('home.figures.firstCheck'),
      value: s?.firstCheck.medianBusinessDays,
      count: false,
    },
    { key: 'signed', label: t('home.figures.signed'), value: s ? signed : undefined, count: true },
  ];
  return (
    <section className="card headline-figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading">
        {t('home.figures.title', { year: formatFiscalYear(fiscalYear, language) })}
      </h2>
      <>
        <dl className="figures" aria-busy={s ? undefined : true}>
          {figures.map((figure) => (
            <div key={figure.key} className="figures__item">
              <dt>{figure.label}</dt>
              {figure.value === undefined ? (
                <dd className="figures__value">…</dd>
              ) : (
                <dd
                  className={figure.value === null ? 'figures__value--none' : 'figures__value'}
                  data-count={figure.count ? '' : undefined}
                >
                  {cellText(figure.value, number, notPublished)}
                </dd>
              )}
            </div>
          ))}
        </dl>
        {s && anySuppressed(figures.map((f) => f.value ?? null)) ? (
          <p className="results-note">{t('home.figures.small')}</p>
        ) : null}
      </>
      <div className="button-row">
        <Link className="button button--secondary" to={paths.cases}>
          {t('home.figures.cases')}
        </Link>
        <Link className="button button--secondary" to={paths.statistics}>
          {t('home.figures.statistics')}
        </Link>
      </div>
    </section>
  );
}
