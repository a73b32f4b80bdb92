import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { Link } from 'react-router';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { DepartmentsAdmin } from '../../../features/admin-departments/components/departments-admin';
import { useT } from '../../../lib/i18n';

function DepartmentsContent() {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  return (
    <>
      <PageTitle lead={t('departments.intro')}>{ta('nav.departments')}</PageTitle>
      <p>
        <Link to={paths.adminAudit}>{t('calendar.seeAudit')}</Link>
      </p>
      <DepartmentsAdmin />
    </>
  );
}

/** The organisation chart and the sections' routing profiles (administrators). */
export function AdminDepartmentsPage() {
  return (
    <RequireAuth roles={['admin']}>
      <DepartmentsContent />
    </RequireAuth>
  );
}
