import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { PageTitle } from '../../../components/ui/feedback';
import { useDepartments } from '../../../features/departments/api/get-departments';
import { useStatistics } from '../../../features/results/api/get-statistics';
import { CaseList } from '../../../features/results/components/case-list';
import { CaseSearch, useCasesSearch } from '../../../features/results/components/case-search';
import { OpenDataLinks } from '../../../features/results/components/open-data-links';
import { useI18n, useT } from '../../../lib/i18n';

/**
 * The public cases (no login): adopted projects with their consented summary and KPI results,
 * searched and filtered by field and fiscal year in the address bar, and their open data.
 */
export function CasesPage() {
  const t = useT(resultsMessages);
  const { l } = useI18n();
  const search = useCasesSearch();
  const departments = useDepartments();
  // The fiscal years that have proposals, for the year filter.
  const statistics = useStatistics(null);
  const fields = (departments.data?.departments ?? [])
    .filter((d) => d.level === 'bureau' && !d.isCoordinatorDesk)
    .map((d) => ({ id: d.id, name: l(d.name) }));
  return (
    <>
      <PageTitle lead={t('cases.lead')}>{t('cases.title')}</PageTitle>
      <CaseSearch
        filters={search.filters}
        update={search.update}
        fields={fields}
        fiscalYears={statistics.data?.statistics.fiscalYears ?? []}
      />
      <CaseList filters={search.filters} onPage={search.setPage} onClear={search.clear} />
      <OpenDataLinks fiscalYear={null} />
    </>
  );
}
