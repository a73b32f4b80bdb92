import { useNavigate } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { Alert } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { useResubmitMutation } from '../api/resubmit-proposal';

/**
 * A declined proposer's way forward (`can.resubmit`): a new draft started from this proposal,
 * linked to it, opened for editing.
 */
export function ResubmitPanel({ proposalId }: { proposalId: string }) {
  const t = useT(recordsMessages);
  const ta = useT(appMessages);
  const navigate = useNavigate();
  const resubmit = useResubmitMutation(proposalId);
  return (
    <section className="card" aria-labelledby="resubmit-heading">
      <h2 id="resubmit-heading">{t('decision.resubmit.title')}</h2>
      <p>{t('decision.resubmit.intro')}</p>
      {resubmit.isError ? (
        <Alert kind="error">
          {isApiError(resubmit.error) ? resubmit.error.message : ta('error.generic.body')}
        </Alert>
      ) : null}
      <p>
        <button
          type="button"
          className="button"
          disabled={resubmit.isPending}
          onClick={() =>
            // The answer opens the new draft even though this panel goes away once the declined
            // proposal is read again (it no longer offers a resubmission).
            void resubmit
              .mutateAsync()
              .then((answer) => navigate(paths.editProposal(answer.proposal.id)))
              .catch(() => undefined)
          }
        >
          {resubmit.isPending ? ta('common.sending') : t('decision.resubmit.button')}
        </button>
      </p>
    </section>
  );
}
