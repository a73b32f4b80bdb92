import { useParams } from 'react-router';
import { themesMessages } from '@kyoso/i18n/catalogues/themes';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { LoadError, Loading, PageTitle } from '../../../components/ui/feedback';
import {
  routableSections,
  useDepartments,
} from '../../../features/departments/api/get-departments';
import { useManagedTheme } from '../../../features/themes/api/get-managed-theme';
import { ThemeForm } from '../../../features/themes/components/theme-form';
import { useT } from '../../../lib/i18n';

function NewThemeContent() {
  const t = useT(themesMessages);
  const departments = useDepartments();
  return (
    <>
      <PageTitle lead={t('form.lead')}>{t('staff.new')}</PageTitle>
      <ThemeForm
        themeId={null}
        input={null}
        sections={routableSections(departments.data?.departments ?? [])}
      />
    </>
  );
}

function EditThemeContent() {
  const t = useT(themesMessages);
  const { id = '' } = useParams();
  const managed = useManagedTheme(id);
  const departments = useDepartments();
  if (managed.isError) {
    return <LoadError error={managed.error} onRetry={() => void managed.refetch()} />;
  }
  if (managed.isPending) {
    return <Loading />;
  }
  return (
    <>
      <PageTitle lead={t('form.lead')}>{t('manage.edit')}</PageTitle>
      <ThemeForm
        themeId={id}
        input={managed.data.managed.input}
        sections={routableSections(departments.data?.departments ?? [])}
      />
    </>
  );
}

/** A department writes a new theme (a draft). */
export function NewStaffThemePage() {
  return (
    <RequireAuth roles={['department']}>
      <NewThemeContent />
    </RequireAuth>
  );
}

/** A department changes its draft. */
export function EditStaffThemePage() {
  return (
    <RequireAuth roles={['department']}>
      <EditThemeContent />
    </RequireAuth>
  );
}
