import { useSearchParams } from 'react-router';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading } from '../../../components/ui/feedback';
import {
  StartOnTheme,
  StartProposal,
} from '../../../features/proposal-form/components/start-proposal';
import { useTheme } from '../../../features/themes/api/get-theme';
import { isApiError } from '../../../lib/api-client';
import { NotFoundPage } from '../not-found';

function StartWithTheme({ themeId }: { themeId: string }) {
  const theme = useTheme(themeId);
  if (theme.isError) {
    return isApiError(theme.error) && (theme.error.status === 404 || theme.error.status === 400) ? (
      <NotFoundPage />
    ) : (
      <LoadError error={theme.error} onRetry={() => void theme.refetch()} />
    );
  }
  if (theme.isPending) {
    return <Loading />;
  }
  return <StartOnTheme theme={theme.data.theme} />;
}

/** Start a proposal: on the theme given in `?theme=`, or a free proposal. */
export function NewProposalPage() {
  const [params] = useSearchParams();
  const themeId = params.get('theme');
  return (
    <RequireAuth roles={['proposer']}>
      {themeId ? <StartWithTheme themeId={themeId} /> : <StartProposal />}
    </RequireAuth>
  );
}
