import { useParams } from 'react-router';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { LinkedProposals } from '../../../features/decision/components/linked-proposals';
import { useProposal } from '../../../features/proposal-form/api/get-proposal';
import { AlreadySubmitted } from '../../../features/proposal-form/components/already-submitted';
import { ProposalEditor } from '../../../features/proposal-form/components/proposal-editor';
import { isApiError } from '../../../lib/api-client';
import { NotFoundPage } from '../not-found';

function EditDraft({ id }: { id: string }) {
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
  if (proposal.data.proposal.status !== 'draft') {
    return <AlreadySubmitted id={id} />;
  }
  return (
    <ProposalEditor
      key={id}
      initial={proposal.data.proposal}
      notice={<LinkedProposals proposal={proposal.data.proposal} />}
    />
  );
}

/** The proposal form of a draft. */
export function EditProposalPage() {
  const { id = '' } = useParams();
  return (
    <RequireAuth roles={['proposer']}>
      <EditDraft id={id} />
    </RequireAuth>
  );
}
