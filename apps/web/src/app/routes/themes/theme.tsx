import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { Link, useParams } from 'react-router';
import type { Theme } from '@kyoso/contracts/themes';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api, isApiError } from '../../../lib/api-client';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';
import { NotFoundPage } from '../not-found';

export function ThemePage() {
  const td = useT(domainMessages);
  const { id = '' } = useParams();
  const { l, language } = useI18n();
  const state = useApi((signal) => api<{ theme: Theme }>(`/api/themes/${id}`, { signal }), id);
  const ja = language === 'ja';
  if (
    state.error &&
    isApiError(state.error) &&
    (state.error.status === 404 || state.error.status === 400)
  ) {
    return <NotFoundPage />;
  }
  if (state.error) {
    return <LoadError error={state.error} onRetry={state.reload} />;
  }
  if (!state.data) {
    return <Loading />;
  }
  const theme = state.data.theme;
  const sections: Array<[string, string]> = [
    [ja ? '背景' : 'Background', theme.background],
    [ja ? '課題' : 'The problem', theme.problem],
    [ja ? '求める成果' : 'The outcome wanted', theme.outcomeWanted],
    [ja ? '市が提供できること' : 'What the city can offer', theme.resourcesOffered],
  ];
  return (
    <article>
      <p className="breadcrumb">
        <Link to={paths.themes}>{ja ? '募集テーマ' : 'Themes'}</Link>
      </p>
      <PageTitle lead={theme.summary}>{theme.title}</PageTitle>
      <dl className="facts">
        <dt>{ja ? '募集状況' : 'Window'}</dt>
        <dd>
          <span className={`badge badge--window-${theme.window}`}>
            {td(`themeWindow.${theme.window}`)}
          </span>
        </dd>
        <dt>{ja ? '募集期間' : 'Open'}</dt>
        <dd>
          {formatDate(theme.opensOn, language)} 〜{' '}
          {theme.closesOn ? formatDate(theme.closesOn, language) : ja ? '随時' : 'no closing date'}
        </dd>
        <dt>{ja ? '担当部署' : 'Department'}</dt>
        <dd>{l(theme.department.fullName)}</dd>
        <dt>{ja ? '分野' : 'Policy area'}</dt>
        <dd>{td(`policyArea.${theme.policyArea}`)}</dd>
      </dl>
      {sections
        .filter(([, text]) => text.trim().length > 0)
        .map(([title, text]) => (
          <section key={title} className="proposal-section">
            <h2>{title}</h2>
            <p className="prewrap">{text}</p>
          </section>
        ))}
      {theme.window === 'open' ? (
        <p>
          <Link className="button button--large" to={`${paths.newProposal}?theme=${theme.id}`}>
            {ja ? 'このテーマに提案する' : 'Propose on this theme'}
          </Link>
        </p>
      ) : (
        <Alert kind="info">
          {theme.window === 'closed'
            ? ja
              ? 'このテーマの募集は終了しました。関連するご提案は自由提案として受け付けています。'
              : 'This theme is closed. You can still send a related free proposal.'
            : ja
              ? 'このテーマの募集はまだ始まっていません。'
              : 'This theme is not open yet.'}{' '}
          <Link to={paths.newProposal}>{ja ? '自由提案をする' : 'Send a free proposal'}</Link>
        </Alert>
      )}
    </article>
  );
}
