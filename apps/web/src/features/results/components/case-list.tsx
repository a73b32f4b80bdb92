import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { Pager } from '../../../components/ui/pager';
import { useT } from '../../../lib/i18n';
import { CASES_PAGE_SIZE, usePublicCases } from '../api/get-public-cases';
import { hasCasesFilter, pageCount, type CasesFilters } from '../results-query';
import { CaseCard } from './case-card';
import '../../../styles/results-pages.css';

/** The public cases matching the filters, a page at a time, with their count announced. */
export function CaseList({
  filters,
  onPage,
  onClear,
}: {
  filters: CasesFilters;
  onPage: (page: number) => void;
  onClear: () => void;
}) {
  const t = useT(resultsMessages);
  const cases = usePublicCases({
    q: filters.q,
    bureauId: filters.bureauId,
    fiscalYear: filters.fiscalYear,
    stage: filters.stage,
    page: filters.page,
    pageSize: CASES_PAGE_SIZE,
  });
  if (cases.isPending) {
    return <Loading />;
  }
  if (cases.isError) {
    return <LoadError error={cases.error} onRetry={() => void cases.refetch()} />;
  }
  const { total } = cases.data;
  const filtered = hasCasesFilter(filters);
  return (
    <>
      <p role="status" aria-live="polite">
        {t('cases.count', { count: total })}
      </p>
      {cases.data.cases.length === 0 ? (
        <div className="card empty-state">
          <p>{filtered || filters.page > 1 ? t('cases.emptyFiltered') : t('cases.empty')}</p>
          {filtered || filters.page > 1 ? (
            <button type="button" className="button button--secondary" onClick={onClear}>
              {t('cases.clearFilters')}
            </button>
          ) : null}
        </div>
      ) : (
        <ul className="case-list">
          {cases.data.cases.map((item) => (
            <CaseCard key={item.referenceNumber} item={item} />
          ))}
        </ul>
      )}
      <Pager
        page={filters.page}
        pages={pageCount(total, CASES_PAGE_SIZE)}
        onPage={(page) => {
          onPage(page);
          window.scrollTo({ top: 0 });
        }}
      />
    </>
  );
}
