import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ThemeSummary } from '@kyoso/contracts/themes';
import { POLICY_AREAS, THEME_WINDOWS } from '@kyoso/contracts/theme-constants';
import { SelectField, TextField } from '../../../components/ui/field';
import { LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api } from '../../../lib/api-client';
import { formatDate, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

export function ThemeCard({ theme }: { theme: ThemeSummary }) {
  const td = useT(domainMessages);
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
        <dt>{language === 'ja' ? '担当部署' : 'Department'}</dt>
        <dd>{l(theme.department.fullName)}</dd>
        <dt>{language === 'ja' ? '募集期間' : 'Open'}</dt>
        <dd>
          {formatDate(theme.opensOn, language)} 〜{' '}
          {theme.closesOn
            ? formatDate(theme.closesOn, language)
            : language === 'ja'
              ? '随時'
              : 'no closing date'}
        </dd>
      </dl>
    </li>
  );
}

/** Published themes: Japanese substring search (「見守り」 finds 「高齢者見守りサービス」) and filters. */
export function ThemesPage() {
  const td = useT(domainMessages);
  const { language } = useI18n();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const policyArea = params.get('policyArea') ?? '';
  const window = params.get('window') ?? '';
  const query = new URLSearchParams(
    Object.entries({ q: params.get('q') ?? '', policyArea, window }).filter(([, v]) => v !== ''),
  ).toString();
  const state = useApi(
    (signal) => api<{ themes: ThemeSummary[] }>(`/api/themes?${query}`, { signal }),
    query,
  );

  useEffect(() => setQ(params.get('q') ?? ''), [params]);

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) {
      next.set(key, value);
    } else {
      next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const ja = language === 'ja';
  const count = state.data?.themes.length ?? 0;

  return (
    <>
      <PageTitle
        lead={
          ja
            ? '市の部署が公開している課題（テーマ）です。テーマに対する解決策を提案できます。テーマにない提案は自由提案でどうぞ。'
            : 'Challenges the city’s departments have published. Propose your solution to one, or send a free proposal.'
        }
      >
        {ja ? '募集テーマ（課題設定型）' : 'Themes (theme-based proposals)'}
      </PageTitle>
      <form
        role="search"
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          update('q', q.trim());
        }}
      >
        <TextField
          label={ja ? 'キーワード' : 'Keywords'}
          name="q"
          type="search"
          value={q}
          onChange={setQ}
          hint={ja ? '例: 見守り、公園、救急' : 'e.g. 見守り (monitoring), 公園 (park)'}
        />
        <button type="submit" className="button">
          {ja ? '検索' : 'Search'}
        </button>
        <SelectField
          label={ja ? '分野' : 'Policy area'}
          name="policyArea"
          value={policyArea}
          onChange={(v) => update('policyArea', v)}
          placeholder={ja ? 'すべての分野' : 'All areas'}
          options={POLICY_AREAS.map((a) => ({ value: a, label: td(`policyArea.${a}`) }))}
        />
        <SelectField
          label={ja ? '募集状況' : 'Window'}
          name="window"
          value={window}
          onChange={(v) => update('window', v)}
          placeholder={ja ? 'すべて' : 'All'}
          options={THEME_WINDOWS.map((w) => ({ value: w, label: td(`themeWindow.${w}`) }))}
        />
      </form>
      {state.loading && !state.data ? <Loading /> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.data ? (
        <p role="status" aria-live="polite">
          {ja ? `${count}件のテーマ` : `${count} theme${count === 1 ? '' : 's'}`}
        </p>
      ) : null}
      {state.data && count === 0 ? (
        <p>
          {ja ? '条件に合うテーマはありません。' : 'No theme matches.'}{' '}
          <Link to={paths.newProposal}>{ja ? '自由提案をする' : 'Send a free proposal'}</Link>
        </p>
      ) : null}
      <ul className="theme-list">
        {state.data?.themes.map((theme) => (
          <ThemeCard key={theme.id} theme={theme} />
        ))}
      </ul>
    </>
  );
}
