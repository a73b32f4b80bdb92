import type { ReactNode } from 'react';
import { auditActionLabel } from '@kyoso/contracts/audit-text';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';
import type { AuditEntry } from '../api/get-audit';
import '../../../styles/admin-pages.css';

/** A cell; on a phone the row becomes a card and each cell shows its column's name. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell">
      <span className="audit-table__label" aria-hidden="true">
        {label}
      </span>
      <div className="audit-table__value">{children}</div>
    </td>
  );
}

/** An action in the reader's words, its code beside it (administrators search by it). */
function ActionName({ action }: { action: string }) {
  const t = useT(adminMessages);
  const tw = useT(workflowMessages);
  const label = auditActionLabel(action, { admin: t, workflow: tw });
  if (!label) {
    return <code>{action}</code>;
  }
  return (
    <>
      <span className="audit-table__action">{label}</span>
      <code className="audit-table__meta" title={t('audit.actionCode', { code: action })}>
        {action}
      </code>
    </>
  );
}

/** One page of the audit log: a table on a wide screen, one card per entry on a phone. */
export function AuditTable({
  entries,
  caption,
}: {
  entries: readonly AuditEntry[];
  caption: string;
}) {
  const t = useT(adminMessages);
  const tw = useT(workflowMessages);
  const { l, language } = useI18n();
  const columns = {
    at: t('audit.column.at'),
    action: t('audit.column.action'),
    person: t('audit.column.person'),
    subject: t('audit.column.subject'),
    details: t('audit.column.details'),
  };
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={caption}>
      {/* Explicit roles keep the table's meaning when a phone shows its rows as cards. */}
      <table className="table audit-table" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {Object.values(columns).map((name) => (
              <th key={name} scope="col" role="columnheader">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {entries.map((e) => (
            <tr key={e.id} role="row">
              <Cell label={columns.at}>
                <time dateTime={e.at}>{formatDateTime(e.at, language)}</time>
              </Cell>
              <Cell label={columns.action}>
                <span className={`audit-table__kind audit-table__kind--${e.kind}`}>
                  {t(`audit.kind.${e.kind}`)}
                </span>{' '}
                <ActionName action={e.action} />
              </Cell>
              <Cell label={columns.person}>
                {e.actor ? (
                  <>
                    {e.actor.name ?? ''}
                    {e.actor.role ? (
                      <span className="audit-table__meta">{tw(`role.${e.actor.role}`)}</span>
                    ) : null}
                    {e.actor.department ? (
                      <span className="audit-table__meta">{l(e.actor.department.name)}</span>
                    ) : null}
                  </>
                ) : (
                  t('audit.system')
                )}
                {e.ip ? <span className="audit-table__meta">{e.ip}</span> : null}
              </Cell>
              <Cell label={columns.subject}>
                {e.proposal?.referenceNumber ? (
                  <span className="audit-table__reference">{e.proposal.referenceNumber}</span>
                ) : null}
                {e.department ? (
                  <span className="audit-table__reference">{l(e.department.name)}</span>
                ) : null}
                <span className="audit-table__meta">
                  {e.subjectType}
                  {e.subjectId ? `: ${e.subjectId}` : ''}
                </span>
              </Cell>
              <Cell label={columns.details}>
                {e.details.length > 0 ? (
                  <dl className="audit-table__details">
                    {e.details.map((d) => (
                      <div key={d.key}>
                        <dt>{d.key}</dt>
                        <dd>{d.value}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
