import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { myProposalsMessages } from '@kyoso/i18n/catalogues/my-proposals';
import type { ProposalSummary } from '@kyoso/contracts/proposals';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { Pager } from '../../../components/ui/pager';
import { paths } from '../../../config/paths';
import { formatDate, formatDateTime, useI18n, useT } from '../../../lib/i18n';
import { MY_PROPOSALS_PAGE_SIZE, useMyProposals } from '../api/get-my-proposals';

function ProposalCard({
  proposal: p,
  progress,
}: {
  proposal: ProposalSummary;
  progress: (proposal: ProposalSummary) => ReactNode;
}) {
  const t = useT(myProposalsMessages);
  const { l, language } = useI18n();
  return (
    <li className="card proposal-card">
      <h2 className="proposal-card__title">
        <Link to={p.status === 'draft' ? paths.editProposal(p.id) : paths.proposal(p.id)}>
          {p.title || t('untitled')}
        </Link>
      </h2>
      <p className="proposal-card__meta">{p.referenceNumber ?? t('draft')}</p>
      <p className="proposal-card__status">
        <strong>{l(p.statusLabel)}</strong>
        {p.leadDepartment ? ` ・ ${l(p.leadDepartment.name)}` : ''}
      </p>
      {progress(p)}
      <dl className="facts facts--inline">
        {p.dueDate ? (
          <>
            <dt>{t('due')}</dt>
            <dd>{formatDate(p.dueDate, language)}</dd>
          </>
        ) : null}
        <dt>{t('updated')}</dt>
        <dd>{formatDateTime(p.updatedAt, language)}</dd>
      </dl>
    </li>
  );
}

/**
 * The organisation's proposals, a page at a time, each with its status and STEP (`progress`
 * draws the STEPs: the workflow feature's progress bar).
 */
export function MyProposalList({
  progress,
}: {
  progress: (proposal: ProposalSummary) => ReactNode;
}) {
  const t = useT(myProposalsMessages);
  const [page, setPage] = useState(1);
  const list = useMyProposals(page);
  if (list.isPending) {
    return <Loading />;
  }
  if (list.isError) {
    return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  }
  const pages = Math.max(1, Math.ceil(list.data.total / MY_PROPOSALS_PAGE_SIZE));
  return (
    <>
      <p>
        <Link className="button" to={paths.newProposal}>
          {t('new')}
        </Link>
      </p>
      {list.data.proposals.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="proposal-list">
        {list.data.proposals.map((p) => (
          <ProposalCard key={p.id} proposal={p} progress={progress} />
        ))}
      </ul>
      <Pager page={page} pages={pages} onPage={setPage} />
    </>
  );
}
