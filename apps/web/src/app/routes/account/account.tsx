import { accountMessages } from '@kyoso/i18n/catalogues/account';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { AccountDetails } from '../../../features/account/components/account-details';
import { useAuth } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';

function Account() {
  const t = useT(accountMessages);
  const { user } = useAuth();
  if (!user) {
    return null;
  }
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <AccountDetails user={user} />
    </>
  );
}

export function AccountPage() {
  return (
    <RequireAuth>
      <Account />
    </RequireAuth>
  );
}
