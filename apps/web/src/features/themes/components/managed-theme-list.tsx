import { Link } from 'react-router';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import type { ThemeStatus } from '@kyoso/contracts/theme-constants';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useManagedThemes } from '../api/get-managed-themes';

/** The department's own themes, or the desk's review queue (`status` = in_review). */
export function ManagedThemeList({ status }: { status?: ThemeStatus }) {
  const t = useT(themesMessages);
  const { l, language } = useI18n();
  const themes = useManagedThemes(status ? { status } : {});
  if (themes.isPending) {
    return <Loading />;
  }
  if (themes.isError) {
    return <LoadError error={themes.error} onRetry={() => void themes.refetch()} />;
  }
  if (themes.data.themes.length === 0) {
    return <p>{t('staff.none')}</p>;
  }
  return (
    <ul className="card-list">
      {themes.data.themes.map((theme) => (
        <li key={theme.id} className="card theme-card">
          <p className="theme-card__meta">
            <span className={`badge badge--theme-${theme.status}`}>
              {t(`status.${theme.status}`)}
            </span>
            <span>{l(theme.department.name)}</span>
          </p>
          <h2 className="theme-card__title">
            <Link to={paths.staffTheme(theme.id)}>{theme.title}</Link>
          </h2>
          <p>
            {t('card.period', {
              opens: formatDate(theme.opensOn, language),
              closes: theme.closesOn
                ? formatDate(theme.closesOn, language)
                : t('card.noClosingDate'),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
