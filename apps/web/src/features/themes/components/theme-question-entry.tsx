import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { paths } from '../../../config/paths';
import { useAuth } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';

const ThemeQuestionForm = lazy(() =>
  import('./theme-question-form').then((module) => ({ default: module.ThemeQuestionForm })),
);

/**
 * Where a theme's page offers to ask a question: a visitor is invited to log in, a signed-in
 * proposer gets the form (loaded on demand), city staff get nothing.
 */
export function ThemeQuestionEntry({ themeId }: { themeId: string }) {
  const t = useT(themesMessages);
  const { user } = useAuth();
  if (user === undefined) {
    return null;
  }
  if (user === null) {
    return (
      <p>
        <Link to={`${paths.login}?next=${encodeURIComponent(paths.theme(themeId))}`}>
          {t('qa.loginToAsk')}
        </Link>
      </p>
    );
  }
  if (user.role !== 'proposer') {
    return null;
  }
  return (
    <Suspense fallback={null}>
      <ThemeQuestionForm themeId={themeId} />
    </Suspense>
  );
}
