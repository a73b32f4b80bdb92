import { Link } from 'react-router';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useThemes, type ThemesQuery } from '../api/get-themes';
import { ThemeCard } from './theme-card';

/** The themes matching a query, with their count announced to screen readers. */
export function ThemeList({ query }: { query: ThemesQuery }) {
  const t = useT(themesMessages);
  const themes = useThemes(query);
  if (themes.isPending) {
    return <Loading />;
  }
  if (themes.isError) {
    return <LoadError error={themes.error} onRetry={() => void themes.refetch()} />;
  }
  const count = themes.data.themes.length;
  return (
    <>
      <p role="status" aria-live="polite">
        {t('list.count', { count })}
      </p>
      {count === 0 ? (
        <p>
          {t('list.none')} <Link to={paths.newProposal}>{t('freeProposal')}</Link>
        </p>
      ) : null}
      <ul className="theme-list">
        {themes.data.themes.map((theme) => (
          <ThemeCard key={theme.id} theme={theme} />
        ))}
      </ul>
    </>
  );
}
