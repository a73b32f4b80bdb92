import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import type { SessionUser } from '@kyoso/contracts/auth';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { useI18n, useT } from '../../../lib/i18n';

/** A logged-in person's home: what they do here, and the way to it. */
export function UserHome({ user }: { user: SessionUser }) {
  const t = useT(appMessages);
  const { l } = useI18n();
  const intro = {
    proposer: () => t('home.proposer.intro'),
    coordinator: () => t('home.coordinator.intro'),
    department: () =>
      t('home.department.intro', { department: user.department ? l(user.department.name) : '' }),
    admin: () => t('home.admin.intro'),
  }[user.role]();
  const link = {
    proposer: { to: paths.proposals, label: t('home.goMyProposals') },
    coordinator: { to: paths.inbox, label: t('home.goInbox') },
    department: { to: paths.inbox, label: t('home.goInbox') },
    admin: { to: paths.adminUsers, label: t('home.goUsers') },
  }[user.role];
  return (
    <>
      <PageTitle lead={intro}>{t('home.hello', { name: user.name })}</PageTitle>
      <div className="button-row">
        <Link className="button button--large" to={link.to}>
          {link.label}
        </Link>
        {user.role === 'proposer' ? (
          <Link className="button button--large button--secondary" to={paths.newProposal}>
            {t('home.newProposal')}
          </Link>
        ) : null}
      </div>
    </>
  );
}
