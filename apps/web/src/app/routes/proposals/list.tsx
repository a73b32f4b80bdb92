import { appMessages } from '@kyoso/i18n/catalogues/app';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { MyProposalList } from '../../../features/my-proposals/components/my-proposal-list';
import { StepProgress } from '../../../features/workflow/components/step-progress';
import { useT } from '../../../lib/i18n';

/** A proposer's proposals (those of their organisation). */
export function MyProposalsPage() {
  const t = useT(appMessages);
  return (
    <RequireAuth roles={['proposer']}>
      <PageTitle>{t('nav.myProposals')}</PageTitle>
      <MyProposalList progress={(p) => <StepProgress step={p.step} />} />
    </RequireAuth>
  );
}
