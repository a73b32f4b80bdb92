import { Link, useParams } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { ndaMessages } from '@kyoso/i18n/catalogues/nda';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useCase } from '../../../features/case/api/get-case';
import { NdaDetails } from '../../../features/nda/components/nda-details';
import { isApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useI18n, useT } from '../../../lib/i18n';
import { NotFoundPage } from '../not-found';

function NdaContent() {
  const { id = '' } = useParams();
  const t = useT(ndaMessages);
  const tc = useT(caseMessages);
  const ta = useT(appMessages);
  const { l } = useI18n();
  const { user } = useAuth();
  const current = useCase(id);
  if (current.isError) {
    return isApiError(current.error) &&
      (current.error.status === 404 || current.error.status === 400) ? (
      <NotFoundPage />
    ) : (
      <LoadError error={current.error} onRetry={() => void current.refetch()} />
    );
  }
  if (current.isPending) {
    return <Loading />;
  }
  const { proposal } = current.data;
  const isProposer = user?.role === 'proposer';
  const title = proposal.title || tc('proposal.untitled');
  const reference = proposal.referenceNumber ?? tc('proposal.notSubmitted');
  return (
    <article className="nda-page">
      <p className="breadcrumb">
        <Link to={isProposer ? paths.proposals : paths.inbox}>
          {ta(
            isProposer
              ? 'nav.myProposals'
              : user?.role === 'department'
                ? 'nav.departmentInbox'
                : 'nav.inbox',
          )}
        </Link>
        {' › '}
        <Link to={paths.proposal(proposal.id)}>{title}</Link>
      </p>
      <PageTitle lead={[reference, title, proposal.organization.name].join(' ・ ')}>
        {t('page.title')}
      </PageTitle>
      <p>{t('page.intro')}</p>
      <NdaDetails
        proposal={proposal}
        audience={isProposer ? 'proposer' : 'staff'}
        signingDepartment={user?.department ? l(user.department.name) : null}
      />
      <p>
        <Link to={paths.proposal(proposal.id)}>{t('page.back')}</Link>
      </p>
    </article>
  );
}

/** The NDA of a proposal: both sides read and sign it here. */
export function NdaPage() {
  return (
    <RequireAuth>
      <NdaContent />
    </RequireAuth>
  );
}
