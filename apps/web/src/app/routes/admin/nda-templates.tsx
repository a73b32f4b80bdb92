import { adminMessages } from '@kyoso/i18n/catalogues/admin';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { RequireAuth } from '../../../components/layouts/require-auth';
import { PageTitle } from '../../../components/ui/feedback';
import { NdaTemplatesAdmin } from '../../../features/nda-templates/components/nda-templates-admin';
import { useT } from '../../../lib/i18n';

function TemplatesContent() {
  const t = useT(adminMessages);
  const ta = useT(appMessages);
  return (
    <>
      <PageTitle>{ta('nav.ndaTemplates')}</PageTitle>
      <div className="card callout">
        <p>{t('ndaTemplates.intro')}</p>
        <p>{t('ndaTemplates.hashIntro')}</p>
      </div>
      <NdaTemplatesAdmin />
    </>
  );
}

/** The NDA template, versioned by the SHA-256 of its text (administrators). */
export function AdminNdaTemplatesPage() {
  return (
    <RequireAuth roles={['admin']}>
      <TemplatesContent />
    </RequireAuth>
  );
}
