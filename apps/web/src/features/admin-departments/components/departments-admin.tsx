import { useState } from 'react';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { DEPARTMENT_LEVEL_LABELS } from '@kyoso/contracts/departments';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useAdminDepartments } from '../api/admin-departments';
import { treeOrder } from '../department-tree';
import { CreateDepartmentForm } from './create-department-form';
import { DepartmentEditor } from './department-editor';
import '../../../styles/admin-pages.css';

/** The organisation chart as a tree; each department opens for changes in place. */
export function DepartmentsAdmin() {
  const t = useT(adminMessages);
  const { l, language } = useI18n();
  const departments = useAdminDepartments();
  const [open, setOpen] = useState<string | null>(null);
  if (departments.isPending) {
    return <Loading />;
  }
  if (departments.isError) {
    return <LoadError error={departments.error} onRetry={() => void departments.refetch()} />;
  }
  const all = departments.data.departments;
  return (
    <>
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('departments.chart')}</h2>
        <ul className="department-tree">
          {treeOrder(all).map(({ department: d, depth }) => (
            <li
              key={d.id}
              className={`department-tree__item department-tree__item--depth-${depth}${d.retiredAt ? ' department-tree__item--retired' : ''}`}
            >
              <div className="department-tree__row">
                <span className="department-tree__name">
                  <span className="department-tree__level">
                    {l(DEPARTMENT_LEVEL_LABELS[d.level])}
                  </span>{' '}
                  {l(d.name)}
                  <span className="audit-table__meta">
                    {d.code}
                    {d.retiredAt
                      ? ` · ${t('departments.retiredOn', { date: formatDate(d.retiredAt.slice(0, 10), language) })}`
                      : d.openProposals > 0
                        ? ` · ${t('departments.openCount', { count: d.openProposals })}`
                        : ''}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  aria-expanded={open === d.id}
                  aria-controls={`department-${d.id}`}
                  aria-label={t(
                    open === d.id ? 'departments.closeNamed' : 'departments.editNamed',
                    {
                      name: l(d.fullName),
                    },
                  )}
                  onClick={() => setOpen(open === d.id ? null : d.id)}
                >
                  {t(open === d.id ? 'departments.close' : 'departments.edit')}
                </button>
              </div>
              {open === d.id ? (
                <div id={`department-${d.id}`} className="department-tree__panel">
                  <h3>{l(d.fullName)}</h3>
                  <DepartmentEditor department={d} departments={all} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <CreateDepartmentForm departments={all} />
    </>
  );
}
