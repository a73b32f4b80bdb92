import { Link } from 'react-router';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import type { Theme } from '@kyoso/contracts/themes';
import { Alert, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { formatDate, useI18n, useT } from '../../../lib/i18n';

const SECTIONS = ['background', 'problem', 'outcomeWanted', 'resourcesOffered'] as const;

/** A published theme: what it is about, who holds it, and how to propose on it. */
export function ThemeDetails({ theme }: { theme: Theme }) {
  const t = useT(themesMessages);
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  return (
    <article>
      <p className="breadcrumb">
        <Link to={paths.themes}>{t('theme.breadcrumb')}</Link>
      </p>
      <PageTitle lead={theme.summary}>{theme.title}</PageTitle>
      <dl className="facts">
        <dt>{t('list.window')}</dt>
        <dd>
          <span className={`badge badge--window-${theme.window}`}>
            {td(`themeWindow.${theme.window}`)}
          </span>
        </dd>
        <dt>{t('card.window')}</dt>
        <dd>
          {t('card.period', {
            opens: formatDate(theme.opensOn, language),
            closes: theme.closesOn ? formatDate(theme.closesOn, language) : t('card.noClosingDate'),
          })}
        </dd>
        <dt>{t('card.department')}</dt>
        <dd>{l(theme.department.fullName)}</dd>
        <dt>{t('list.policyArea')}</dt>
        <dd>{td(`policyArea.${theme.policyArea}`)}</dd>
      </dl>
      {SECTIONS.filter((name) => theme[name].trim().length > 0).map((name) => (
        <section key={name} className="proposal-section">
          <h2>{t(`theme.${name}`)}</h2>
          <p className="prewrap">{theme[name]}</p>
        </section>
      ))}
      {theme.window === 'open' ? (
        <p>
          <Link className="button button--large" to={`${paths.newProposal}?theme=${theme.id}`}>
            {t('theme.propose')}
          </Link>
        </p>
      ) : (
        <Alert kind="info">
          {t(theme.window === 'closed' ? 'theme.closed' : 'theme.upcoming')}{' '}
          <Link to={paths.newProposal}>{t('freeProposal')}</Link>
        </Alert>
      )}
    </article>
  );
}
