import { Link } from 'react-router';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { paths } from '../../../config/paths';
import { ManagedThemeList } from '../../../features/themes/components/managed-theme-list';
import { useAuth } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';

function StaffThemesContent() {
  const t = useT(themesMessages);
  const { user } = useAuth();
  const isDesk = user?.role === 'coordinator';
  return (
    <>
      <PageTitle lead={t(isDesk ? 'staff.reviewLead' : 'staff.lead')}>
        {t(isDesk ? 'staff.reviewTitle' : 'staff.title')}
      </PageTitle>
      {isDesk ? (
        <>
          <h2>{t('staff.queue')}</h2>
          <ManagedThemeList status="in_review" />
          <h2>{t('staff.all')}</h2>
          <ManagedThemeList />
        </>
      ) : (
        <>
          <p>
            <Link className="button" to={paths.newStaffTheme}>
              {t('staff.new')}
            </Link>
          </p>
          <ManagedThemeList />
        </>
      )}
    </>
  );
}

/** A department's own themes (to write and submit), or the desk's review queue. */
export function StaffThemesPage() {
  return (
    <RequireAuth roles={['department', 'coordinator']}>
      <StaffThemesContent />
    </RequireAuth>
  );
}
