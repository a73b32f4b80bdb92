import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { inboxMessages } from '@kyoso/i18n/catalogues/inbox';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { ProposalSummary } from '@kyoso/contracts/proposals';
import { paths } from '../../../config/paths';
import { formatDate, formatFiscalYear, useI18n, useT } from '../../../lib/i18n';
import { departmentState, showsAfterCutoff } from '../inbox-rules';
import { DueBadge } from './due-badge';
import '../../../styles/staff-pages.css';

/** A cell; on a phone the row becomes a card and each cell shows its column's name. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td role="cell">
      <span className="inbox-table__label" aria-hidden="true">
        {label}
      </span>
      <div className="inbox-table__value">{children}</div>
    </td>
  );
}

/** One page of the inbox: a table on a wide screen, a list of cards on a phone. */
export function InboxTable({
  proposals,
  isDesk,
  page,
  pages,
}: {
  proposals: readonly ProposalSummary[];
  isDesk: boolean;
  page: number;
  pages: number;
}) {
  const t = useT(inboxMessages);
  const tw = useT(workflowMessages);
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={t('table.label')}>
      {/* Explicit roles keep the table's meaning when a phone shows its rows as cards. */}
      <table className="table inbox-table" role="table">
        <caption className="visually-hidden">{t('table.caption', { page, pages })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('column.proposal')}
            </th>
            <th scope="col" role="columnheader">
              {t('column.status')}
            </th>
            <th scope="col" role="columnheader">
              {t('column.department')}
            </th>
            <th scope="col" role="columnheader">
              {t('column.due')}
            </th>
            {isDesk ? (
              <th scope="col" role="columnheader">
                {t('column.takenBy')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {proposals.map((p) => {
            const departments = departmentState(p);
            return (
              <tr
                key={p.id}
                role="row"
                className={p.dueState === 'overdue' ? 'inbox-table__row--overdue' : undefined}
              >
                <td role="cell" className="inbox-table__proposal">
                  <Link to={paths.proposal(p.id)} className="inbox-table__title">
                    {p.title}
                  </Link>
                  <span className="inbox-table__meta">
                    {[p.referenceNumber, p.organization.name, td(`kind.${p.kind}`), p.theme?.title]
                      .filter(Boolean)
                      .join(' ・ ')}
                  </span>
                  {p.calendarAssessment && showsAfterCutoff(p) ? (
                    <span className="badge badge--calendar-warning">
                      {t('row.afterCutoff', {
                        fiscalYear: formatFiscalYear(
                          p.calendarAssessment.earliestBudgetFiscalYear,
                          language,
                          'era',
                        ),
                      })}
                    </span>
                  ) : null}
                </td>
                <Cell label={t('column.status')}>
                  <span className="inbox-table__status">{l(p.staffStatusLabel)}</span>
                  <span className="inbox-table__meta">
                    {p.step === 'end' ? tw('step.end.name') : tw('step.label', { step: p.step })}
                  </span>
                </Cell>
                <Cell label={t('column.department')}>
                  {p.leadDepartment ? l(p.leadDepartment.name) : t('row.noDepartment')}
                  {p.departmentRole ? (
                    <span className="inbox-table__meta">
                      {t(p.departmentRole === 'lead' ? 'row.lead' : 'row.supporting')}
                    </span>
                  ) : null}
                  {p.transferCount > 0 ? (
                    <span className="badge badge--transfer">
                      {t('row.transfers', { count: p.transferCount })}
                    </span>
                  ) : null}
                  {departments?.kind === 'days' ? (
                    <span className="inbox-table__meta">
                      {t('row.daysWithoutDepartment', { count: departments.days })}
                    </span>
                  ) : null}
                  {departments?.kind === 'awaiting' ? (
                    <span className="inbox-table__meta">{t('row.awaitingAcceptance')}</span>
                  ) : null}
                </Cell>
                <Cell label={t('column.due')}>
                  {p.dueDate ? formatDate(p.dueDate, language) : t('row.noDueDate')}
                  <DueBadge state={p.dueState} />
                </Cell>
                {isDesk ? (
                  <Cell label={t('column.takenBy')}>
                    {p.assignedCoordinator?.name ?? t('row.nobody')}
                  </Cell>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
