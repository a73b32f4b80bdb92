import { routingMessages } from '@kyoso/i18n/catalogues/routing';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { formatNumber, Rich, useI18n, useT } from '../../../lib/i18n';
import { useRoutingReport } from '../api/get-routing-report';
import '../../../styles/nda-pages.css';
import '../../../styles/staff-pages.css';

/** The routing report: totals, then one row per department (most returns first). */
export function RoutingReport() {
  const t = useT(routingMessages);
  const { l, language } = useI18n();
  const report = useRoutingReport();
  const number = (n: number) => formatNumber(n, language);
  const count = (n: number) => (
    <Rich
      text={t('report.count', { number: number(n) })}
      parts={{ unit: (s) => <span className="report-totals__unit">{s}</span> }}
    />
  );
  const days = (n: number | null) => {
    if (n === null) {
      return t('report.noData');
    }
    const rounded = Math.round(n * 10) / 10;
    return t('report.days', { count: rounded, days: formatNumber(rounded, language) });
  };

  if (report.isPending) {
    return <Loading />;
  }
  if (report.isError) {
    return <LoadError error={report.error} onRetry={() => void report.refetch()} />;
  }
  const { rows, totals } = report.data;
  return (
    <>
      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{t('report.totals')}</h2>
        <dl className="report-totals">
          <div>
            <dt>{t('report.transfers')}</dt>
            <dd>{count(totals.transfers)}</dd>
          </div>
          <div>
            <dt>{t('report.proposalsWithTransfers')}</dt>
            <dd>{count(totals.proposalsWithTransfers)}</dd>
          </div>
          <div>
            <dt>{t('report.averageDaysWithoutDepartment')}</dt>
            <dd>{days(totals.averageDaysWithoutDepartment)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="departments-heading">
        <h2 id="departments-heading">{t('report.byDepartment')}</h2>
        {rows.length === 0 ? (
          <p>{t('report.none')}</p>
        ) : (
          <div
            className="table-wrap"
            role="region"
            tabIndex={0}
            aria-label={t('report.tableLabel')}
          >
            <table className="table">
              <caption className="visually-hidden">{t('report.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('column.department')}</th>
                  <th scope="col" className="num">
                    {t('column.routedAsLead')}
                  </th>
                  <th scope="col" className="num">
                    {t('column.accepted')}
                  </th>
                  <th scope="col" className="num">
                    {t('column.returned')}
                  </th>
                  <th scope="col" className="num">
                    {t('column.awaiting')}
                  </th>
                  <th scope="col" className="num">
                    {t('column.awaitingOverdue')}
                  </th>
                  <th scope="col" className="num">
                    {t('column.averageDaysToAccept')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.department.id}>
                    <th scope="row">{l(row.department.fullName)}</th>
                    <td className="num">{number(row.routedAsLead)}</td>
                    <td className="num">{number(row.accepted)}</td>
                    <td className="num">{number(row.returned)}</td>
                    <td className="num">{number(row.awaiting)}</td>
                    <td className={`num${row.awaitingOverdue > 0 ? ' num--alert' : ''}`}>
                      {number(row.awaitingOverdue)}
                      {row.awaitingOverdue > 0 ? (
                        <span className="visually-hidden">{t('report.needsAttention')}</span>
                      ) : null}
                    </td>
                    <td className="num">{days(row.averageDaysToAccept)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>{t('notes.title')}</h3>
        <dl className="report-notes">
          <dt>{t('column.routedAsLead')}</dt>
          <dd>{t('notes.routedAsLead')}</dd>
          <dt>{t('notes.acceptedReturned.term')}</dt>
          <dd>{t('notes.acceptedReturned')}</dd>
          <dt>{t('notes.awaiting.term')}</dt>
          <dd>{t('notes.awaiting')}</dd>
          <dt>{t('column.averageDaysToAccept')}</dt>
          <dd>{t('notes.averageDaysToAccept')}</dd>
        </dl>
      </section>
    </>
  );
}
