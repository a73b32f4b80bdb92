import { Link } from 'react-router';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import type { Proposal } from '@kyoso/contracts/proposals';
import { SCREENING_BUSINESS_DAYS } from '@kyoso/contracts/workflow';
import { Alert, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { formatBusinessDays, formatDate, formatDateTime, useI18n, useT } from '../../../lib/i18n';

const NEXT = ['receipt.next.1', 'receipt.next.2', 'receipt.next.3'] as const;

/** The receipt: reference number, what happens next, the first-check date and the calendar flag. */
export function Receipt({ proposal }: { proposal: Proposal }) {
  const t = useT(proposalFormMessages);
  const { l, language } = useI18n();
  const a = proposal.calendarAssessment;
  return (
    <div className="narrow receipt">
      <PageTitle>{t('receipt.title')}</PageTitle>
      <div className="card receipt__card">
        <p className="receipt__label">{t('receipt.number')}</p>
        <p className="receipt__number">{proposal.referenceNumber}</p>
        <dl className="facts">
          <dt>{t('receipt.proposal')}</dt>
          <dd>{proposal.title}</dd>
          <dt>{t('receipt.received')}</dt>
          <dd>{formatDateTime(proposal.submittedAt, language)}</dd>
          <dt>{t('receipt.firstCheck')}</dt>
          <dd>
            {t('receipt.firstCheckDue', {
              date: formatDate(a?.screeningDueDate ?? proposal.dueDate, language),
              days: formatBusinessDays(SCREENING_BUSINESS_DAYS, language),
            })}
          </dd>
          <dt>{t('receipt.status')}</dt>
          <dd>{l(proposal.statusLabel)}</dd>
        </dl>
      </div>
      {a?.flag ? (
        <Alert kind={a.flag.severity} title={t('receipt.calendar')}>
          {l(a.flag.message)}
        </Alert>
      ) : null}
      <h2>{t('receipt.next')}</h2>
      <ol>
        {NEXT.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
      <p>{t('receipt.mail')}</p>
      <div className="button-row">
        <Link className="button" to={paths.proposal(proposal.id)}>
          {t('receipt.see')}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
      </div>
    </div>
  );
}
