import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { AUDIT_PAGINATION } from '@kyoso/contracts/audit';
import type { Department } from '@kyoso/contracts/departments';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { Pager } from '../../../components/ui/pager';
import { useT } from '../../../lib/i18n';
import { auditExportHref, useAudit } from '../api/get-audit';
import { pageCount, readAuditSearch, writeAuditSearch } from '../audit-search';
import { AuditFilterForm } from './audit-filters';
import { AuditTable } from './audit-table';

/** The audit log: filters kept in the address, the entries page by page, the CSV of the filter. */
export function AuditLog({ departments }: { departments: readonly Department[] }) {
  const t = useT(adminMessages);
  const [params, setParams] = useSearchParams();
  // One object per address, so that the form keeps what is typed between renders.
  const search = params.toString();
  const { filters, page } = useMemo(() => readAuditSearch(new URLSearchParams(search)), [search]);
  const pageSize = AUDIT_PAGINATION.defaultPageSize;
  const audit = useAudit({ ...filters, page, pageSize });
  const pages = pageCount(audit.data?.total ?? 0, pageSize);

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="visually-hidden">
        {t('audit.filters')}
      </h2>
      <AuditFilterForm
        filters={filters}
        actions={audit.data?.actions ?? []}
        departments={departments}
        onApply={(next) => setParams(writeAuditSearch(next))}
      />
      <div className="audit-log__bar">
        <p aria-live="polite">
          {audit.data ? t('audit.total', { count: audit.data.total }) : null}
        </p>
        <a className="button button--ghost" href={auditExportHref(filters)} download>
          {t('audit.download')}
        </a>
      </div>
      {audit.isPending ? <Loading /> : null}
      {audit.isError ? (
        <LoadError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : null}
      {audit.data && audit.data.entries.length === 0 ? <p>{t('audit.none')}</p> : null}
      {audit.data && audit.data.entries.length > 0 ? (
        <AuditTable entries={audit.data.entries} caption={t('audit.caption')} />
      ) : null}
      <Pager
        page={page}
        pages={pages}
        onPage={(n) => {
          const next = new URLSearchParams(params);
          next.set('page', String(n));
          setParams(next);
        }}
      />
    </section>
  );
}
