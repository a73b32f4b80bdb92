import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PUBLIC_CASE_STAGES } from '@kyoso/contracts/result-constants';
import { resultsMessages } from '@kyoso/i18n/catalogues/results';
import { formatFiscalYear } from '@kyoso/i18n/format';
import { SelectField, TextField } from '../../../components/ui/field';
import { useI18n, useT } from '../../../lib/i18n';
import {
  casesFiltersFrom,
  casesParamsOf,
  withCasesFilter,
  type CasesFilterKey,
  type CasesFilters,
} from '../results-query';

/** The search, filters and page of the cases list, kept in the address bar. */
export function useCasesSearch() {
  const [params, setParams] = useSearchParams();
  const filters = casesFiltersFrom(params);
  return {
    filters,
    update: (key: CasesFilterKey, value: string) =>
      setParams(casesParamsOf(withCasesFilter(filters, key, value)), { replace: true }),
    // A page is a step the browser's Back button should undo.
    setPage: (page: number) => setParams(casesParamsOf({ ...filters, page })),
    clear: () => setParams(new URLSearchParams(), { replace: true }),
  };
}

/** A bureau (局) a visitor can filter by: the field a case belongs to. */
export type FieldOption = { id: string; name: string };

export function CaseSearch({
  filters,
  update,
  fields,
  fiscalYears,
}: {
  filters: CasesFilters;
  update: (key: CasesFilterKey, value: string) => void;
  fields: readonly FieldOption[];
  fiscalYears: readonly number[];
}) {
  const t = useT(resultsMessages);
  const { language } = useI18n();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const years =
    filters.fiscalYear === undefined || fiscalYears.includes(filters.fiscalYear)
      ? fiscalYears
      : [filters.fiscalYear, ...fiscalYears];
  return (
    <form
      role="search"
      className="filters"
      onSubmit={(event) => {
        event.preventDefault();
        update('q', q);
      }}
    >
      <TextField
        label={t('cases.search.keywords')}
        name="q"
        type="search"
        value={q}
        onChange={setQ}
        hint={t('cases.search.keywordsHint')}
      />
      <button type="submit" className="button">
        {t('cases.search.submit')}
      </button>
      <SelectField
        label={t('cases.search.field')}
        name="field"
        value={filters.bureauId ?? ''}
        onChange={(value) => update('bureauId', value)}
        placeholder={t('cases.search.allFields')}
        options={fields.map((field) => ({ value: field.id, label: field.name }))}
      />
      <SelectField
        label={t('cases.search.fiscalYear')}
        name="year"
        value={filters.fiscalYear === undefined ? '' : String(filters.fiscalYear)}
        onChange={(value) => update('fiscalYear', value)}
        placeholder={t('cases.search.allYears')}
        options={years.map((year) => ({
          value: String(year),
          label: formatFiscalYear(year, language),
        }))}
      />
      <SelectField
        label={t('cases.search.stage')}
        name="stage"
        value={filters.stage ?? ''}
        onChange={(value) => update('stage', value)}
        placeholder={t('cases.search.allStages')}
        options={PUBLIC_CASE_STAGES.map((stage) => ({
          value: stage,
          label: t(`cases.stage.${stage}`),
        }))}
      />
    </form>
  );
}
