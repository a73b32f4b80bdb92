import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { LANGUAGE_AUTONYMS, LANGUAGES, LANGUAGE_TAGS } from '@kyoso/i18n/languages';
import { paths } from '../../config/paths';
import { API_DOCS_URL } from '../../lib/api-client';
import { useAuth } from '../../lib/auth';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useI18n, useT } from '../../lib/i18n';
import { useMeta } from '../../lib/meta';

type NavItem = {
  to: string;
  label: Exclude<keyof typeof appMessages.ja & `nav.${string}`, 'nav.loggedInAs'>;
  end?: boolean;
};

function navItems(role: string | undefined): NavItem[] {
  const common: NavItem[] = [
    { to: paths.themes, label: 'nav.themes' },
    { to: paths.cases, label: 'nav.cases' },
    { to: paths.statistics, label: 'nav.statistics' },
    { to: paths.guide, label: 'nav.guide' },
    { to: paths.calendar, label: 'nav.calendar' },
  ];
  switch (role) {
    case 'proposer':
      return [{ to: paths.proposals, label: 'nav.myProposals' }, ...common];
    case 'coordinator':
      return [
        { to: paths.inbox, label: 'nav.inbox' },
        { to: paths.routingReport, label: 'nav.routingReport' },
        { to: paths.staffThemes, label: 'nav.themeReview' },
        ...common,
      ];
    case 'department':
      return [
        { to: paths.inbox, label: 'nav.departmentInbox' },
        { to: paths.staffThemes, label: 'nav.departmentThemes' },
        ...common,
      ];
    case 'admin':
      return [
        { to: paths.adminUsers, label: 'nav.users' },
        { to: paths.adminNdaTemplates, label: 'nav.ndaTemplates' },
        { to: paths.adminCalendarSettings, label: 'nav.calendarSettings' },
        { to: paths.adminDepartments, label: 'nav.departments' },
        { to: paths.adminAudit, label: 'nav.audit' },
        ...common,
      ];
    default:
      return common;
  }
}

/** The interface language: one button for each of the other languages, named in its own. */
function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const t = useT(appMessages);
  const others = LANGUAGES.filter((l) => l !== language);
  return (
    <div className="language-switch" role="group" aria-label={t('app.languageMenu')}>
      {others.map((other) => (
        <button
          key={other}
          type="button"
          className="language-switch__button"
          onClick={() => {
            void setLanguage(other);
          }}
          lang={LANGUAGE_TAGS[other]}
          aria-label={LANGUAGE_AUTONYMS[other].switchTo}
        >
          {LANGUAGE_AUTONYMS[other].name}
        </button>
      ))}
    </div>
  );
}

export function AppLayout() {
  const tw = useT(workflowMessages);
  const t = useT(appMessages);
  const { l } = useI18n();
  const meta = useMeta();
  const devMailbox = meta?.devMailbox ?? false;
  const { user, logout } = useAuth();
  const navigate = useNavigate();

  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to={paths.home} className="brand">
            <span className="brand__mark" aria-hidden="true">
              k
            </span>
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <div className="header__tools">
            <LanguageSwitch />
            {user ? (
              <>
                <Link to={paths.account} className="header__user">
                  {t('nav.loggedInAs', { name: user.name, role: tw(`role.${user.role}`) })}
                </Link>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  onClick={() => {
                    void logout().then(() => navigate(paths.home));
                  }}
                >
                  {t('nav.logout')}
                </button>
              </>
            ) : user === null ? (
              <>
                <Link to={paths.login} className="button button--small button--ghost">
                  {t('nav.login')}
                </Link>
                <Link to={paths.register} className="button button--small">
                  {t('nav.register')}
                </Link>
              </>
            ) : (
              // Not known yet who is there: the visitor's two buttons take their place, unseen,
              // so that the header does not grow (and push the page down) when they appear.
              <span className="header__pending" aria-hidden="true">
                <span className="button button--small button--ghost">{t('nav.login')}</span>
                <span className="button button--small">{t('nav.register')}</span>
              </span>
            )}
          </div>
        </div>
        <nav className="nav" aria-label={t('app.mainNavigation')}>
          <ul className="nav__list">
            <li>
              <NavLink to={paths.home} end>
                {t('nav.home')}
              </NavLink>
            </li>
            {navItems(user?.role).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
            {devMailbox ? (
              <li>
                <NavLink to={paths.devMail} className="nav__dev">
                  {t('nav.devMail')}
                </NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
      </header>
      <main id="main" className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <p>{t('app.footer.city', { city: meta ? l(meta.cityName) : '' })}</p>
          <ul className="footer__links">
            <li>
              <Link to={paths.guide}>{t('app.footer.guide')}</Link>
            </li>
            <li>
              <Link to={paths.cases}>{t('nav.cases')}</Link>
            </li>
            <li>
              <Link to={paths.statistics}>{t('nav.statistics')}</Link>
            </li>
            <li>
              <Link to={`${paths.guide}#privacy`}>{t('app.footer.privacy')}</Link>
            </li>
            <li>
              <Link to={`${paths.guide}#terms`}>{t('app.footer.terms')}</Link>
            </li>
            <li>
              <a href={API_DOCS_URL}>{t('app.footer.api')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </div>
  );
}
