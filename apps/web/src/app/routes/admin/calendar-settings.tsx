import { Link } from 'react-router';
import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { CalendarSettingsAdmin } from '../../../features/calendar-settings/components/calendar-settings-admin';
import { useT } from '../../../lib/i18n';

function SettingsContent() {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  return (
    <>
      <PageTitle>{ta('nav.calendarSettings')}</PageTitle>
      <div className="card callout">
        <p>{t('calendar.intro')}</p>
        <p>
          <Link to={paths.adminAudit}>{t('calendar.seeAudit')}</Link>
        </p>
      </div>
      <CalendarSettingsAdmin />
    </>
  );
}

/** The budget calendar's settings (administrators). */
export function AdminCalendarSettingsPage() {
  return (
    <RequireAuth roles={['admin']}>
      <SettingsContent />
    </RequireAuth>
  );
}
