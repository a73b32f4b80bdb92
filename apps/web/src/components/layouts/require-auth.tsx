import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@kyoso/contracts/roles';
import { paths } from '../../config/paths';
import { useAuth } from '../../lib/auth';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { useT } from '../../lib/i18n';
import { Alert, Loading, PageTitle } from '../ui/feedback';

/**
 * Shows its children to a logged-in user with one of `roles`; sends anyone else to the login
 * page (and back afterwards). The server checks again on every request.
 */
export function RequireAuth({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  const t = useT(appMessages);
  if (user === undefined) {
    return <Loading />;
  }
  if (user === null) {
    return (
      <Navigate
        to={`${paths.login}?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  }
  if (roles && !roles.includes(user.role)) {
    return (
      <>
        <PageTitle>{t('error.forbidden')}</PageTitle>
        <Alert kind="warning">{t('error.forbidden')}</Alert>
      </>
    );
  }
  return <>{children}</>;
}
