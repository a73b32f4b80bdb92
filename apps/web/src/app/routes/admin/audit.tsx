import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { AuditLog } from '../../../features/admin-audit/components/audit-log';
import { useAdminDepartments } from '../../../features/admin-departments/api/admin-departments';
import { useT } from '../../../lib/i18n';

function AuditContent() {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  // Retired departments too: their changes stay in the log.
  const departments = useAdminDepartments();
  return (
    <>
      <PageTitle lead={t('audit.intro')}>{ta('nav.audit')}</PageTitle>
      <AuditLog departments={departments.data?.departments ?? []} />
    </>
  );
}

/** The audit log: every recorded change and confidential read (administrators). */
export function AdminAuditPage() {
  return (
    <RequireAuth roles={['admin']}>
      <AuditContent />
    </RequireAuth>
  );
}
