import type { ReactNode } from 'react';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import type { Proposal } from '@kyoso/contracts/proposals';
import { formatList } from '@kyoso/i18n/format';
import { formatDate, formatDateTime, formatNumber, useI18n, useT } from '../../../lib/i18n';

/**
 * Where the proposal stands: its status in the reader's terms (city staff also see the internal
 * one), the STEPs, what comes next, the due date, the departments and when it was received.
 */
export function StatusPanel({
  proposal,
  audience,
  progress,
}: {
  proposal: Proposal;
  audience: 'proposer' | 'staff';
  /** The STEP progress bar. */
  progress: ReactNode;
}) {
  const t = useT(caseMessages);
  const { l, language } = useI18n();
  const staff = audience === 'staff';
  return (
    <div className="status-box" aria-live="polite">
      <p className="status-box__label">
        <span className="muted">{t('status.current')}</span>
        <strong>{l(proposal.statusLabel)}</strong>
        {staff ? <span className="badge">{l(proposal.staffStatusLabel)}</span> : null}
      </p>
      {progress}
      <dl className="facts facts--inline">
        {proposal.nextAction ? (
          <>
            <dt>{t('status.next')}</dt>
            <dd>{l(proposal.nextAction)}</dd>
          </>
        ) : null}
        {proposal.dueDate ? (
          <>
            <dt>{t('status.dueDate')}</dt>
            <dd>{formatDate(proposal.dueDate, language)}</dd>
          </>
        ) : null}
        {proposal.leadDepartment ? (
          <>
            <dt>{t('status.department')}</dt>
            <dd>{l(proposal.leadDepartment.name)}</dd>
          </>
        ) : null}
        {proposal.supportingDepartments.length > 0 ? (
          <>
            <dt>{t('status.supporting')}</dt>
            <dd>
              {formatList(
                proposal.supportingDepartments.map((d) => l(d.name)),
                language,
              )}
            </dd>
          </>
        ) : null}
        {staff && proposal.transferCount > 0 ? (
          <>
            <dt>{t('staff.transfers')}</dt>
            <dd>{formatNumber(proposal.transferCount, language)}</dd>
          </>
        ) : null}
        {proposal.submittedAt ? (
          <>
            <dt>{t('status.submittedAt')}</dt>
            <dd>{formatDateTime(proposal.submittedAt, language)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
