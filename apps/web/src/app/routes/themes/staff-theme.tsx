import { useParams } from 'react-router';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useManagedTheme } from '../../../features/themes/api/get-managed-theme';
import { ManagedTheme } from '../../../features/themes/components/managed-theme';
import { isApiError } from '../../../lib/api-client';
import { NotFoundPage } from '../not-found';

function StaffThemeContent() {
  const { id = '' } = useParams();
  const managed = useManagedTheme(id);
  if (managed.isError) {
    return isApiError(managed.error) && [400, 404].includes(managed.error.status) ? (
      <NotFoundPage />
    ) : (
      <LoadError error={managed.error} onRetry={() => void managed.refetch()} />
    );
  }
  if (managed.isPending) {
    return <Loading />;
  }
  return <ManagedTheme managed={managed.data.managed} />;
}

/** One theme for its department (write, submit, amend, close, answer) or the desk (review). */
export function StaffThemePage() {
  return (
    <RequireAuth roles={['department', 'coordinator']}>
      <StaffThemeContent />
    </RequireAuth>
  );
}
