import { useSearchParams } from 'react-router';
import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { PageTitle } from '../../../components/ui/feedback';
import { StatisticsView } from '../../../features/results/components/statistics-view';
import { statisticsParamsOf, statisticsYearFrom } from '../../../features/results/results-query';
import { useT } from '../../../lib/i18n';

/** The statistics of the process (no login), for a fiscal year (`?year=`) or every year. */
export function StatisticsPage() {
  const t = useT(resultsMessages);
  const [params, setParams] = useSearchParams();
  return (
    <>
      <PageTitle lead={t('statistics.lead')}>{t('statistics.title')}</PageTitle>
      <StatisticsView
        fiscalYear={statisticsYearFrom(params)}
        onFiscalYear={(year) => setParams(statisticsParamsOf(year), { replace: true })}
      />
    </>
  );
}
