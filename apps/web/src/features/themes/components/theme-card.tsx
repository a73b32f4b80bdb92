import { Link } from 'react-router';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import type { ThemeSummary } from '@kyoso/contracts/themes';
import { paths } from '../../../config/paths';
import { formatDate, useI18n, useT } from '../../../lib/i18n';

/** A theme in a list: window, policy area, title, summary, department and dates. */
export function ThemeCard({ theme }: { theme: ThemeSummary }) {
  const td = useT(domainMessages);
  const t = useT(themesMessages);
  const { l, language } = useI18n();
  return (
    <li className="card theme-card">
      <p className="theme-card__meta">
        <span className={`badge badge--window-${theme.window}`}>
          {td(`themeWindow.${theme.window}`)}
        </span>
        <span>{td(`policyArea.${theme.policyArea}`)}</span>
      </p>
      <h2 className="theme-card__title">
        <Link to={paths.theme(theme.id)}>{theme.title}</Link>
      </h2>
      <p>{theme.summary}</p>
      <dl className="facts facts--inline">
        <dt>{t('card.department')}</dt>
        <dd>{l(theme.department.fullName)}</dd>
        <dt>{t('card.window')}</dt>
        <dd>
          {t('card.period', {
            opens: formatDate(theme.opensOn, language),
            closes: theme.closesOn ? formatDate(theme.closesOn, language) : t('card.noClosingDate'),
          })}
        </dd>
      </dl>
    </li>
  );
}
