import { useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useTheme } from '../../../features/themes/api/get-theme';
import { ThemeCases } from '../../../features/results/components/theme-cases';
import { ThemeDetails } from '../../../features/themes/components/theme-details';
import { isApiError } from '../../../lib/api-client';
import { NotFoundPage } from '../not-found';

/** One published theme (an unknown or unpublished one is "not found"). */
export function ThemePage() {
  const { id = '' } = useParams();
  const theme = useTheme(id);
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
  return (
    <>
      <ThemeDetails theme={theme.data.theme} />
      <ThemeCases themeId={theme.data.theme.id} />
    </>
  );
}
