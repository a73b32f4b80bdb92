import { appMessages } from '@kyoso/i18n/catalogues/app';
import { inboxMessages } from '@kyoso/i18n/catalogues/inbox';
import {
  DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS,
  SCREENING_BUSINESS_DAYS,
} from '@kyoso/contracts/workflow';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import {
  routableSections,
  useDepartments,
} from '../../../features/departments/api/get-departments';
import { LeftCaseNotice } from '../../../features/case/components/left-notice';
import { InboxFilters } from '../../../features/inbox/components/inbox-filters';
import { InboxResults } from '../../../features/inbox/components/inbox-results';
import { useInboxSearch } from '../../../features/inbox/components/use-inbox-search';
import { useThemes } from '../../../features/themes/api/get-themes';
import { useAuth } from '../../../lib/auth';
import { formatBusinessDays, useI18n, useT } from '../../../lib/i18n';

function InboxContent() {
  const t = useT(inboxMessages);
  const ta = useT(appMessages);
  const { language } = useI18n();
  const { user } = useAuth();
  const isDesk = user?.role === 'coordinator';
  const search = useInboxSearch();
  const departments = useDepartments({ enabled: isDesk });
  const themes = useThemes({});
  return (
    <>
      <PageTitle
        lead={
          isDesk
            ? t('lead.desk', {
                screening: formatBusinessDays(SCREENING_BUSINESS_DAYS, language),
                acceptance: formatBusinessDays(DEPARTMENT_ACCEPTANCE_BUSINESS_DAYS, language),
              })
            : t('lead.department')
        }
      >
        {ta(isDesk ? 'nav.inbox' : 'nav.departmentInbox')}
      </PageTitle>
      <LeftCaseNotice />
      <InboxFilters
        search={search}
        isDesk={isDesk}
        departments={routableSections(departments.data?.departments ?? [])}
        themes={themes.data?.themes ?? []}
      />
      <InboxResults search={search} isDesk={isDesk} />
    </>
  );
}

/** The desk's inbox and a department's list of assigned proposals. */
export function InboxPage() {
  return (
    <RequireAuth roles={['coordinator', 'department']}>
      <InboxContent />
    </RequireAuth>
  );
}
