import { useParams } from 'react-router';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useProposal } from '../../../features/proposal-form/api/get-proposal';
import { Receipt } from '../../../features/proposal-form/components/receipt';
import { isApiError } from '../../../lib/api-client';
import { NotFoundPage } from '../not-found';

function ReceiptOf({ id }: { id: string }) {
  const proposal = useProposal(id);
  if (proposal.isError) {
    return isApiError(proposal.error) &&
      (proposal.error.status === 404 || proposal.error.status === 400) ? (
      <NotFoundPage />
    ) : (
      <LoadError error={proposal.error} onRetry={() => void proposal.refetch()} />
    );
  }
  if (proposal.isPending) {
    return <Loading />;
  }
  return <Receipt proposal={proposal.data.proposal} />;
}

/** The receipt shown right after submitting (and printable later). */
export function ReceiptPage() {
  const { id = '' } = useParams();
  return (
    <RequireAuth roles={['proposer']}>
      <ReceiptOf id={id} />
    </RequireAuth>
  );
}
