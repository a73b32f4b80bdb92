import { Link } from 'react-router';
import { appMessages } from '@kyoso/i18n/catalogues/app';
import { routingMessages } from '@kyoso/i18n/catalogues/routing';
import { RequireAuth } from '../../components/layouts/require-auth';
import { PageTitle } from '../../components/ui/feedback';
import { paths } from '../../config/paths';
import { RoutingReport } from '../../features/routing/components/routing-report';
import { useT } from '../../lib/i18n';

function ReportContent() {
  const t = useT(routingMessages);
  const ta = useT(appMessages);
  return (
    <>
      <PageTitle>{ta('nav.routingReport')}</PageTitle>
      <p>{t('report.intro')}</p>
      <p>
        <Link to={paths.inbox}>{t('report.inboxLink')}</Link>
      </p>
      <RoutingReport />
    </>
  );
}

/** How proposals fared with the departments they were routed to (the desk). */
export function RoutingReportPage() {
  return (
    <RequireAuth roles={['coordinator']}>
      <ReportContent />
    </RequireAuth>
  );
}
