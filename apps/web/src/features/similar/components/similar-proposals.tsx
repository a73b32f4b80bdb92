import { Link } from 'react-router';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useSimilar } from '../api/get-similar';
import { similarReasons } from './similar-reasons';

/**
 * The duplicate radar: proposals like this one, across departments and fiscal years, best first,
 * with why each matches and how it stands. One the reader may not open is "another proposal".
 */
export function SimilarProposals({ proposalId }: { proposalId: string }) {
  const t = useT(caseMessages);
  const tw = useT(workflowMessages);
  const similar = useSimilar(proposalId);
  return (
    <section className="card" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('staff.similar.title')}</h2>
      <p className="muted">{t('staff.similar.lead')}</p>
      {similar.isPending ? <Loading /> : null}
      {similar.isError ? (
        <LoadError error={similar.error} onRetry={() => void similar.refetch()} />
      ) : null}
      {similar.data && similar.data.similar.length === 0 ? <p>{t('staff.similar.none')}</p> : null}
      {similar.data && similar.data.similar.length > 0 ? (
        <ul className="similar-list">
          {similar.data.similar.map((item, index) => (
            <li key={item.id ?? `hidden-${index}`}>
              <p>
                {item.id ? (
                  <Link to={paths.proposal(item.id)}>
                    {item.referenceNumber ? `${item.referenceNumber} ` : ''}
                    {item.title || t('proposal.untitled')}
                  </Link>
                ) : (
                  <span>{t('staff.similar.hidden')}</span>
                )}
              </p>
              <p className="muted">
                {tw(`status.${item.status}.staff`)}
                {item.fiscalYear
                  ? ` · ${t('staff.similar.fiscalYear', { year: item.fiscalYear })}`
                  : ''}
              </p>
              <ul className="similar-reasons">
                {similarReasons(item.reasons, t('staff.similar.separator')).map((reason) => (
                  <li key={reason.key}>
                    {'vars' in reason ? t(reason.key, reason.vars) : t(reason.key)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
