import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { proposalFormMessages } from '@kyoso/i18n/catalogues/proposal-form';
import type { Theme } from '@kyoso/contracts/themes';
import { Alert, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { isApiError } from '../../../lib/api-client';
import { useT } from '../../../lib/i18n';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useCreateProposalMutation, type CreateProposalBody } from '../api/create-proposal';

/** Creates a draft once (a double click starts one draft, not two) and opens its form. */
function useStart() {
  const navigate = useNavigate();
  const create = useCreateProposalMutation();
  const key = useMemo(() => `start-${crypto.randomUUID()}`, []);
  const start = (body: CreateProposalBody) =>
    create.mutate(
      { body, idempotencyKey: `${key}-${body.kind}` },
      {
        onSuccess: ({ proposal }) =>
          void navigate(paths.editProposal(proposal.id), { replace: true }),
      },
    );
  return { start, create };
}

function StartError({ error }: { error: unknown }) {
  const ta = useT(appMessages);
  return (
    <Alert kind="error">
      {isApiError(error) && error.code !== 'network.error'
        ? error.message
        : ta('common.networkError')}
    </Alert>
  );
}

/** Starting a proposal on a published theme (or, if it is not open, the way to a free one). */
export function StartOnTheme({ theme }: { theme: Theme }) {
  const t = useT(proposalFormMessages);
  const { start, create } = useStart();
  return (
    <div className="narrow">
      <PageTitle lead={t('start.theme.lead')}>{t('start.theme.title')}</PageTitle>
      <div className="card">
        <h2>{theme.title}</h2>
        <p>{theme.summary}</p>
      </div>
      {create.isError ? <StartError error={create.error} /> : null}
      {theme.window === 'open' ? (
        <button
          type="button"
          className="button button--large"
          disabled={create.isPending || create.isSuccess}
          onClick={() => start({ kind: 'theme', themeId: theme.id })}
        >
          {t('start.theme.start')}
        </button>
      ) : (
        <Alert kind="info">
          {t('start.theme.closed')} <Link to={paths.newProposal}>{t('start.free.start')}</Link>
        </Alert>
      )}
    </div>
  );
}

/** Starting a proposal: a free one at once, or one on a theme chosen from the list. */
export function StartProposal() {
  const t = useT(proposalFormMessages);
  const td = useT(domainMessages);
  const { start, create } = useStart();
  return (
    <div className="narrow">
      <PageTitle lead={t('start.lead')}>{t('start.title')}</PageTitle>
      {create.isError ? <StartError error={create.error} /> : null}
      <div className="card">
        <h2>{td('kind.free')}</h2>
        <p>{t('start.free.body')}</p>
        <button
          type="button"
          className="button"
          disabled={create.isPending || create.isSuccess}
          onClick={() => start({ kind: 'free' })}
        >
          {t('start.free.start')}
        </button>
      </div>
      <div className="card">
        <h2>{td('kind.theme')}</h2>
        <p>{t('start.themes.body')}</p>
        <Link className="button button--secondary" to={paths.themes}>
          {t('start.themes.choose')}
        </Link>
      </div>
    </div>
  );
}
