import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { Theme } from '@kyoso/contracts/themes';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { Alert, LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { api, isApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

/** Start a proposal: on the theme given in `?theme=`, or a free proposal. */
function NewProposal() {
  const { language } = useI18n();
  const ja = language === 'ja';
  const [params] = useSearchParams();
  const themeId = params.get('theme');
  const navigate = useNavigate();
  const theme = useApi(
    (signal) => api<{ theme: Theme }>(`/api/themes/${themeId}`, { signal }),
    themeId,
  );
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  // A double click starts one draft, not two.
  const key = useMemo(() => `start-${crypto.randomUUID()}`, []);

  async function start(kind: 'theme' | 'free') {
    setStarting(true);
    setError(null);
    try {
      const res = await api<{ proposal: Proposal }>('/api/proposals', {
        method: 'POST',
        headers: { 'Idempotency-Key': `${key}-${kind}` },
        body: kind === 'theme' && themeId ? { kind, themeId } : { kind: 'free' },
      });
      void navigate(paths.editProposal(res.proposal.id), { replace: true });
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
      setStarting(false);
    }
  }

  if (themeId) {
    if (theme.error) {
      return <LoadError error={theme.error} />;
    }
    if (!theme.data) {
      return <Loading />;
    }
    const t = theme.data.theme;
    return (
      <div className="narrow">
        <PageTitle
          lead={
            ja
              ? '課題設定型（テーマ型）の提案を始めます。入力は自動で保存され、いつでも中断して再開できます。'
              : 'You are starting a theme-based proposal. Your work is saved automatically: you can stop and come back at any time.'
          }
        >
          {ja ? 'テーマに提案する' : 'Propose on a theme'}
        </PageTitle>
        <div className="card">
          <h2>{t.title}</h2>
          <p>{t.summary}</p>
        </div>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {t.window === 'open' ? (
          <button
            type="button"
            className="button button--large"
            disabled={starting}
            onClick={() => void start('theme')}
          >
            {ja ? 'このテーマへの提案を始める' : 'Start the proposal'}
          </button>
        ) : (
          <Alert kind="info">
            {ja
              ? 'このテーマは現在募集していません。自由提案としてご提案ください。'
              : 'This theme is not open now. Send a free proposal instead.'}
          </Alert>
        )}
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageTitle
        lead={
          ja
            ? '入力は自動で保存され、いつでも中断して再開できます。'
            : 'Your work is saved automatically: you can stop and come back at any time.'
        }
      >
        {ja ? '提案を始める' : 'Start a proposal'}
      </PageTitle>
      {error ? <Alert kind="error">{error}</Alert> : null}
      <div className="card">
        <h2>{ja ? '自由提案型（フリー型）' : 'Free proposal'}</h2>
        <p>
          {ja
            ? 'テーマにとらわれず、見つけた地域の課題とその解決策を提案します。'
            : 'Bring a local problem you found and your solution.'}
        </p>
        <button
          type="button"
          className="button"
          disabled={starting}
          onClick={() => void start('free')}
        >
          {ja ? '自由提案を始める' : 'Start a free proposal'}
        </button>
      </div>
      <div className="card">
        <h2>{ja ? '課題設定型（テーマ型）' : 'Theme-based proposal'}</h2>
        <p>
          {ja
            ? '市が公開しているテーマから選んで提案します。'
            : 'Answer a theme the city has published.'}
        </p>
        <Link className="button button--secondary" to={paths.themes}>
          {ja ? 'テーマを選ぶ' : 'Choose a theme'}
        </Link>
      </div>
    </div>
  );
}

export function NewProposalPage() {
  return (
    <RequireAuth roles={['proposer']}>
      <NewProposal />
    </RequireAuth>
  );
}
