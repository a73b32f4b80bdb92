import { useEffect, useState } from 'react';
import { auditActionOptions } from '@kyoso/contracts/audit-text';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Department } from '@kyoso/contracts/departments';
import { SelectField, TextField } from '../../../components/ui/field';
import { useI18n, useT } from '../../../lib/i18n';
import type { AuditFilters } from '../audit-search';

/** The audit log's filters; they go to the address when the form is sent. */
export function AuditFilterForm({
  filters,
  actions,
  departments,
  onApply,
}: {
  filters: AuditFilters;
  actions: readonly string[];
  departments: readonly Department[];
  onApply: (filters: AuditFilters) => void;
}) {
  const t = useT(adminMessages);
  const tw = useT(workflowMessages);
  const { l } = useI18n();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  useEffect(() => setDraft(filters), [filters]);
  const field = (key: keyof AuditFilters) => ({
    name: key,
    value: draft[key] ?? '',
    onChange: (value: string) => setDraft((current) => ({ ...current, [key]: value })),
  });

  return (
    <form
      role="search"
      className="filters audit-filters"
      aria-label={t('audit.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <TextField label={t('audit.filter.person')} type="search" {...field('person')} />
      <SelectField
        label={t('audit.filter.department')}
        placeholder={t('audit.filter.all')}
        options={departments.map((d) => ({ value: d.id, label: l(d.fullName) }))}
        {...field('departmentId')}
      />
      <TextField
        label={t('audit.filter.reference')}
        hint={t('audit.filter.referenceHint')}
        {...field('reference')}
      />
      <SelectField
        label={t('audit.filter.action')}
        placeholder={t('audit.filter.all')}
        options={auditActionOptions(actions, { admin: t, workflow: tw })}
        {...field('action')}
      />
      <TextField label={t('audit.filter.from')} type="date" {...field('from')} />
      <TextField label={t('audit.filter.to')} type="date" {...field('to')} />
      <div className="audit-filters__buttons">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => onApply({})}>
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
