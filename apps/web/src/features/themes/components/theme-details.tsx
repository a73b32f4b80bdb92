import { Link } from 'react-router';
import { tokyoDate } from '@kyoso/calendar/dates';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import type { Theme } from '@kyoso/contracts/themes';
import { Alert, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { themeText } from '../theme-text';
import { ThemeQuestionEntry } from './theme-question-entry';

const SECTIONS = [
  'background',
  'problem',
  'whoIsAffected',
  'evidence',
  'outcomeWanted',
  'resourcesOffered',
] as const;

/**
 * A published theme: what it is about, who holds it, what the city offers, its amendments, the
 * answered questions, how many proposals it has received, and how to propose on it. On English
 * pages it shows the department's English version, or says the theme is in Japanese.
 */
export function ThemeDetails({ theme, embedded = false }: { theme: Theme; embedded?: boolean }) {
  const t = useT(themesMessages);
  const td = useT(domainMessages);
  const { l, language } = useI18n();
  const text = themeText(theme, language);
  return (
    <article>
      {embedded ? null : (
        <>
          <p className="breadcrumb">
            <Link to={paths.themes}>{t('theme.breadcrumb')}</Link>
          </p>
          <div lang={text.lang}>
            <PageTitle lead={text.summary}>{text.title}</PageTitle>
          </div>
        </>
      )}
      {text.inJapanese ? <Alert kind="info">{t('theme.inJapanese')}</Alert> : null}
      {theme.closedEarly ? (
        <Alert
          kind="warning"
          title={t('theme.closedEarly', { date: formatDate(theme.closedEarly.closedOn, language) })}
        >
          <p className="prewrap">{theme.closedEarly.reason}</p>
        </Alert>
      ) : null}
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
        <dt>{t('theme.contact')}</dt>
        <dd>{l(theme.contactDepartment.fullName)}</dd>
        <dt>{t('list.policyArea')}</dt>
        <dd>{td(`policyArea.${theme.policyArea}`)}</dd>
        <dt>{t('theme.budget')}</dt>
        <dd>{t(`budget.${theme.budget}`)}</dd>
        <dt>{t('theme.proposals')}</dt>
        <dd>{t('theme.proposalCount', { count: theme.proposalCount })}</dd>
      </dl>
      {theme.amendments.length > 0 ? (
        <section className="proposal-section">
          <h2>{t('theme.amendments')}</h2>
          <ul>
            {theme.amendments.map((a) => (
              <li key={a.id}>
                <strong>{t('theme.amendedOn', { date: formatDate(a.amendedOn, language) })}</strong>{' '}
                <span className="prewrap" lang="ja">
                  {a.text}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {text.english && theme.textEn ? (
        <section className="proposal-section" lang="en">
          <h2>{t('theme.englishText')}</h2>
          <p className="prewrap">{theme.textEn}</p>
        </section>
      ) : (
        <div lang="ja">
          {SECTIONS.filter((name) => theme[name].trim().length > 0).map((name) => (
            <section key={name} className="proposal-section">
              <h2 lang={text.pageLang}>{t(`theme.${name}`)}</h2>
              <p className="prewrap">{theme[name]}</p>
            </section>
          ))}
        </div>
      )}
      {theme.resources.length > 0 ? (
        <section className="proposal-section">
          <h2>{t('theme.resources')}</h2>
          <dl className="facts">
            {theme.resources.map((r) => (
              <div key={r.kind}>
                <dt>{t(`resource.${r.kind}`)}</dt>
                <dd lang="ja">{r.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {embedded ? null : theme.window === 'open' ? (
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
      {embedded ? null : (
        <section className="proposal-section">
          <h2>{t('qa.title')}</h2>
          {theme.questions.length === 0 ? (
            <p>{t('qa.none')}</p>
          ) : (
            <dl className="theme-qa">
              {theme.questions.map((q) => (
                <div key={q.id} className="card">
                  <dt>
                    <span className="badge">{t('qa.question')}</span>{' '}
                    <span className="prewrap">{q.question}</span>
                  </dt>
                  <dd>
                    <span className="badge">{t('qa.answer')}</span>{' '}
                    <span className="prewrap">{q.answer}</span>
                    <br />
                    <small>
                      {t('qa.answeredOn', {
                        date: formatDate(tokyoDate(new Date(q.answeredAt)), language),
                      })}
                    </small>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {theme.window === 'open' ? <ThemeQuestionEntry themeId={theme.id} /> : null}
        </section>
      )}
    </article>
  );
}
