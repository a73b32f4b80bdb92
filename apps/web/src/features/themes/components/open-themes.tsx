import { Link } from 'react-router';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';
import { useThemes } from '../api/get-themes';
import { ThemeCard } from './theme-card';

/** The first three open themes, for the home page. */
export function OpenThemes() {
  const t = useT(themesMessages);
  const themes = useThemes({ window: 'open' });
  const shown = themes.data?.themes.slice(0, 3) ?? [];
  return (
    <section aria-labelledby="open-themes-heading">
      <h2 id="open-themes-heading">{t('home.open')}</h2>
      {themes.data && shown.length === 0 ? <p>{t('home.none')}</p> : null}
      <ul className="theme-list">
        {shown.map((theme) => (
          <ThemeCard key={theme.id} theme={theme} />
        ))}
      </ul>
      <p>
        <Link to={paths.themes}>{t('home.all')}</Link>
      </p>
    </section>
  );
}
