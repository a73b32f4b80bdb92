import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { caseMessages } from '@kyoso/i18n/catalogues/case';
import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import type { Proposal } from '@kyoso/contracts/proposals';
import type { Role } from '@kyoso/contracts/roles';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useT } from '../../../lib/i18n';

/** The way back to the reader's list, the proposal's title, reference, kind and theme. */
export function CaseHeader({ proposal, role }: { proposal: Proposal; role: Role | undefined }) {
  const t = useT(caseMessages);
  const ta = useT(appMessages);
  const td = useT(domainMessages);
  const back =
    role === 'proposer'
      ? { to: paths.proposals, label: ta('nav.myProposals') }
      : { to: paths.inbox, label: ta(role === 'department' ? 'nav.departmentInbox' : 'nav.inbox') };
  const lead = [
    proposal.referenceNumber ?? t('proposal.notSubmitted'),
    td(`kind.${proposal.kind}`),
    proposal.theme?.title,
  ]
    .filter(Boolean)
    .join(' ・ ');
  return (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <PageTitle lead={lead}>{proposal.title || t('proposal.untitled')}</PageTitle>
    </>
  );
}
