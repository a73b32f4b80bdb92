import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { Proposal } from '@kyoso/contracts/proposals';
import { Alert } from '../../../components/ui/feedback';
import { useT } from '../../../lib/i18n';

/** How the proposal ended: the reasons it was declined, or the next stage it went on to. */
export function DecisionNotice({
  proposal,
}: {
  proposal: Pick<Proposal, 'status' | 'declineReason' | 'declineReasonCodes' | 'outcome'>;
}) {
  const t = useT(caseMessages);
  const tw = useT(workflowMessages);
  return (
    <>
      {proposal.status === 'declined' && proposal.declineReason ? (
        <Alert kind="warning" title={t('declined.title')}>
          <ul>
            {(proposal.declineReasonCodes ?? []).map((code) => (
              <li key={code}>{tw(`declineReason.${code}`)}</li>
            ))}
          </ul>
          <p className="prewrap">{proposal.declineReason}</p>
        </Alert>
      ) : null}
      {proposal.outcome ? <Alert kind="success">{tw(`outcome.${proposal.outcome}`)}</Alert> : null}
    </>
  );
}
