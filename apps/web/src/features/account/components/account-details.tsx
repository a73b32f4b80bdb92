import { domainMessages } from '@kyoso/i18n/catalogues/domain';
import { workflowMessages } from '@kyoso/i18n/catalogues/workflow';
import type { SessionUser } from '@kyoso/contracts/auth';
import { LoadError, Loading } from '../../../components/ui/feedback';
import { useI18n, useT } from '../../../lib/i18n';
import { useMyOrganization } from '../api/get-my-organization';
import { ChangePasswordForm } from './change-password-form';
import { Members } from './members';
import { OrganizationForm } from './organization-form';
import { ProfileForm } from './profile-form';

function OrganizationSection() {
  const organization = useMyOrganization();
  if (organization.isPending) {
    return <Loading />;
  }
  if (organization.isError) {
    return <LoadError error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return (
    <>
      <OrganizationForm
        key={organization.data.organization.id}
        organization={organization.data.organization}
      />
      <Members data={organization.data} />
    </>
  );
}

/** Everything about my account: role, profile, password; a proposer's organisation. */
export function AccountDetails({ user }: { user: SessionUser }) {
  const tw = useT(workflowMessages);
  const td = useT(domainMessages);
  const { l } = useI18n();
  return (
    <>
      <dl className="facts">
        <dt>{td('field.role')}</dt>
        <dd>{tw(`role.${user.role}`)}</dd>
        {user.department ? (
          <>
            <dt>{td('field.departmentId')}</dt>
            <dd>{l(user.department.name)}</dd>
          </>
        ) : null}
      </dl>
      <div className="grid-2">
        <ProfileForm user={user} />
        <ChangePasswordForm />
      </div>
      {user.role === 'proposer' ? <OrganizationSection /> : null}
    </>
  );
}
