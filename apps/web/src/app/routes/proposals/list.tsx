import { useState } from 'react';
import { Link } from 'react-router';
import type { ProposalSummary } from '@kyoso/contracts/proposals';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { StepProgress } from '../../../features/workflow/components/step-progress';
import { api } from '../../../lib/api-client';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { formatDate, formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { useApi } from '../../../lib/use-api';

type ListResponse = { proposals: ProposalSummary[]; total: number };

function ProposalList() {
  const scope = 'mine';
  const t = useT(appMessages);
  const { l, language } = useI18n();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const key = `${scope}-${page}`;
  const state = useApi(
    (signal) =>
      api<ListResponse>(`/api/proposals?scope=${scope}&page=${page}&pageSize=${pageSize}`, {
        signal,
      }),
    key,
  );
  const pages = Math.max(1, Math.ceil((state.data?.total ?? 0) / pageSize));
  return (
    <>
      <PageTitle>{t('nav.myProposals')}</PageTitle>
      <p>
        <Link className="button" to={paths.newProposal}>
          {language === 'ja' ? '新しい提案を始める' : 'Start a new proposal'}
        </Link>
      </p>
      {state.loading && !state.data ? <Loading /> : null}
      {state.error ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.data && state.data.proposals.length === 0 ? (
        <p>{language === 'ja' ? '提案はまだありません。' : 'No proposals yet.'}</p>
      ) : null}
      <ul className="proposal-list">
        {state.data?.proposals.map((p) => (
          <li key={p.id} className="card proposal-card">
            <h2 className="proposal-card__title">
              <Link to={p.status === 'draft' ? paths.editProposal(p.id) : paths.proposal(p.id)}>
                {p.title || (language === 'ja' ? '（無題の提案）' : '(untitled)')}
              </Link>
            </h2>
            <p className="proposal-card__meta">
              {p.referenceNumber ?? (language === 'ja' ? '下書き' : 'Draft')}
            </p>
            <p className="proposal-card__status">
              <strong>{l(p.statusLabel)}</strong>
              {p.leadDepartment ? ` ・ ${l(p.leadDepartment.name)}` : ''}
            </p>
            <StepProgress step={p.step} />
            <dl className="facts facts--inline">
              {p.dueDate ? (
                <>
                  <dt>{language === 'ja' ? '予定日' : 'Expected by'}</dt>
                  <dd>{formatDate(p.dueDate, language)}</dd>
                </>
              ) : null}
              <dt>{language === 'ja' ? '最終更新' : 'Updated'}</dt>
              <dd>{formatDateTime(p.updatedAt, language)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t('common.page', { page, pages })}>
          <button
            type="button"
            className="button button--ghost"
            disabled={page <= 1}
            onClick={() => setPage(page - 1)}
          >
            {t('common.previous')}
          </button>
          <span>{t('common.page', { page, pages })}</span>
          <button
            type="button"
            className="button button--ghost"
            disabled={page >= pages}
            onClick={() => setPage(page + 1)}
          >
            {t('common.next')}
          </button>
        </nav>
      ) : null}
    </>
  );
}

export function MyProposalsPage() {
  return (
    <RequireAuth roles={['proposer']}>
      <ProposalList />
    </RequireAuth>
  );
}
