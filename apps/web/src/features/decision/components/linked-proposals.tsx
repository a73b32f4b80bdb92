import { Link } from 'react-router';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Proposal } from '@kyoso/contracts/proposals';
import { paths } from '../../../config/paths';
import { formatDateTime, useI18n, useT } from '../../../lib/i18n';

/**
 * The link a resubmission makes, on both proposals: the new one names the declined one it came
 * from, with the reasons it was declined; the declined one names the new one.
 */
export function LinkedProposals({
  proposal,
}: {
  proposal: Pick<Proposal, 'previous' | 'resubmittedAs'>;
}) {
  const t = useT(recordsMessages);
  const tw = useT(workflowMessages);
  const { language } = useI18n();
  const { previous, resubmittedAs } = proposal;
  if (!previous && !resubmittedAs) {
    return null;
  }
  const reference = (value: string | null) => value ?? t('decision.linked.noReference');
  return (
    <>
      {previous ? (
        <aside className="alert alert--info" aria-labelledby="linked-previous-heading">
          <h2 id="linked-previous-heading" className="alert__title">
            {t('decision.linked.previous.title')}
          </h2>
          <div className="alert__body">
            <p>
              {t('decision.linked.previous.body', {
                reference: reference(previous.referenceNumber),
                date: formatDateTime(previous.closedAt, language),
              })}
            </p>
            {previous.declineReasonCodes.length > 0 || previous.declineReason ? (
              <>
                <p>
                  <strong>{t('decision.linked.previous.reasons')}</strong>
                </p>
                <ul>
                  {previous.declineReasonCodes.map((code) => (
                    <li key={code}>{tw(`declineReason.${code}`)}</li>
                  ))}
                </ul>
                {previous.declineReason ? (
                  <p className="prewrap">{previous.declineReason}</p>
                ) : null}
              </>
            ) : null}
            <p>
              <Link to={paths.proposal(previous.id)}>
                {t('decision.linked.previous.open', {
                  reference: reference(previous.referenceNumber),
                })}
              </Link>
            </p>
          </div>
        </aside>
      ) : null}
      {resubmittedAs ? (
        <aside className="alert alert--info" aria-labelledby="linked-next-heading">
          <h2 id="linked-next-heading" className="alert__title">
            {t('decision.linked.next.title')}
          </h2>
          <div className="alert__body">
            <p>
              {t('decision.linked.next.body', {
                reference: reference(resubmittedAs.referenceNumber),
              })}
            </p>
            <p>
              <Link to={paths.proposal(resubmittedAs.id)}>{t('decision.linked.next.open')}</Link>
            </p>
          </div>
        </aside>
      ) : null}
    </>
  );
}
