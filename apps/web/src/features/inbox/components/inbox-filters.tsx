import { useEffect, useState } from 'react';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { inboxMessages } from '@kyoso/i18n/catalogues/inbox';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Department } from '@kyoso/contracts/departments';
import { INBOX_SORTS, PROPOSAL_KINDS } from '@kyoso/contracts/proposals';
import { PROPOSAL_STATUSES, STEP_NUMBERS } from '@kyoso/contracts/workflow';
import { CheckboxField, SelectField, TextField } from '../../../components/ui/field';
import { useI18n, useT } from '../../../lib/i18n';
import type { InboxSearch } from './use-inbox-search';

/** The inbox's search box and filters; the desk also filters by department and owner. */
export function InboxFilters({
  search,
  isDesk,
  departments,
  themes,
}: {
  search: InboxSearch;
  isDesk: boolean;
  /** The sections to filter by (the desk only). */
  departments: readonly Department[];
  themes: ReadonlyArray<{ id: string; title: string }>;
}) {
  const t = useT(inboxMessages);
  const tw = useT(workflowMessages);
  const td = useT(domainMessages);
  const { l } = useI18n();
  const { filters, update } = search;
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const select = (key: keyof typeof filters) => ({
    name: key,
    value: filters[key] ?? '',
    onChange: (value: string) => update(key, value),
    placeholder: t('filters.all'),
  });

  return (
    <form
      role="search"
      className="filters inbox-filters"
      aria-label={t('filters.label')}
      onSubmit={(event) => {
        event.preventDefault();
        update('q', q.trim());
      }}
    >
      <div className="inbox-filters__search">
        <TextField
          label={t('filters.q')}
          name="q"
          type="search"
          value={q}
          onChange={setQ}
          hint={t('filters.qHint')}
        />
        <button type="submit" className="button">
          {t('filters.search')}
        </button>
      </div>
      <SelectField
        label={t('filters.status')}
        {...select('status')}
        options={PROPOSAL_STATUSES.filter((s) => s !== 'draft').map((s) => ({
          value: s,
          label: tw(`status.${s}.staff`),
        }))}
      />
      <SelectField
        label={t('filters.step')}
        {...select('step')}
        options={STEP_NUMBERS.filter((n) => n > 1).map((n) => ({
          value: String(n),
          label: tw('step.label', { step: n }),
        }))}
      />
      <SelectField
        label={t('filters.kind')}
        {...select('kind')}
        options={PROPOSAL_KINDS.map((k) => ({ value: k, label: td(`kind.${k}`) }))}
      />
      <SelectField
        label={t('filters.theme')}
        {...select('themeId')}
        options={themes.map((theme) => ({ value: theme.id, label: theme.title }))}
      />
      {isDesk ? (
        <SelectField
          label={t('filters.department')}
          {...select('departmentId')}
          options={departments.map((d) => ({ value: d.id, label: l(d.fullName) }))}
        />
      ) : null}
      <SelectField
        label={t('filters.due')}
        {...select('due')}
        options={(['overdue', 'due_soon'] as const).map((due) => ({
          value: due,
          label: t(`due.${due}`),
        }))}
      />
      <SelectField
        label={t('filters.calendar')}
        {...select('calendarFlag')}
        options={(['any', 'warning'] as const).map((flag) => ({
          value: flag,
          label: t(`filters.calendar.${flag}`),
        }))}
      />
      <SelectField
        label={t('filters.sort')}
        name="sort"
        value={filters.sort ?? 'due'}
        onChange={(v) => update('sort', v === 'due' ? '' : v)}
        options={INBOX_SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
      />
      {isDesk ? (
        <div className="inbox-filters__toggles">
          <CheckboxField
            label={t('filters.unassigned')}
            name="unassigned"
            checked={filters.unassigned === 'true'}
            onChange={(v) => update('unassigned', v ? 'true' : '')}
          />
          <CheckboxField
            label={t('filters.mine')}
            name="assignedToMe"
            checked={filters.assignedToMe === 'true'}
            onChange={(v) => update('assignedToMe', v ? 'true' : '')}
          />
        </div>
      ) : null}
    </form>
  );
}
