import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { CreateStaffForm } from '../../../features/admin-users/components/create-staff-form';
import { UsersList } from '../../../features/admin-users/components/users-list';
import { useDepartments } from '../../../features/departments/api/get-departments';
import { useT } from '../../../lib/i18n';

function UsersContent() {
  const t = useT(adminMessages);
  const departments = useDepartments();
  return (
    <>
      <PageTitle>{t('users.title')}</PageTitle>
      {departments.data ? <CreateStaffForm departments={departments.data.departments} /> : null}
      <UsersList />
    </>
  );
}

/** Accounts: administrators create staff accounts and disable or enable them. */
export function AdminUsersPage() {
  return (
    <RequireAuth roles={['admin']}>
      <UsersContent />
    </RequireAuth>
  );
}
